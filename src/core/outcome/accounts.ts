// Account ranges in a chart of accounts (Kommun-Bas / Region-Bas): a range is given by
// prefixes of equal length, so { from: '30', to: '38' } is every account 30xx–38xx and
// { from: '3590', to: '3599' } only those four-digit groups. Balances of balance-sheet
// accounts (bank, equity, loans) are summed from the opening balance and the movements.
import { sum } from '../money/money.ts';
import type { Ore } from '../money/money.ts';
import { endOfMonthDate } from './iso-date.ts';
import type { IsoDate } from './iso-date.ts';
import { checkThroughMonth } from './types.ts';
import type { AccountBalance, AccountMovement } from './types.ts';

export type AccountRange = { from: string; to: string };

export class AccountMappingError extends Error {
  override name = 'AccountMappingError';
}

const DIGITS = /^\d+$/;

export function checkAccount(account: string, where: string): void {
  if (!DIGITS.test(account)) {
    throw new AccountMappingError(`${where}: account "${account}" is not an account number (digits only)`);
  }
}

export function checkRange(range: AccountRange, where: string): void {
  if (!DIGITS.test(range.from) || !DIGITS.test(range.to) || range.from.length !== range.to.length) {
    throw new AccountMappingError(
      `${where}: range ${range.from}–${range.to} must be two account prefixes of the same length (e.g. 30–38 or 3590–3599)`,
    );
  }
  if (range.from > range.to) {
    throw new AccountMappingError(`${where}: range ${range.from}–${range.to} runs backwards`);
  }
}

export function rangeLabel(range: AccountRange): string {
  return range.from === range.to ? range.from : `${range.from}–${range.to}`;
}

export function rangeContains(range: AccountRange, account: string): boolean {
  if (account.length < range.from.length) return false;
  const prefix = account.slice(0, range.from.length);
  return prefix >= range.from && prefix <= range.to;
}

export function inRanges(ranges: readonly AccountRange[], account: string): boolean {
  return ranges.some((r) => rangeContains(r, account));
}

/**
 * The accounts two ranges share, or undefined. Prefixes of different lengths are compared
 * by padding: from with 0s and to with 9s, so 30–38 spans 3000…3899 at four digits.
 */
export function rangeOverlap(a: AccountRange, b: AccountRange): AccountRange | undefined {
  const width = Math.max(a.from.length, b.from.length);
  const low = (s: string) => s.padEnd(width, '0');
  const high = (s: string) => s.padEnd(width, '9');
  const from = low(a.from) > low(b.from) ? low(a.from) : low(b.from);
  const to = high(a.to) < high(b.to) ? high(a.to) : high(b.to);
  return from <= to ? { from, to } : undefined;
}

/** Bank and cash (Kommun-Bas / Region-Bas account group 19, kassa och bank). */
export const BANK_ACCOUNTS: readonly AccountRange[] = [{ from: '19', to: '19' }];

/** Equity (account group 20, eget kapital). */
export const EQUITY_ACCOUNTS: readonly AccountRange[] = [{ from: '20', to: '20' }];

/**
 * External loans. Kommun-Bas keeps long-term liabilities in group 23 and short-term in 24,
 * but both groups also hold debts that are not borrowing (e.g. deferred investment grants
 * 2388, supplier debts 244), so the default takes only 231–235 (long-term loans) and 241
 * (short-term loans). An assumption to check against the organisation's own chart.
 */
export const LOAN_ACCOUNTS: readonly AccountRange[] = [
  { from: '231', to: '235' },
  { from: '241', to: '241' },
];

export type BalanceAt = { date: IsoDate; amount: Ore };

/**
 * The debit-positive balance of the accounts in `ranges` at the end of month `throughMonth`
 * of `year`: their opening balances for the year plus the movements of months 1..N.
 */
export function balanceAt(input: {
  ranges: readonly AccountRange[];
  balances: readonly AccountBalance[];
  movements: readonly AccountMovement[];
  year: number;
  throughMonth: number;
}): BalanceAt {
  const { ranges, year } = input;
  const through = checkThroughMonth(input.throughMonth);
  const opening = input.balances.filter(
    (b) => b.kind === 'opening' && b.year === year && inRanges(ranges, b.account),
  );
  const moved = input.movements.filter(
    (m) => m.year === year && m.month <= through && inRanges(ranges, m.account),
  );
  return {
    date: endOfMonthDate(year, through),
    amount: sum([...opening.map((b) => b.amount), ...moved.map((m) => m.amount)]),
  };
}

export type ClosingDifference = { account: string; computed: Ore; stated: Ore };

/**
 * Accounts whose stated closing balance differs from opening + the year's movements
 * (e.g. closing entries outside months 1–12): a reconciliation before annual figures.
 */
export function closingDifferences(
  balances: readonly AccountBalance[],
  movements: readonly AccountMovement[],
  year: number,
): ClosingDifference[] {
  const out: ClosingDifference[] = [];
  for (const closing of balances.filter((b) => b.kind === 'closing' && b.year === year)) {
    const same = (a: { account: string; year: number }) => a.account === closing.account && a.year === year;
    const computed = sum([
      ...balances.filter((b) => b.kind === 'opening' && same(b)).map((b) => b.amount),
      ...movements.filter(same).map((m) => m.amount),
    ]);
    if (computed !== closing.amount) out.push({ account: closing.account, computed, stated: closing.amount });
  }
  return out;
}
