// Restoring a negative balanskravsresultat: KL 11 kap 12 § — a negative balanskravsresultat
// shall be regulated during the three following years (decided at the latest in the
// budget of the third year). Deficits are restored first in, first out, from later years'
// positive balanskravsresultat; a surplus cannot be banked against a later deficit.
import { ZERO, add, negate, subtract } from '../money/money.ts';
import type { Ore } from '../money/money.ts';
import { formatIsoDate } from './iso-date.ts';
import type { IsoDate } from './iso-date.ts';
import { OutcomeInputError } from './types.ts';

/** KL 11 kap 12 §: the three years after the year the deficit arose. */
export const RESTORATION_YEARS = 3;

export type YearBalanceResult = { year: number; balanceRequirementResult: Ore };

export type Restoration = { year: number; amount: Ore };

export type DeficitStatus = 'restored' | 'restoredLate' | 'open' | 'overdue';

export type Deficit = {
  year: number;
  /** The negative balanskravsresultat as a positive amount to restore. */
  deficit: Ore;
  deadlineYear: number;
  deadline: IsoDate;
  restorations: readonly Restoration[];
  restored: Ore;
  remaining: Ore;
  status: DeficitStatus;
};

export type DeficitTracking = {
  asOfYear: number;
  deficits: readonly Deficit[];
  /** Sum still to restore. */
  remaining: Ore;
  /** Some deficit is past its deadline and not fully restored. */
  deadlinePassed: boolean;
};

type Open = { year: number; deficit: Ore; restorations: Restoration[]; remaining: Ore };

function status(d: Open, asOfYear: number): DeficitStatus {
  const deadlineYear = d.year + RESTORATION_YEARS;
  if (d.remaining > 0) return asOfYear > deadlineYear ? 'overdue' : 'open';
  return d.restorations.every((r) => r.year <= deadlineYear) ? 'restored' : 'restoredLate';
}

/**
 * Follows each deficit year by year up to and including `asOfYear` (default: the last year
 * given). Years after asOfYear are not counted: they have not happened at that date.
 */
export function trackDeficits(years: readonly YearBalanceResult[], asOfYear?: number): DeficitTracking {
  const sorted = [...years].sort((a, b) => a.year - b.year);
  for (const [i, y] of sorted.entries()) {
    if (i > 0 && sorted[i - 1]?.year === y.year) {
      throw new OutcomeInputError(`balanskravsresultat for ${y.year} is given twice`);
    }
  }
  const asOf = asOfYear ?? sorted[sorted.length - 1]?.year;
  if (asOf === undefined)
    throw new OutcomeInputError('no year to track: give at least one balanskravsresultat');
  const deficits: Open[] = [];
  for (const y of sorted.filter((s) => s.year <= asOf)) {
    if (y.balanceRequirementResult < 0) {
      const deficit = negate(y.balanceRequirementResult);
      deficits.push({ year: y.year, deficit, restorations: [], remaining: deficit });
      continue;
    }
    let surplus = y.balanceRequirementResult;
    for (const d of deficits) {
      if (surplus === 0) break;
      if (d.remaining === 0) continue;
      const amount = surplus < d.remaining ? surplus : d.remaining;
      d.restorations.push({ year: y.year, amount });
      d.remaining = subtract(d.remaining, amount);
      surplus = subtract(surplus, amount);
    }
  }
  const out = deficits.map((d): Deficit => {
    const deadlineYear = d.year + RESTORATION_YEARS;
    return {
      year: d.year,
      deficit: d.deficit,
      deadlineYear,
      deadline: formatIsoDate(deadlineYear, 12, 31),
      restorations: d.restorations,
      restored: subtract(d.deficit, d.remaining),
      remaining: d.remaining,
      status: status(d, asOf),
    };
  });
  return {
    asOfYear: asOf,
    deficits: out,
    remaining: out.reduce((acc, d) => add(acc, d.remaining), ZERO),
    deadlinePassed: out.some((d) => d.status === 'overdue'),
  };
}
