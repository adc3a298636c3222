// Converts a schema-valid plan document into the core model, collecting every problem
// the schema's shape cannot express (years, members, references) with its path.
import { parseDecimal } from '../../core/money/decimal.ts';
import type { Plan } from '../../core/plan/types.ts';
import { contributions, budget, followUpPeriods, revenueNotes } from './convert-budget.ts';
import { goals, shares } from './convert-goals.ts';
import { Collector, toOre, uniqueIds } from './convert-helpers.ts';
import { PlanFileError } from './issues.ts';
import { planFileSchema } from './schema.ts';
import type { PlanFile } from './schema.ts';
import { fromZodIssues } from './zod-issues.ts';

export function toPlan(raw: PlanFile, c: Collector): Plan {
  if (raw.period.from > raw.period.to)
    c.add(['period'], `the period ends (${raw.period.to}) before it starts (${raw.period.from})`);
  uniqueIds(
    c,
    raw.members.map((m, i) => ({ id: m.code, path: ['members', i, 'code'] })),
    'member',
  );
  uniqueIds(
    c,
    raw.decisions.map((d, i) => ({ id: d.id, path: ['decisions', i, 'id'] })),
    'decision',
  );
  uniqueIds(
    c,
    raw.narrative.map((s, i) => ({ id: s.id, path: ['narrative', i, 'id'] })),
    'section',
  );
  uniqueIds(
    c,
    raw.followUpPeriods.map((p, i) => ({ id: p.id, path: ['followUpPeriods', i, 'id'] })),
    'follow-up period',
  );
  const members = new Set(raw.members.map((m) => m.code));
  const populationShares = shares(c, raw.populationShares, members);
  return {
    schemaVersion: 1,
    title: raw.title,
    organisation: raw.organisation,
    period: raw.period,
    ...(raw.source ? { source: raw.source } : {}),
    members: raw.members,
    ...(populationShares ? { populationShares } : {}),
    decisions: raw.decisions,
    indexSeries: raw.indexSeries.map((s) => ({
      ...s,
      rates: new Map(Object.entries(s.rates).map(([y, r]) => [Number(y), parseDecimal(r)])),
    })),
    overallGoal: raw.overallGoal,
    goals: goals(raw, c),
    soundFinancialManagement: {
      text: raw.soundFinancialManagement.text,
      conditions: raw.soundFinancialManagement.conditions.map((cond) =>
        cond.kind === 'activitiesDone' && cond.minPercent !== undefined
          ? { ...cond, minPercent: parseDecimal(cond.minPercent) }
          : (cond as Plan['soundFinancialManagement']['conditions'][number]),
      ),
    },
    followUpPeriods: followUpPeriods(raw, c),
    budget: budget(raw, c),
    revenueNotes: revenueNotes(raw, c),
    contributions: contributions(raw, c, members),
    equity: raw.equity.map((e, i) => ({ ...e, amount: toOre(c, ['equity', i, 'amount'], e.amount, e.unit) })),
    narrative: raw.narrative,
  };
}

/**
 * Validates plan data that is already parsed (from the database or a JSON request) and
 * converts it; throws PlanFileError with the path of every problem (no lines: there is
 * no file). Returns the document in the schema's canonical form as well.
 */
export function planFromDocument(raw: unknown, source: string): { plan: Plan; document: PlanFile } {
  const parsed = planFileSchema.safeParse(raw);
  if (!parsed.success) throw new PlanFileError(source, fromZodIssues(parsed.error, raw));
  const c = new Collector();
  const plan = toPlan(parsed.data, c);
  if (c.issues.length > 0) throw new PlanFileError(source, c.issues);
  return { plan, document: parsed.data };
}
