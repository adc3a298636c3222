// Liquidity guard (NRF 2026–2028, mål 5 "God likviditet"): the bank balance "ska aldrig
// understiga 500 000 kr", and larger payments wait until liquidity is checked against it.
// Projected per day from an opening bank balance and planned flows.
import { add, sum } from '../money/money.ts';
import type { Ore } from '../money/money.ts';
import { BANK_ACCOUNTS, balanceAt } from './accounts.ts';
import type { PlannedFlow } from './cash-flows.ts';
import { addDays, formatIsoDate, parseIsoDate } from './iso-date.ts';
import type { IsoDate } from './iso-date.ts';
import { OutcomeInputError } from './types.ts';
import type { AccountBalance, AccountMovement } from './types.ts';

export type DatedBalance = { date: IsoDate; balance: Ore };

export type LiquidityInput = {
  /** The balance at the end of this day; the projection starts the day after. */
  opening: DatedBalance;
  flows: readonly PlannedFlow[];
  /** Last day projected; default 31 December of the opening date's year. */
  through?: IsoDate;
  floor: Ore;
};

export type DayBalance = {
  date: IsoDate;
  opening: Ore;
  /**
   * The day's low: its payments before its receipts. A receipt may reach the account
   * after a payment the same day, so the guard does not lean on it.
   */
  low: Ore;
  closing: Ore;
  flows: readonly PlannedFlow[];
};

export type LiquidityProjection = {
  opening: DatedBalance;
  through: IsoDate;
  floor: Ore;
  days: readonly DayBalance[];
  /** The lowest balance (a day's low, or the opening balance) and its first date. */
  lowest: DatedBalance;
  /** "Aldrig understiga": a balance exactly at the floor keeps the goal; below it breaks it. */
  breaksFloor: boolean;
  firstBelowFloor?: DatedBalance;
  closing: Ore;
  /** Flows dated on or before the opening date or after `through`: not in the projection, never dropped. */
  outsideWindow: readonly PlannedFlow[];
};

/** The bank balance (accounts 19xx, debit positive) at the end of month N of the year. */
export function bankBalanceAt(input: {
  balances: readonly AccountBalance[];
  movements: readonly AccountMovement[];
  year: number;
  throughMonth: number;
}): DatedBalance {
  const { date, amount } = balanceAt({ ...input, ranges: BANK_ACCOUNTS });
  return { date, balance: amount };
}

export function projectLiquidity(input: LiquidityInput): LiquidityProjection {
  const start = input.opening.date;
  const through = input.through ?? formatIsoDate(parseIsoDate(start).year, 12, 31);
  parseIsoDate(through);
  if (through < start)
    throw new OutcomeInputError(`the projection ends (${through}) before it opens (${start})`);
  const byDate = new Map<IsoDate, PlannedFlow[]>();
  const outsideWindow: PlannedFlow[] = [];
  for (const f of input.flows) {
    parseIsoDate(f.date);
    if (f.date <= start || f.date > through) outsideWindow.push(f);
    else {
      const list = byDate.get(f.date);
      if (list) list.push(f);
      else byDate.set(f.date, [f]);
    }
  }
  const days: DayBalance[] = [];
  let balance = input.opening.balance;
  let lowest: DatedBalance = { ...input.opening };
  let firstBelowFloor: DatedBalance | undefined =
    balance < input.floor ? { date: start, balance } : undefined;
  for (let date = addDays(start, 1); date <= through; date = addDays(date, 1)) {
    const flows = byDate.get(date) ?? [];
    const low = add(balance, sum(flows.filter((f) => f.amount < 0).map((f) => f.amount)));
    const closing = add(balance, sum(flows.map((f) => f.amount)));
    days.push({ date, opening: balance, low, closing, flows });
    if (low < lowest.balance) lowest = { date, balance: low };
    if (firstBelowFloor === undefined && low < input.floor) firstBelowFloor = { date, balance: low };
    balance = closing;
  }
  return {
    opening: input.opening,
    through,
    floor: input.floor,
    days,
    lowest,
    breaksFloor: lowest.balance < input.floor,
    ...(firstBelowFloor ? { firstBelowFloor } : {}),
    closing: balance,
    outsideWindow,
  };
}

/** The lowest day's low from `date` on (inclusive), or the closing balance when no day is left. */
export function lowestFrom(projection: LiquidityProjection, date: IsoDate): DatedBalance {
  let lowest: DatedBalance | undefined;
  for (const d of projection.days) {
    if (d.date < date) continue;
    if (lowest === undefined || d.low < lowest.balance) lowest = { date: d.date, balance: d.low };
  }
  return lowest ?? { date: projection.through, balance: projection.closing };
}
