// Formatting helpers for message texts: sv-SE numbers and amounts whatever the language
// (the figures are Swedish kronor and are printed as the plans print them), computed
// exactly by src/core/money.
import { formatAmount, formatDecimal, formatPercent } from '../core/money/format.ts';
import { parseDecimal } from '../core/money/decimal.ts';
import type { MoneyUnit, Ore } from '../core/money/money.ts';
import { ORE_PER_UNIT } from '../core/money/money.ts';

/** "1 988 tkr" in the unit when the amount is whole there, else in kronor ("−397,50 kr"). */
export function amountText(amountOre: number, unit: MoneyUnit = 'kr'): string {
  const ore = amountOre as Ore;
  if (amountOre % ORE_PER_UNIT[unit] === 0) return formatAmount(ore, unit, { showUnit: true });
  const decimals = amountOre % 100 === 0 ? 0 : 2;
  return formatAmount(ore, 'kr', { showUnit: true, decimals });
}

/** A whole number with sv-SE grouping: 1 000 000 → "1 000 000". */
export function countText(n: number): string {
  return formatAmount((n * 100) as Ore, 'kr');
}

/** A decimal string ("26.71") as "26,71 %". */
export function percentText(decimal: string): string {
  return formatPercent(parseDecimal(decimal));
}

/** A decimal string ("2.1") as "2,1". */
export function decimalText(decimal: string): string {
  return formatDecimal(parseDecimal(decimal));
}
