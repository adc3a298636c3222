// Reads a bundled NRF plan for the seed acceptance tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plan } from '../core/plan/types.ts';
import { readPlan } from '../formats/plan-file/read-plan.ts';

export function loadSeedPlan(slug: 'nrf-2018-2020' | 'nrf-2026-2028'): Plan {
  const file = fileURLToPath(new URL(`../../data/plans/${slug}.yaml`, import.meta.url));
  return readPlan(readFileSync(file, 'utf8'), file);
}
