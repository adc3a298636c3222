// The balanskravsutredning for a year (issue 5, item 5): the year's result — the outcome
// when all twelve months are booked, otherwise the forecast — through the adjustments the
// economist entered, to the balanskravsresultat; negative ones tracked until restored.
import type { Kysely, Transaction } from 'kysely';
import { balanceRequirementStatement } from '../../core/outcome/balance-requirement.ts';
import type {
  BalanceRequirementInput,
  BalanceRequirementRowKey,
} from '../../core/outcome/balance-requirement.ts';
import { trackDeficits } from '../../core/outcome/deficits.ts';
import type { Ore } from '../../core/money/money.ts';
import type { Plan } from '../../core/plan/types.ts';
import { lastOutcomeMonth } from '../../db/follow-up/outcome-source.ts';
import { NO_ADJUSTMENTS, listAdjustments } from '../../db/follow-up/settings.ts';
import type { Adjustments } from '../../db/follow-up/settings.ts';
import type { Database } from '../../db/schema.ts';
import { yearOutcome } from './budget-outcome.ts';
import type { BalanceRequirementViewJson } from './views.ts';

type Executor = Kysely<Database> | Transaction<Database>;

type RowKind = BalanceRequirementViewJson['rows'][number]['kind'];

const KINDS: Record<BalanceRequirementRowKey, RowKind> = {
  result: 'result',
  realisationGains: 'adjustment',
  exemptedRealisationGains: 'adjustment',
  exemptedRealisationLosses: 'adjustment',
  unrealisedSecurities: 'adjustment',
  unrealisedSecuritiesReversal: 'adjustment',
  resultAfterAdjustments: 'subtotal',
  reserveProvision: 'reserve',
  reserveUse: 'reserve',
  balanceRequirementResult: 'total',
};

export function statementInput(year: number, result: Ore, a: Adjustments): BalanceRequirementInput {
  return {
    year,
    result,
    realisationGains: a.realisationGains,
    exemptedRealisationGains: a.exemptedGains,
    exemptedRealisationLosses: a.exemptedLosses,
    unrealisedSecurities: a.unrealisedSecurities,
    reserveProvision: a.reserveProvision,
    reserveUse: a.reserveUse,
  };
}

type PlanRef = { plan: Plan; planId: string };

/**
 * The year's result: the outcome when the year is fully booked, otherwise the forecast
 * (overrides included) from the outcome through `throughMonth` (default: all that is booked).
 */
async function yearResult(db: Executor, orgId: string, plan: PlanRef, year: number, throughMonth?: number) {
  const y = await yearOutcome(db, orgId, plan, year, throughMonth);
  const basis = y.throughMonth === 12 ? ('outcome' as const) : ('forecast' as const);
  return { basis, result: basis === 'outcome' ? y.forecast.outcomeResultToDate : y.forecast.result };
}

export async function balanceRequirementView(
  db: Executor,
  orgId: string,
  plan: PlanRef,
  year: number,
  /** An interim report's month: the year judged as it stood then, not by later outcome. */
  throughMonth?: number,
): Promise<BalanceRequirementViewJson> {
  const adjustments = await listAdjustments(db, orgId);
  const { basis, result } = await yearResult(db, orgId, plan, year, throughMonth);
  const statement = balanceRequirementStatement(
    statementInput(year, result, adjustments.get(year) ?? NO_ADJUSTMENTS),
  );
  // Earlier years count for the deficits when the budget has them and they have outcome.
  const years = [];
  for (const column of plan.plan.budget.columns.filter((c) => c.year < year)) {
    if ((await lastOutcomeMonth(db, orgId, column.year)) === 0) continue;
    const earlier = await yearResult(db, orgId, plan, column.year);
    const s = balanceRequirementStatement(
      statementInput(column.year, earlier.result, adjustments.get(column.year) ?? NO_ADJUSTMENTS),
    );
    years.push({ year: column.year, balanceRequirementResult: s.balanceRequirementResult });
  }
  years.push({ year, balanceRequirementResult: statement.balanceRequirementResult });
  const tracking = trackDeficits(years, year);
  return {
    year,
    basis,
    rows: statement.rows.map((r) => ({ label: r.label, amountOre: r.amount, kind: KINDS[r.key] })),
    balanceRequirementResultOre: statement.balanceRequirementResult,
    reserve: statement.reserve.kind,
    deficits: tracking.deficits.map((d) => ({
      year: d.year,
      amountOre: d.deficit,
      restoredOre: d.restored,
      remainingOre: d.remaining,
      deadlineYear: d.deadlineYear,
      status: d.status,
    })),
  };
}
