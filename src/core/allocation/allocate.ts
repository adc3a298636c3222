// Largest-remainder (Hamilton) split: the parts always add up to the total exactly and
// each part is within one unit of its exact share (ARCHITECTURE.md, "Decisions").
import { ORE_PER_UNIT, isWholeUnits, ore } from '../money/money.ts';
import type { MoneyUnit, Ore } from '../money/money.ts';
import { SharesError, checkShares } from './shares.ts';
import type { Share } from './shares.ts';

export type AllocatedPart = {
  key: string;
  weight: bigint;
  /** Exact share = exactNumerator / exactDenominator units (total × weight / sum of weights, unreduced). */
  exactNumerator: bigint;
  exactDenominator: bigint;
  /** The whole part of the exact share, truncated toward zero (so negative for negative totals). */
  floor: bigint;
  gotRemainderUnit: boolean;
  units: bigint;
};

export type AllocationPart = {
  key: string;
  amount: Ore;
  /** Exact share in units of `unit`. */
  exact: { numerator: bigint; denominator: bigint };
  gotRemainderUnit: boolean;
};

export type Allocation = {
  method: 'largestRemainder';
  unit: MoneyUnit;
  total: Ore;
  parts: AllocationPart[];
};

/**
 * Splits `total` whole units by the shares. Each part gets the whole part of its exact
 * share; the units left over go one each to the largest remainders. Ties are broken,
 * deterministically: equal remainders → larger weight first → earlier in the input.
 * A negative total is split as |total| and each part negated, so allocate(−t) = −allocate(t).
 * Zero-weight members always get 0 (their remainder is 0, and fewer units are left over
 * than there are positive remainders).
 */
export function allocateUnits(total: bigint, shares: readonly Share[]): AllocatedPart[] {
  const weightSum = checkShares(shares);
  const sign = total < 0n ? -1n : 1n;
  const magnitude = total * sign;
  const rows = shares.map((s, index) => {
    const numerator = magnitude * s.weight;
    return { s, index, floor: numerator / weightSum, remainder: numerator % weightSum };
  });
  let leftover = magnitude - rows.reduce((acc, r) => acc + r.floor, 0n);
  const order = [...rows].sort(
    (a, b) =>
      compareDesc(a.remainder, b.remainder) || compareDesc(a.s.weight, b.s.weight) || a.index - b.index,
  );
  const winners = new Set<number>();
  for (const r of order) {
    if (leftover === 0n) break;
    winners.add(r.index);
    leftover -= 1n;
  }
  return rows.map((r) => {
    const got = winners.has(r.index);
    return {
      key: r.s.key,
      weight: r.s.weight,
      exactNumerator: sign * magnitude * r.s.weight,
      exactDenominator: weightSum,
      floor: sign * r.floor,
      gotRemainderUnit: got,
      units: sign * (r.floor + (got ? 1n : 0n)),
    };
  });
}

function compareDesc(a: bigint, b: bigint): number {
  return a > b ? -1 : a < b ? 1 : 0;
}

/**
 * Splits an amount into parts of whole `unit`s (e.g. whole tkr, as budgets are written).
 * The total must already be whole units: rounding it is the caller's explicit decision.
 */
export function allocateAmount(
  total: Ore,
  shares: readonly Share[],
  options: { unit: MoneyUnit },
): Allocation {
  const { unit } = options;
  if (!isWholeUnits(total, unit)) {
    throw new SharesError(
      `total ${total} öre is not a whole number of ${unit}; round it to whole ${unit} first ` +
        `(roundToUnit) so the split does not hide a rounding`,
    );
  }
  const per = BigInt(ORE_PER_UNIT[unit]);
  const parts = allocateUnits(BigInt(total) / per, shares).map((p) => ({
    key: p.key,
    amount: ore(p.units * per),
    exact: { numerator: p.exactNumerator, denominator: p.exactDenominator },
    gotRemainderUnit: p.gotRemainderUnit,
  }));
  return { method: 'largestRemainder', unit, total, parts };
}

/** One member's exact share of `total`, in öre: total × weight / sum of weights (unreduced). */
export function exactShare(
  total: Ore,
  share: Share,
  shares: readonly Share[],
): { numerator: bigint; denominator: bigint } {
  const weightSum = checkShares(shares);
  const listed = shares.find((s) => s.key === share.key);
  if (!listed || listed.weight !== share.weight) {
    throw new SharesError(`member "${share.key}" with weight ${share.weight} is not among the shares`);
  }
  return { numerator: BigInt(total) * share.weight, denominator: weightSum };
}

/**
 * How far a stated member amount is from its exact share, in öre (amount − exact share),
 * for the consistency check: a largest-remainder split is always less than one unit off.
 */
export function deviationFromShare(
  amount: Ore,
  total: Ore,
  share: Share,
  shares: readonly Share[],
): { numerator: bigint; denominator: bigint } {
  const exact = exactShare(total, share, shares);
  return { numerator: BigInt(amount) * exact.denominator - exact.numerator, denominator: exact.denominator };
}
