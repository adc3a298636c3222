// Follow-up figures for a follow-up period of the plan (issue 5, item 7): result, equity,
// lowest bank balance and external borrowing from outcome and forecast, the FinancialFigures
// the evaluation judges financial goals 4–6 on. Interim: the forecast result, equity
// projected to year end, the lowest of the bank balance observed so far and projected for
// the rest of the year. Annual: the year's outcome.
import type { Kysely, Transaction } from 'kysely';
import { ore } from '../../core/money/money.ts';
import type { Ore } from '../../core/money/money.ts';
import { toRoundedUnits } from '../../core/money/rounding.ts';
import { equityPosition, externalBorrowing } from '../../core/outcome/equity.ts';
import { formatIsoDate, parseIsoDate } from '../../core/outcome/iso-date.ts';
import { projectLiquidity } from '../../core/outcome/liquidity.ts';
import type { DatedBalance } from '../../core/outcome/liquidity.ts';
import { followUpFigures, lowestBalance } from '../../core/outcome/financial-figures.ts';
import type { FinancialFigures, FollowUpPeriod, Plan } from '../../core/plan/types.ts';
import { yearBalances } from '../../db/accounting/queries.ts';
import { dailyBankBalances, lastOutcomeMonth } from '../../db/follow-up/outcome-source.ts';
import type { Database } from '../../db/schema.ts';
import { yearOutcome } from './budget-outcome.ts';
import { FollowUpInputError } from './errors.ts';
import { liquidityState, openingBalance } from './liquidity.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/** NRF 2026–2028 mål 6: equity not below 1 000 000 kr (only informs EquityPosition's flags here). */
const EQUITY_FLOOR: Ore = ore(100_000_000);

export type FiguresJson = {
  period: { id: string; kind: 'interim' | 'annual'; year: number; asOf: string };
  /** Outcome is counted through this month of the period's year. */
  throughMonth: number;
  figures: {
    resultOre: number | null;
    equityOre: number | null;
    lowestBankBalanceOre: number | null;
    lowestBankBalanceDate: string | null;
    externalBorrowingOre: number | null;
  };
};

export function findPeriod(plan: Plan, id: string): FollowUpPeriod {
  const period = plan.followUpPeriods.find((p) => p.id === id);
  if (!period) {
    throw new FollowUpInputError(
      `period: unknown follow-up period "${id}"; the plan has ${plan.followUpPeriods.map((p) => p.id).join(', ') || 'none (add one first)'}`,
      'period',
    );
  }
  return period;
}

export type PeriodFigures = {
  figures: FinancialFigures;
  lowest: DatedBalance | undefined;
  json: FiguresJson;
};

export async function periodFigures(
  db: Executor,
  orgId: string,
  plan: { plan: Plan; planId: string },
  periodId: string,
): Promise<PeriodFigures> {
  const period = findPeriod(plan.plan, periodId);
  const asOfMonth = parseIsoDate(period.asOf).month;
  const booked = await lastOutcomeMonth(db, orgId, period.year);
  // An interim report per 31 August with outcome booked through June counts through June.
  const throughMonth = period.kind === 'annual' ? booked : Math.min(asOfMonth, booked);
  const y = await yearOutcome(db, orgId, plan, period.year, throughMonth);
  const balances = await yearBalances(db, orgId, period.year);
  const forecastResult = period.kind === 'annual' ? y.forecast.outcomeResultToDate : y.forecast.result;
  const position = { balances, movements: y.movements, year: period.year, throughMonth };
  const observed = await dailyBankBalances(db, orgId, period.year, period.asOf);
  const bank: DatedBalance[] = balances.length > 0 || observed.length > 1 ? observed : [];
  // The rest of the year, for an interim report: the projection's lowest (opening included).
  const opening = period.kind === 'interim' ? await openingBalance(db, orgId) : null;
  const yearEnd = formatIsoDate(period.year, 12, 31);
  if (opening && opening.date < yearEnd && parseIsoDate(opening.date).year === period.year) {
    bank.push(projectLiquidity((await liquidityState(db, orgId, yearEnd)).input).lowest);
  }
  const figures = followUpFigures({
    kind: period.kind,
    forecast: y.forecast,
    ...(balances.length > 0
      ? { equity: equityPosition({ ...position, forecastResult, floor: EQUITY_FLOOR }) }
      : {}),
    bankBalances: bank,
    ...(balances.length > 0 ? { externalBorrowing: externalBorrowing(position) } : {}),
  });
  const lowest = lowestBalance(bank);
  return {
    figures,
    lowest,
    json: {
      period: { id: period.id, kind: period.kind, year: period.year, asOf: period.asOf },
      throughMonth,
      figures: {
        resultOre: figures.result ?? null,
        equityOre: figures.equity ?? null,
        lowestBankBalanceOre: figures.lowestBankBalance ?? null,
        lowestBankBalanceDate: lowest?.date ?? null,
        externalBorrowingOre: figures.externalBorrowing ?? null,
      },
    },
  };
}

/**
 * The figures as the plan file stores them: whole kronor. Rounded toward the goal's
 * disfavour, so rounding never turns a goal met: result, equity and bank balance down
 * (floor), borrowing up (ceiling).
 */
export function figuresForPlanFile(f: FinancialFigures): Record<string, unknown> {
  return {
    unit: 'kr',
    ...(f.result === undefined ? {} : { result: toRoundedUnits(f.result, 'kr', 'floor') }),
    ...(f.equity === undefined ? {} : { equity: toRoundedUnits(f.equity, 'kr', 'floor') }),
    ...(f.lowestBankBalance === undefined
      ? {}
      : { lowestBankBalance: toRoundedUnits(f.lowestBankBalance, 'kr', 'floor') }),
    ...(f.externalBorrowing === undefined
      ? {}
      : { externalBorrowing: toRoundedUnits(f.externalBorrowing, 'kr', 'ceiling') }),
  };
}
