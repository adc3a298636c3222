// Shared by the XLSX and open-data tests: the NRF 2026–2028 seed plan and a fixed meta.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plan } from '../../core/plan/types.ts';
import type { DocumentMeta } from '../documents/meta.ts';
import { readPlan } from '../plan-file/read-plan.ts';

export function nrfPlan(slug: 'nrf-2026-2028' | 'nrf-2018-2020' = 'nrf-2026-2028'): Plan {
  const file = fileURLToPath(new URL(`../../../data/plans/${slug}.yaml`, import.meta.url));
  return readPlan(readFileSync(file, 'utf8'), file);
}

export const TEST_META: DocumentMeta = {
  organisationName: 'Norra sjukvårdsregionförbundet',
  version: { number: 1, label: null, status: 'decided', decision: { date: '2025-12-03', paragraph: '§ 12' } },
  printedOn: '2026-01-15',
};
