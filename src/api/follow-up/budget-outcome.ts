// Budget versus outcome and forecast for a plan's year (issue 5, item 4): the stored
// outcome mapped to the plan's budget lines, compared month by month, and the full-year
// forecast with the economist's overrides.
import type { Kysely, Transaction } from 'kysely';
import { decimalToString } from '../../core/money/decimal.ts';
import { sum } from '../../core/money/money.ts';
import { compareBudgetToOutcome } from '../../core/outcome/budget-vs-outcome.ts';
import type { BudgetVsOutcome } from '../../core/outcome/budget-vs-outcome.ts';
import { countsInResult, forecastYear } from '../../core/outcome/forecast.ts';
import type { YearForecast } from '../../core/outcome/forecast.ts';
import { mapOutcome } from '../../core/outcome/mapping.ts';
import type { AccountMapping, MappedOutcome } from '../../core/outcome/mapping.ts';
import { NRF_DEFAULT_MAPPING } from '../../core/outcome/nrf-mapping.ts';
import { checkThroughMonth } from '../../core/outcome/types.ts';
import type { AccountMovement } from '../../core/outcome/types.ts';
import type { Plan } from '../../core/plan/types.ts';
import { outcomeMovements } from '../../db/accounting/queries.ts';
import { getAccountMapping } from '../../db/follow-up/account-mappings.ts';
import { listOverrides } from '../../db/follow-up/forecast-overrides.ts';
import type { StoredOverride } from '../../db/follow-up/forecast-overrides.ts';
import { accountNames, lastOutcomeMonth, outcomeSource } from '../../db/follow-up/outcome-source.ts';
import type { OutcomeSource } from '../../db/follow-up/outcome-source.ts';
import type { Database } from '../../db/schema.ts';
import { FollowUpInputError } from './errors.ts';
import type { FollowUpViewJson } from './views.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/**
 * The organisation's stored mapping, or NRF's default when it has none; either way only
 * the rules for lines the plan's budget has: an account whose line the plan lacks is
 * listed as unmapped rather than refused.
 */
export async function mappingFor(db: Executor, orgId: string, plan: Plan): Promise<AccountMapping> {
  const stored = await getAccountMapping(db, orgId);
  return restrictToPlan(stored ? { ...NRF_DEFAULT_MAPPING, ...stored } : NRF_DEFAULT_MAPPING, plan);
}

export function restrictToPlan(mapping: AccountMapping, plan: Plan): AccountMapping {
  const keys = new Set(plan.budget.lines.map((l) => l.key));
  return {
    ...mapping,
    rules: mapping.rules.filter((r) => keys.has(r.lineKey)),
    overrides: mapping.overrides.filter((o) => keys.has(o.lineKey)),
  };
}

export function checkBudgetYear(plan: Plan, year: number): void {
  if (!plan.budget.columns.some((c) => c.year === year)) {
    throw new FollowUpInputError(
      `year: the budget has no column for ${year}; its columns are ${plan.budget.columns.map((c) => c.year).join(', ')}`,
      'year',
    );
  }
}

export type YearOutcome = {
  year: number;
  throughMonth: number;
  source: OutcomeSource | null;
  movements: AccountMovement[];
  mapped: MappedOutcome;
  comparison: BudgetVsOutcome;
  forecast: YearForecast;
  overrides: StoredOverride[];
};

/** `through` defaults to the last month of the year with outcome (0 when there is none). */
export async function yearOutcome(
  db: Executor,
  orgId: string,
  plan: { plan: Plan; planId: string },
  year: number,
  through?: number,
): Promise<YearOutcome> {
  checkBudgetYear(plan.plan, year);
  const throughMonth = checkThroughMonth(through ?? (await lastOutcomeMonth(db, orgId, year)));
  const movements = (await outcomeMovements(db, orgId, year)).filter((m) => m.month <= throughMonth);
  const mapped = mapOutcome(await mappingFor(db, orgId, plan.plan), movements);
  const comparison = compareBudgetToOutcome({
    budget: plan.plan.budget,
    year,
    outcome: mapped,
    throughMonth,
  });
  // An override for a line the budget no longer has is kept in storage but not applied.
  const overrides = (await listOverrides(db, orgId, plan.planId, year)).filter((o) =>
    comparison.lines.some((l) => l.lineKey === o.lineKey),
  );
  const forecast = forecastYear(
    comparison,
    overrides.map((o) => ({ lineKey: o.lineKey, amount: o.amount, comment: o.comment })),
  );
  const source = await outcomeSource(db, orgId, year);
  return { year, throughMonth, source, movements, mapped, comparison, forecast, overrides };
}

export async function followUpView(db: Executor, orgId: string, y: YearOutcome): Promise<FollowUpViewJson> {
  const names =
    y.mapped.unmapped.length > 0 ? await accountNames(db, orgId) : new Map<string, string | null>();
  const lines = y.comparison.lines.map((line, i) => {
    const f = y.forecast.lines[i];
    if (f?.lineKey !== line.lineKey) throw new Error(`forecast line ${i} is not ${line.lineKey}`);
    const o = y.overrides.find((x) => x.lineKey === line.lineKey);
    const percent = line.yearToDate.variancePercent;
    return {
      key: line.lineKey,
      label: line.label,
      budgetYearOre: line.annualBudget,
      budgetToDateOre: line.yearToDate.budget,
      outcomeToDateOre: line.yearToDate.outcome,
      varianceOre: line.yearToDate.variance,
      variancePercent: percent === null ? null : decimalToString(percent, 2),
      months: line.months.map((m) => ({ month: m.month, budgetOre: m.budget, outcomeOre: m.outcome })),
      forecastOre: f.forecast,
      defaultForecastOre: f.defaultForecast,
      override: o ? { amountOre: o.amount, comment: o.comment, by: o.by, at: o.at } : null,
    };
  });
  const counted = y.comparison.lines.filter((l) => countsInResult(l.category));
  return {
    year: y.year,
    throughMonth: y.throughMonth,
    source: y.source,
    lines,
    result: {
      budgetYearOre: y.forecast.budgetResult,
      budgetToDateOre: sum(counted.map((l) => l.yearToDate.budget)),
      outcomeToDateOre: y.forecast.outcomeResultToDate,
      forecastOre: y.forecast.result,
    },
    unmapped: y.mapped.unmapped.map((u) => ({
      account: u.account,
      name: names.get(u.account) ?? null,
      amountOre: u.total,
    })),
  };
}

/** The year to follow up when none is asked for: the latest imported year the budget has, else its first budget year. */
export async function defaultYear(db: Executor, orgId: string, plan: Plan): Promise<number> {
  const imported = await db
    .selectFrom('sie_imports')
    .select('year_start')
    .where('org_id', '=', orgId)
    .where('status', '=', 'current')
    .orderBy('year_start', 'desc')
    .execute();
  const years = plan.budget.columns.map((c) => c.year);
  const hit = imported.map((r) => Number(r.year_start.slice(0, 4))).find((y) => years.includes(y));
  if (hit !== undefined) return hit;
  const first = plan.budget.columns.find((c) => c.status === 'budget') ?? plan.budget.columns[0];
  if (!first) throw new FollowUpInputError('the plan has no budget columns', 'year');
  return first.year;
}
