// Finds and reads a plan named on the command line: a file path, or a slug of a
// bundled plan (data/plans/<slug>.yaml), as ARCHITECTURE.md's "plan names" says.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plan } from '../../core/plan/types.ts';
import { readPlan } from '../../formats/plan-file/read-plan.ts';
import { UsageError } from './io.ts';

export const BUNDLED_PLANS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../data/plans');

export type LoadedPlan = { slug: string; file: string; plan: Plan };

export function bundledPlanFiles(dir = BUNDLED_PLANS_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => join(dir, f));
}

export function resolvePlanFile(nameOrPath: string): string {
  if (existsSync(nameOrPath)) return nameOrPath;
  for (const ext of ['.yaml', '.yml']) {
    const bundled = join(BUNDLED_PLANS_DIR, nameOrPath + ext);
    if (existsSync(bundled)) return bundled;
  }
  const known = bundledPlanFiles().map((f) => basename(f).replace(/\.ya?ml$/, ''));
  throw new UsageError(
    `no plan file or bundled plan named "${nameOrPath}" (bundled plans: ${known.join(', ') || 'none'})`,
  );
}

/** Reads and validates a plan; a PlanFileError (exit 2) names every problem in it. */
export function loadPlan(nameOrPath: string): LoadedPlan {
  const file = resolvePlanFile(nameOrPath);
  const text = readFileSync(file, 'utf8');
  return { slug: basename(file).replace(/\.ya?ml$/, ''), file, plan: readPlan(text, file) };
}
