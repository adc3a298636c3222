// Every rounding names its mode (ARCHITECTURE.md); the default is half away from zero,
// the convention of Swedish public-sector tables.
import { ORE_PER_UNIT, ore } from './money.ts';
import type { MoneyUnit, Ore } from './money.ts';

export type RoundingMode = 'halfAwayFromZero' | 'halfEven' | 'floor' | 'ceiling' | 'towardZero';

export const ROUNDING_MODES: readonly RoundingMode[] = [
  'halfAwayFromZero',
  'halfEven',
  'floor',
  'ceiling',
  'towardZero',
];

export const DEFAULT_ROUNDING: RoundingMode = 'halfAwayFromZero';

/** numerator / denominator rounded to an integer by the named mode, exactly (BigInt). */
export function divideRounded(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  if (denominator < 0n) {
    numerator = -numerator;
    denominator = -denominator;
  }
  const q = numerator / denominator; // truncated toward zero
  const r = numerator % denominator; // same sign as numerator
  if (r === 0n) return q;
  const negative = numerator < 0n;
  const twiceRemainder = 2n * (negative ? -r : r);
  switch (mode) {
    case 'towardZero':
      return q;
    case 'floor':
      return negative ? q - 1n : q;
    case 'ceiling':
      return negative ? q : q + 1n;
    case 'halfAwayFromZero':
      if (twiceRemainder >= denominator) return negative ? q - 1n : q + 1n;
      return q;
    case 'halfEven': {
      if (twiceRemainder > denominator || (twiceRemainder === denominator && q % 2n !== 0n)) {
        return negative ? q - 1n : q + 1n;
      }
      return q;
    }
  }
}

/** Rounds an amount to whole units (kr, tkr or mnkr); the result is still in öre. */
export function roundToUnit(amount: Ore, unit: MoneyUnit, mode: RoundingMode = DEFAULT_ROUNDING): Ore {
  const per = BigInt(ORE_PER_UNIT[unit]);
  return ore(divideRounded(BigInt(amount), per, mode) * per);
}

/** Rounds an amount and returns the count of whole units, e.g. 1 027 949 999 öre → 10 279 tkr. */
export function toRoundedUnits(amount: Ore, unit: MoneyUnit, mode: RoundingMode = DEFAULT_ROUNDING): number {
  return Number(divideRounded(BigInt(amount), BigInt(ORE_PER_UNIT[unit]), mode));
}
