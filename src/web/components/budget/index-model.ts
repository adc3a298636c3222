// Indexing a budget column from the previous one (e.g. member contributions by LPIK,
// as the plan prescribes: "Medlemmarnas bidrag justeras årligen med LPIK"). The core's
// indexAmount does the arithmetic and rounds to whole units, as budgets are written.
import { indexAmount } from '../../../core/indexation/indexation.ts';
import type { IndexSeries } from '../../../core/indexation/indexation.ts';
import { DecimalParseError, parseDecimal } from '../../../core/money/decimal.ts';
import type { Decimal } from '../../../core/money/decimal.ts';
import { ore } from '../../../core/money/money.ts';
import type { Ore } from '../../../core/money/money.ts';
import type { BudgetView } from '../../api/types.ts';
import { cellKey, savedAmount } from './budget-model.ts';
import type { PendingEdits } from './budget-model.ts';

/** An index series as GET …/index-series sends it: rates as decimal strings per year. */
export type IndexSeriesView = {
  id: string;
  name: string;
  publisher?: string;
  publication?: string;
  rates: Record<string, string>;
};

export type IndexPreviewRow = { line: string; label: string; before: Ore; after: Ore; change: Ore };

/** A rate typed the Swedish way ("2,1", "−0,5"), or null when it is not a number. */
export function parseRate(text: string): Decimal | null {
  const normalised = text.trim().replace(',', '.').replace('\u2212', '-').replace(/\s*%$/, '');
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return null;
  try {
    return parseDecimal(normalised);
  } catch (error) {
    if (error instanceof DecimalParseError) return null;
    throw error;
  }
}

export function seriesRate(series: IndexSeriesView, year: number): Decimal | null {
  const rate = series.rates[String(year)];
  return rate === undefined ? null : parseDecimal(rate);
}

/** What indexing `toYear` from the column before it would write, line by line. */
export function indexPreview(
  view: BudgetView,
  edits: PendingEdits,
  toYear: number,
  rate: Decimal,
  lines: readonly string[],
): IndexPreviewRow[] {
  const position = view.columns.findIndex((c) => c.year === toYear);
  const fromYear = view.columns[position - 1]?.year;
  // The rate is a year's change, so only a column that directly follows its year is indexed.
  if (fromYear === undefined || fromYear !== toYear - 1) return [];
  const series: IndexSeries = {
    id: 'preview',
    name: 'preview',
    rates: new Map([[toYear, { year: toYear, percent: rate }]]),
  };
  const current = (line: string, year: number): Ore =>
    edits.get(cellKey(line, year)) ?? savedAmount(view, line, year) ?? ore(0);
  return view.lines
    .filter((l) => lines.includes(l.key))
    .map((l) => {
      const before = current(l.key, toYear);
      // Each year steps from the previous column's figure (pending edits included).
      const after = indexAmount(current(l.key, fromYear), series, fromYear, toYear, {
        unit: view.unit,
      }).result;
      return { line: l.key, label: l.label, before, after, change: ore(after - before) };
    });
}
