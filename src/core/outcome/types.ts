// The outcome the follow-up calculators take: plain figures from the accounting, kept
// independent of any file format (the SIE reader converts into these).
import type { Ore } from '../money/money.ts';

export type Month = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;

export const MONTHS: readonly Month[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/** A voucher named only by reference, for drill-down (the vouchers themselves stay in storage). */
export type VoucherRef = { series: string; number: string };

/**
 * An account's movement in one month, signed as in the accounting: debit positive,
 * credit negative (revenue and liabilities are normally negative).
 */
export type AccountMovement = {
  account: string;
  year: number;
  month: Month;
  amount: Ore;
  vouchers?: readonly VoucherRef[];
};

/** An account's opening (ingående) or closing (utgående) balance for a year, debit positive. */
export type AccountBalance = { account: string; year: number; kind: 'opening' | 'closing'; amount: Ore };

export class OutcomeInputError extends Error {
  override name = 'OutcomeInputError';
}

export function checkMonth(month: number, where: string): Month {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new OutcomeInputError(`${where}: month must be a whole number from 1 to 12, got ${month}`);
  }
  return month as Month;
}

/** "Through month N": 0 means no month yet (the start of the year), 12 the whole year. */
export function checkThroughMonth(throughMonth: number): number {
  if (!Number.isInteger(throughMonth) || throughMonth < 0 || throughMonth > 12) {
    throw new OutcomeInputError(`throughMonth must be a whole number from 0 to 12, got ${throughMonth}`);
  }
  return throughMonth;
}
