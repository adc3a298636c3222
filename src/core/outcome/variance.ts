// Variance = outcome − budget, on lines signed as printed (revenue positive, costs
// negative), so a positive variance is always in the organisation's favour: more revenue
// or lower costs than budgeted.
import { DEFAULT_ROUNDING, divideRounded } from '../money/rounding.ts';
import type { Decimal } from '../money/decimal.ts';
import { subtract } from '../money/money.ts';
import type { Ore } from '../money/money.ts';

export type VarianceFigures = { budget: Ore; outcome: Ore; variance: Ore; variancePercent: Decimal | null };

/** Percent variance is shown with two decimals, rounded half away from zero (the core's default). */
export const VARIANCE_PERCENT_SCALE = 2;
export const VARIANCE_PERCENT_ROUNDING = DEFAULT_ROUNDING;

/**
 * variance / |budget| × 100, to two decimals: relative to the budget's size, so its sign
 * is the variance's. Null when the budget is 0 (no percentage of nothing).
 */
export function variancePercent(variance: Ore, budget: Ore): Decimal | null {
  if (budget === 0) return null;
  const scale = 10n ** BigInt(VARIANCE_PERCENT_SCALE);
  const magnitude = BigInt(Math.abs(budget));
  const units = divideRounded(BigInt(variance) * 100n * scale, magnitude, VARIANCE_PERCENT_ROUNDING);
  return { units, scale: VARIANCE_PERCENT_SCALE };
}

export function varianceFigures(budget: Ore, outcome: Ore): VarianceFigures {
  const variance = subtract(outcome, budget);
  return { budget, outcome, variance, variancePercent: variancePercent(variance, budget) };
}
