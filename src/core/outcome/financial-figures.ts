// The FinancialFigures a follow-up period records (plan/types.ts), from which
// evaluation/financial-goals.ts judges the financial goals (NRF 2026–2028 mål 4–6) and the
// verdict on god ekonomisk hushållning (KL 11 kap 1 §).
import type { Ore } from '../money/money.ts';
import type { FinancialFigures } from '../plan/types.ts';
import type { EquityPosition } from './equity.ts';
import type { YearForecast } from './forecast.ts';
import type { DatedBalance } from './liquidity.ts';
import { OutcomeInputError } from './types.ts';

export type FollowUpFiguresInput = {
  kind: 'interim' | 'annual';
  forecast: YearForecast;
  equity?: EquityPosition;
  /**
   * Bank balances to take the lowest of: e.g. the lowest observed so far (from the daily
   * bank transactions: monthly balances would hide a dip within a month) and the
   * projection's lowest for the rest of the year.
   */
  bankBalances?: readonly DatedBalance[];
  externalBorrowing?: Ore;
};

export function lowestBalance(balances: readonly DatedBalance[]): DatedBalance | undefined {
  let lowest: DatedBalance | undefined;
  for (const b of balances) if (lowest === undefined || b.balance < lowest.balance) lowest = b;
  return lowest;
}

/**
 * Interim (delårsrapport): result = the forecast result for the whole year, equity = equity
 * projected to year end. Annual (årsredovisning): result = the year's outcome (overrides
 * no longer count), which needs outcome through month 12.
 */
export function followUpFigures(input: FollowUpFiguresInput): FinancialFigures {
  const { forecast } = input;
  if (input.kind === 'annual' && forecast.throughMonth !== 12) {
    throw new OutcomeInputError(
      `annual figures need outcome for the whole year; the forecast has outcome through month ${forecast.throughMonth}`,
    );
  }
  const figures: FinancialFigures = {
    result: input.kind === 'annual' ? forecast.outcomeResultToDate : forecast.result,
  };
  if (input.equity) figures.equity = input.equity.projectedYearEnd;
  const lowest = lowestBalance(input.bankBalances ?? []);
  if (lowest) figures.lowestBankBalance = lowest.balance;
  if (input.externalBorrowing !== undefined) figures.externalBorrowing = input.externalBorrowing;
  return figures;
}
