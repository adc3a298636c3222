// sv-SE figures through the core's exact formatter: "10 279", "−1 988", "26,71 %", and
// counts, sizes and shares of progress ("123 456", "12,3", "45 %").
import { ore } from '../core/money/money.ts';
import type { MoneyUnit } from '../core/money/money.ts';
import { formatAmount, formatDecimal, formatPercent } from '../core/money/format.ts';
import { decimal, parseDecimal } from '../core/money/decimal.ts';

export function amount(valueOre: number, unit: MoneyUnit): string {
  return formatAmount(ore(valueOre), unit);
}

export function percent(value: string): string {
  return formatPercent(parseDecimal(value));
}

/** A count with sv-SE groups: "123 456". */
export function count(n: number): string {
  return formatDecimal(decimal(Math.trunc(n)));
}

/** Bytes as megabytes (10^6 bytes) with one decimal: "12,3". */
export function megabytes(bytes: number): string {
  return formatDecimal(decimal(Math.round(bytes / 100_000), 1));
}

/** A share as whole percent, rounded down so that nothing unfinished shows 100: "45 %". */
export function wholePercent(part: number, whole: number): string {
  return formatPercent(decimal(whole > 0 ? Math.floor((Math.min(part, whole) * 100) / whole) : 0));
}
