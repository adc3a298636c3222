// The verdict on god ekonomisk hushållning (KL 11 kap 1 §): the plan's own declarative
// rule — e.g. "minst sex av åtta aktiviteter ... genomförda och samtliga ekonomiska mål
// uppfyllda" (NRF 2026–2028) or "100 procent av de ... prioriterade aktiviteterna"
// (NRF 2018–2020) — applied to follow-up statuses and financial figures.
import type { FollowUpStatus, Plan, VerdictCondition } from '../plan/types.ts';
import { activityStatuses } from './activity-status.ts';
import type { ActivityStatusRow } from './activity-status.ts';
import { evaluateFinancialGoal } from './financial-goals.ts';
import type { FinancialGoalEvaluation, YearFigures } from './financial-goals.ts';
import { figuresFor } from './figures.ts';

export type ConditionStatus = 'met' | 'notMet' | 'unknown';

export type ConditionResult = {
  condition: VerdictCondition;
  status: ConditionStatus;
  reason: string;
  warnings: string[];
};

export type Verdict = {
  status: ConditionStatus;
  year: number;
  period: string | null;
  basis: YearFigures['basis'];
  conditions: ConditionResult[];
  activities: ActivityStatusRow[];
  activityCounts: Record<FollowUpStatus, number>;
  financialGoals: FinancialGoalEvaluation[];
};

function countStatuses(rows: readonly ActivityStatusRow[]): Record<FollowUpStatus, number> {
  const counts: Record<FollowUpStatus, number> = { notStarted: 0, inProgress: 0, done: 0, notDone: 0 };
  for (const r of rows) counts[r.status] += 1;
  return counts;
}

function activitiesCondition(
  condition: Extract<VerdictCondition, { kind: 'activitiesDone' }>,
  rows: readonly ActivityStatusRow[],
): ConditionResult {
  const total = rows.length;
  const done = rows.filter((r) => r.status === 'done').length;
  const warnings: string[] = [];
  if (condition.expectedCount !== undefined && condition.expectedCount !== total) {
    warnings.push(
      `the plan's rule speaks of ${condition.expectedCount} activities but ${total} are in scope (${condition.scope})`,
    );
  }
  const requirements: string[] = [];
  let met = true;
  if (condition.minCount !== undefined) {
    met &&= done >= condition.minCount;
    requirements.push(`at least ${condition.minCount} of ${total}`);
  }
  if (condition.minPercent !== undefined) {
    // done / total ≥ p / 100, compared exactly: done × 100 × 10^scale ≥ p_units × total
    const { units, scale } = condition.minPercent;
    met &&= BigInt(done) * 100n * 10n ** BigInt(scale) >= units * BigInt(total);
    const percent = scale === 0 ? String(units) : `${Number(units) / 10 ** scale}`.replace('.', ',');
    requirements.push(`${percent} % of ${total}`);
  }
  const what =
    condition.scope === 'prioritised' ? 'prioritised activities' : 'activities of the operational goals';
  return {
    condition,
    status: met ? 'met' : 'notMet',
    reason: `${done} of ${total} ${what} done; required: ${requirements.join(' and ') || 'none'}`,
    warnings,
  };
}

function financialCondition(
  condition: VerdictCondition,
  goals: readonly FinancialGoalEvaluation[],
): ConditionResult {
  const failing = goals.filter((g) => g.status === 'notMet');
  const unknown = goals.filter((g) => g.status === 'unknown');
  const status: ConditionStatus = failing.length > 0 ? 'notMet' : unknown.length > 0 ? 'unknown' : 'met';
  const parts = [
    `${goals.length - failing.length - unknown.length} of ${goals.length} financial goals met`,
    ...(failing.length ? [`not met: ${failing.map((g) => g.title).join(', ')}`] : []),
    ...(unknown.length ? [`no figures for: ${unknown.map((g) => g.title).join(', ')}`] : []),
  ];
  return { condition, status, reason: parts.join('; '), warnings: [] };
}

/** A verdict is met when every condition is met; not met when any fails; otherwise unknown. */
export function evaluatePlan(plan: Plan, options: { year?: number; period?: string | null } = {}): Verdict {
  const period = options.period ?? null;
  const year =
    options.year ??
    plan.followUpPeriods.find((p) => p.id === period)?.year ??
    plan.budget.columns.find((c) => c.status !== 'comparison')?.year ??
    plan.period.from;
  const yearFigures = figuresFor(plan, year, period);
  const financialGoals = plan.goals
    .filter((g) => g.kind === 'financial')
    .map((g) => evaluateFinancialGoal(g, plan, yearFigures));
  const firstScope = plan.soundFinancialManagement.conditions.find((c) => c.kind === 'activitiesDone');
  const activities = activityStatuses(
    plan,
    firstScope?.kind === 'activitiesDone' ? firstScope.scope : 'operationalGoals',
    period,
  );
  const conditions = plan.soundFinancialManagement.conditions.map((c) =>
    c.kind === 'activitiesDone'
      ? activitiesCondition(c, activityStatuses(plan, c.scope, period))
      : financialCondition(c, financialGoals),
  );
  const status: ConditionStatus = conditions.some((c) => c.status === 'notMet')
    ? 'notMet'
    : conditions.some((c) => c.status === 'unknown')
      ? 'unknown'
      : 'met';
  return {
    status,
    year,
    period,
    basis: yearFigures.basis,
    conditions,
    activities,
    activityCounts: countStatuses(activities),
    financialGoals,
  };
}
