// How findings print figures: whole units of the table, sv-SE, with the unit.
import { formatAmount } from '../money/format.ts';
import type { MoneyUnit, Ore } from '../money/money.ts';

export function formatTableAmount(amount: Ore, unit: MoneyUnit): string {
  return formatAmount(amount, unit, { showUnit: true });
}
