// Spreading a year's budget over its months (periodisering), so that a month and a
// year-to-date figure can be compared with outcome. One type, one implementation per method.
import { allocateUnits } from '../allocation/allocate.ts';
import { ORE_PER_UNIT, isWholeUnits, ore } from '../money/money.ts';
import type { Ore } from '../money/money.ts';
import { MONTHS } from './types.ts';
import { OutcomeInputError } from './types.ts';

/** Splits a year's amount into 12 monthly amounts that add up to it exactly. */
export type MonthlySpread = { method: 'even' | 'seasonal'; spread: (annual: Ore) => readonly Ore[] };

const KR = BigInt(ORE_PER_UNIT.kr);

/**
 * Whole kronor by weight with the core's largest-remainder split. Months are handed over
 * December first, so the leftover kronor of an even split go one each to the last months
 * (the split breaks ties in input order): 100 kr → 8 kr × 8 months, then 9 kr × 4 months.
 */
function byWeights(annual: Ore, weights: readonly bigint[]): Ore[] {
  if (!isWholeUnits(annual, 'kr')) {
    throw new OutcomeInputError(`a yearly budget of ${annual} öre is not whole kronor; round it first`);
  }
  const reversed = [...MONTHS].reverse().map((m) => ({ key: String(m), weight: weights[m - 1] ?? 0n }));
  const parts = allocateUnits(BigInt(annual) / KR, reversed);
  const byMonth = new Map(parts.map((p) => [p.key, p.units]));
  return MONTHS.map((m) => ore((byMonth.get(String(m)) ?? 0n) * KR));
}

/** Evenly over the twelve months, in whole kronor. */
export const evenSpread: MonthlySpread = {
  method: 'even',
  spread: (annual) =>
    byWeights(
      annual,
      MONTHS.map(() => 1n),
    ),
};

/**
 * By a seasonal profile: twelve non-negative integer weights, e.g. days worked or last
 * year's outcome in kronor. A month with weight 0 gets no budget.
 */
export function seasonalSpread(weights: readonly (bigint | number)[]): MonthlySpread {
  if (weights.length !== 12) {
    throw new OutcomeInputError(`a seasonal profile needs 12 monthly weights, got ${weights.length}`);
  }
  const w = weights.map((x) => BigInt(x));
  if (w.some((x) => x < 0n) || w.every((x) => x === 0n)) {
    throw new OutcomeInputError('a seasonal profile needs non-negative weights with at least one above 0');
  }
  return { method: 'seasonal', spread: (annual) => byWeights(annual, w) };
}
