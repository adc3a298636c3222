// sv-SE figures through the core's exact formatter: "10 279", "−1 988", "26,71 %".
import { ore } from '../core/money/money.ts';
import type { MoneyUnit } from '../core/money/money.ts';
import { formatAmount, formatPercent } from '../core/money/format.ts';
import { parseDecimal } from '../core/money/decimal.ts';

export function amount(valueOre: number, unit: MoneyUnit): string {
  return formatAmount(ore(valueOre), unit);
}

export function percent(value: string): string {
  return formatPercent(parseDecimal(value));
}
