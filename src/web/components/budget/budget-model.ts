// The budget being edited: the saved figures plus the user's pending changes, turned into
// the core's Budget so totals and result are computed by src/core exactly as the server
// computes them. Pure functions; the grid and the page hold the state.
import { categoryTotal, resultRows } from '../../../core/budget/result.ts';
import { AmountParseError, parseAmount } from '../../../core/money/parse.ts';
import { ORE_PER_UNIT, ore } from '../../../core/money/money.ts';
import type { MoneyUnit, Ore } from '../../../core/money/money.ts';
import type { Budget, BudgetLineCategory } from '../../../core/plan/types.ts';
import type { BudgetView } from '../../api/types.ts';

/** "lineKey|year": one cell of the budget table. */
export type CellKey = `${string}|${number}`;
export type PendingEdits = ReadonlyMap<CellKey, Ore>;

export const cellKey = (line: string, year: number): CellKey => `${line}|${year}`;

export function splitCellKey(key: CellKey): { line: string; year: number } {
  const at = key.lastIndexOf('|');
  return { line: key.slice(0, at), year: Number(key.slice(at + 1)) };
}

/** The saved amount of a cell, or undefined when the line has none for the year. */
export function savedAmount(view: BudgetView, line: string, year: number): Ore | undefined {
  const value = view.lines.find((l) => l.key === line)?.amountsOre[String(year)];
  return value === undefined ? undefined : ore(value);
}

/** The core's Budget with the pending edits applied (the stated result stays as saved). */
export function budgetWithEdits(view: BudgetView, edits: PendingEdits): Budget {
  return {
    title: view.title,
    unit: view.unit,
    columns: view.columns.map((c) => ({ ...c, status: c.status as Budget['columns'][number]['status'] })),
    lines: view.lines.map((l) => {
      const amounts = new Map<number, Ore>();
      for (const [year, value] of Object.entries(l.amountsOre)) amounts.set(Number(year), ore(value));
      for (const c of view.columns) {
        const edited = edits.get(cellKey(l.key, c.year));
        if (edited !== undefined) amounts.set(c.year, edited);
      }
      return { key: l.key, label: l.label, category: l.category as BudgetLineCategory, amounts };
    }),
    result: {
      label: view.result.label,
      stated: new Map(
        view.result.rows.filter((r) => r.statedOre !== null).map((r) => [r.year, ore(r.statedOre ?? 0)]),
      ),
    },
    footnotes: [],
  };
}

export type LiveResult = { year: number; statedOre: number | null; computedOre: number; differs: boolean };

/** The result per year as src/core computes it from the edited lines. */
export function liveResult(budget: Budget): LiveResult[] {
  return resultRows(budget).map((r) => ({
    year: r.year,
    statedOre: r.stated ?? null,
    computedOre: r.computed,
    differs: r.stated !== undefined && r.stated !== r.computed,
  }));
}

export const COST_CATEGORIES: readonly BudgetLineCategory[] = [
  'staffCosts',
  'purchasedServices',
  'otherCosts',
];

/** Summa kostnader per year (costs are negative as printed). */
export function costTotal(budget: Budget, year: number): number {
  return COST_CATEGORIES.reduce((total, c) => total + categoryTotal(budget, c, year), 0);
}

/** Edits that actually differ from the saved figures, as the PATCH …/budget body wants them. */
export function changesToSave(
  view: BudgetView,
  edits: PendingEdits,
): { line: string; year: number; amount: number }[] {
  const per = ORE_PER_UNIT[view.unit];
  const out: { line: string; year: number; amount: number }[] = [];
  for (const [key, value] of edits) {
    const { line, year } = splitCellKey(key);
    if (savedAmount(view, line, year) === value) continue;
    // Cells only ever hold whole units (parseCell refuses anything else), so this is exact.
    out.push({ line, year, amount: value / per });
  }
  return out;
}

export type CellParse = { ok: true; value: Ore } | { ok: false; reason: string };

/**
 * A typed or pasted cell: Swedish number format ("10 279", "−1 988", "1 234"), in the
 * table's unit; budgets are written in whole units, so decimals are refused, not rounded.
 */
export function parseCell(text: string, unit: MoneyUnit): CellParse {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  try {
    const figure = parseAmount(trimmed, { unit });
    if (figure.unit !== unit) return { ok: false, reason: `unit:${figure.unit}` };
    if (figure.ore % ORE_PER_UNIT[unit] !== 0) return { ok: false, reason: 'decimals' };
    return { ok: true, value: figure.ore };
  } catch (error) {
    if (error instanceof AmountParseError) return { ok: false, reason: 'notNumber' };
    throw error;
  }
}

export type PasteProblem = { row: number; column: number; text: string; reason: string };
export type PasteResult =
  { ok: true; values: Ore[][] } | { ok: false; problems: PasteProblem[]; values?: undefined };

/**
 * A block copied from Excel: rows by line break, cells by tab. A trailing line break (Excel
 * adds one) is not a row. Every cell must parse, or nothing is pasted.
 */
export function parsePastedBlock(text: string, unit: MoneyUnit): PasteResult {
  const rows = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  const values: Ore[][] = [];
  const problems: PasteProblem[] = [];
  rows.forEach((row, r) => {
    const parsed: Ore[] = [];
    row.split('\t').forEach((cell, c) => {
      const result = parseCell(cell, unit);
      if (result.ok) parsed.push(result.value);
      else problems.push({ row: r, column: c, text: cell, reason: result.reason });
    });
    values.push(parsed);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, values };
}
