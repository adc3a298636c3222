// Equity (NRF 2026–2028, mål 6 "God finansiell ställning": eget kapital ej understiga
// 1 000 000 kr) and external borrowing (NRF 2018–2020: investments without external
// borrowing), from the balance-sheet accounts.
import { add, negate } from '../money/money.ts';
import type { Ore } from '../money/money.ts';
import { EQUITY_ACCOUNTS, LOAN_ACCOUNTS, balanceAt } from './accounts.ts';
import type { AccountRange } from './accounts.ts';
import type { IsoDate } from './iso-date.ts';
import type { AccountBalance, AccountMovement } from './types.ts';

type BalanceInput = {
  balances: readonly AccountBalance[];
  movements: readonly AccountMovement[];
  year: number;
  throughMonth: number;
};

export type EquityPosition = {
  date: IsoDate;
  /** Equity on the class-20 accounts at `date`, credit shown positive. */
  equity: Ore;
  /** The year's forecast result (outcome for a whole year), not yet on the equity accounts. */
  forecastResult: Ore;
  /** equity + forecastResult: equity at 31 December. */
  projectedYearEnd: Ore;
  floor: Ore;
  /** "Ej understiga": exactly the floor meets the goal. */
  meetsFloorNow: boolean;
  projectedMeetsFloor: boolean;
};

/**
 * Equity at the end of month N, projected to year end. During the year the year's result
 * stays on the result accounts and reaches equity only at closing, so the projection adds
 * the forecast result. This assumes the closing entry is not among the movements given.
 */
export function equityPosition(
  input: BalanceInput & { forecastResult: Ore; floor: Ore; ranges?: readonly AccountRange[] },
): EquityPosition {
  const { date, amount } = balanceAt({ ...input, ranges: input.ranges ?? EQUITY_ACCOUNTS });
  // Equity is a credit balance, negative in the debit-positive accounting.
  const equity = negate(amount);
  const projectedYearEnd = add(equity, input.forecastResult);
  return {
    date,
    equity,
    forecastResult: input.forecastResult,
    projectedYearEnd,
    floor: input.floor,
    meetsFloorNow: equity >= input.floor,
    projectedMeetsFloor: projectedYearEnd >= input.floor,
  };
}

/** External borrowing on the loan accounts (LOAN_ACCOUNTS by default), credit shown positive. */
export function externalBorrowing(input: BalanceInput & { ranges?: readonly AccountRange[] }): Ore {
  return negate(balanceAt({ ...input, ranges: input.ranges ?? LOAN_ACCOUNTS }).amount);
}
