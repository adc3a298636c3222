// Pure helpers of the Uppföljning page: reading typed amounts and dates, the SIE errors
// of a 422, and the month rows that are the liquidity chart's text alternative.
import { formatAmount } from '../../../core/money/format.ts';
import { ore } from '../../../core/money/money.ts';
import type { MoneyUnit } from '../../../core/money/money.ts';
import { parseAmount } from '../../../core/money/parse.ts';
import type { SieErrors, SieIssue } from './sie-types.ts';

/** A typed amount in öre ("1 250", "−1 988,5", "500 000 kr"), or null when it cannot be read exactly. */
export function parseMoney(text: string, unit: MoneyUnit): number | null {
  try {
    return parseAmount(text, { unit }).ore;
  } catch {
    return null;
  }
}

/**
 * Kronor to the öre when there are öre ("690 999,50"), whole otherwise: a bank balance or
 * the largest allowed payment rounded up to whole kronor would promise money that is not there.
 */
export function kronor(valueOre: number): string {
  return formatAmount(ore(valueOre), 'kr', { decimals: valueOre % 100 === 0 ? 0 : 2 });
}

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The day after an ISO date (the first a payment may fall on after the opening balance). */
export function nextDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + 1)).toISOString().slice(0, 10);
}

function isIssue(value: unknown): value is SieIssue {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.line === 'number' && typeof v.column === 'number' && typeof v.message === 'string';
}

/** The errors of a refused SIE import (422 details), or null when the details are not that. */
export function sieErrorsOf(details: unknown): SieErrors | null {
  if (typeof details !== 'object' || details === null) return null;
  const d = details as { errors?: unknown; errorCount?: unknown };
  if (!Array.isArray(d.errors)) return null;
  const errors = d.errors
    .filter(isIssue)
    .map((e) => ({ ...e, text: typeof e.text === 'string' ? e.text : '' }));
  return { errors, errorCount: typeof d.errorCount === 'number' ? d.errorCount : errors.length };
}

export type MonthBalance = { month: string; end: number; lowest: number; lowestDate: string };

/** Per calendar month of the projection: the last day's balance and the month's lowest (its first date). */
export function monthBalances(days: readonly { date: string; balanceOre: number }[]): MonthBalance[] {
  const out: MonthBalance[] = [];
  for (const day of days) {
    const month = day.date.slice(0, 7);
    const last = out.at(-1);
    if (last?.month !== month) {
      out.push({ month, end: day.balanceOre, lowest: day.balanceOre, lowestDate: day.date });
      continue;
    }
    last.end = day.balanceOre;
    if (day.balanceOre < last.lowest) {
      last.lowest = day.balanceOre;
      last.lowestDate = day.date;
    }
  }
  return out;
}

export type ChartScale = { x: (index: number) => number; y: (ore: number) => number };

/**
 * Maps day index and öre onto an SVG box, the floor always inside it. Pixel positions are
 * drawing only, so floats are fine here; no figure shown is computed from them.
 */
export function chartScale(
  days: number,
  values: readonly number[],
  floor: number,
  box: { left: number; right: number; top: number; bottom: number },
): ChartScale {
  const max = Math.max(...values, floor);
  const min = Math.min(...values, floor, 0);
  const span = max - min || 1;
  const width = box.right - box.left;
  return {
    x: (index) => box.left + (days <= 1 ? 0 : (index / (days - 1)) * width),
    y: (ore) => box.top + ((max - ore) / span) * (box.bottom - box.top),
  };
}
