// Budget figures back from a workbook written by renderPlanXlsx. Cells are mapped by the
// keys in the hidden column A and the hidden year row, never by labels. Every cell is
// checked; any problem means no edits at all (all or nothing), each problem named by
// sheet and cell ("Budget!C7") with what was found and what was expected.
import type { CellValue, Workbook, Worksheet } from 'exceljs';
import { ORE_PER_UNIT, toWholeUnits } from '../../core/money/money.ts';
import type { Budget, Plan } from '../../core/plan/types.ts';
import { loadWorkbook } from './load.ts';
import { BUDGET_SHEET, KEY, KEY_COLUMN, LABEL_COLUMN, address, qualified } from './layout.ts';

export type CellProblem = { sheet: string; cell: string | null; message: string };
/** Whole units of the budget's unit (tkr), signed as printed: the PATCH budget body's changes. */
export type BudgetEdit = { line: string; year: number; amount: number };
export type BudgetImport = { ok: true; edits: BudgetEdit[] } | { ok: false; problems: CellProblem[] };

/** "Budget!C7: not a number …", or "Budget: …" for a problem with the whole sheet. */
export function describeProblem(p: CellProblem): string {
  return `${p.cell === null ? p.sheet : qualified(p.sheet, p.cell)}: ${p.message}`;
}

type Read = { number: number } | { problem: string } | { empty: true };

/** A cell's value as a number, or why it is not one. Formulas count by their result. */
function readNumber(value: CellValue): Read {
  if (value === null || value === undefined || value === '') return { empty: true };
  if (typeof value === 'number') return { number: value };
  if (typeof value === 'string') {
    return value.trim() === ''
      ? { empty: true }
      : { problem: `not a number: found the text "${value}" (type the figure as a number, e.g. 10279)` };
  }
  if (typeof value === 'boolean') return { problem: `not a number: found ${String(value).toUpperCase()}` };
  if (value instanceof Date) return { problem: 'not a number: found a date' };
  if (typeof value === 'object' && 'error' in value) return { problem: `not a number: found ${value.error}` };
  if (typeof value === 'object' && 'result' in value) {
    const result = value.result;
    return typeof result === 'number'
      ? { number: result }
      : {
          problem: `not a number: the formula gives ${result === undefined ? 'no value' : JSON.stringify(result)}`,
        };
  }
  if (typeof value === 'object' && 'richText' in value)
    return { problem: `not a number: found the text "${value.richText.map((r) => r.text).join('')}"` };
  return { problem: 'not a number' };
}

const keyOf = (sheet: Worksheet, row: number): string => {
  const v = sheet.getCell(address(KEY_COLUMN, row)).value;
  return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
};

function readYears(sheet: Worksheet, budget: Budget, problems: CellProblem[]) {
  let keyRow = 0;
  sheet.eachRow({ includeEmpty: false }, (_row, n) => {
    if (keyRow === 0 && keyOf(sheet, n) === KEY.yearRow) keyRow = n;
  });
  if (keyRow === 0) {
    problems.push({
      sheet: sheet.name,
      cell: null,
      message: `no key row: column A has no "${KEY.yearRow}" cell (export the budget from Planvis and edit that file)`,
    });
    return { keyRow, years: new Map<number, number>() };
  }
  const unit = sheet.getCell(address(LABEL_COLUMN, keyRow)).value;
  if (unit !== budget.unit)
    problems.push({
      sheet: sheet.name,
      cell: address(LABEL_COLUMN, keyRow),
      message: `the sheet's unit is ${JSON.stringify(unit)}, the plan's budget is in ${budget.unit}`,
    });
  const known = new Set(budget.columns.map((c) => c.year));
  const years = new Map<number, number>(); // column → year
  const seen = new Map<number, string>();
  sheet.getRow(keyRow).eachCell({ includeEmpty: false }, (cell, column) => {
    if (column <= LABEL_COLUMN) return;
    const year = cell.value;
    if (typeof year !== 'number' || !known.has(year)) {
      problems.push({
        sheet: sheet.name,
        cell: cell.address,
        message: `unknown year ${JSON.stringify(year)}; the plan's columns are ${[...known].join(', ')}`,
      });
    } else if (seen.has(year)) {
      problems.push({
        sheet: sheet.name,
        cell: cell.address,
        message: `year ${year} again (also in ${seen.get(year)})`,
      });
    } else {
      seen.set(year, cell.address);
      years.set(column, year);
    }
  });
  return { keyRow, years };
}

export async function importBudgetXlsx(data: Uint8Array, plan: Plan): Promise<BudgetImport> {
  let workbook: Workbook;
  try {
    workbook = await loadWorkbook(data);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ sheet: '(file)', cell: null, message: `not an XLSX workbook: ${reason}` }],
    };
  }
  const sheet = workbook.getWorksheet(BUDGET_SHEET);
  if (!sheet) {
    const names = workbook.worksheets.map((w) => `"${w.name}"`).join(', ') || 'none';
    return {
      ok: false,
      problems: [{ sheet: BUDGET_SHEET, cell: null, message: `missing sheet; the workbook has ${names}` }],
    };
  }
  const { budget } = plan;
  const problems: CellProblem[] = [];
  const { keyRow, years } = readYears(sheet, budget, problems);
  const maxUnits = Math.floor(Number.MAX_SAFE_INTEGER / ORE_PER_UNIT[budget.unit]);
  const lines = new Map(budget.lines.map((l) => [l.key, l]));
  const seenLines = new Map<string, number>();
  const edits: BudgetEdit[] = [];

  sheet.eachRow({ includeEmpty: false }, (row, n) => {
    if (keyRow === 0 || n <= keyRow) return;
    const key = keyOf(sheet, n);
    if (key.startsWith('#')) return; // computed or stated rows: not figures to import
    const line = key === '' ? undefined : lines.get(key);
    const where = (column: number) => ({ sheet: sheet.name, cell: address(column, n) });
    if (key !== '' && !line) {
      problems.push({
        ...where(KEY_COLUMN),
        message: `unknown line key "${key}"; the plan's lines are ${[...lines.keys()].join(', ')}`,
      });
      return;
    }
    if (line && seenLines.has(key)) {
      problems.push({
        ...where(KEY_COLUMN),
        message: `line "${key}" again (also on row ${seenLines.get(key)})`,
      });
      return;
    }
    if (line) seenLines.set(key, n);
    for (const [column, year] of years) {
      const read = readNumber(row.getCell(column).value);
      const current = line?.amounts.get(year);
      if ('empty' in read) {
        if (line && current !== undefined)
          problems.push({
            ...where(column),
            message: `empty; expected a whole number of ${budget.unit} (0 for none)`,
          });
        continue;
      }
      if (!line) {
        problems.push({ ...where(column), message: 'a figure on a row without a line key in column A' });
        continue;
      }
      if ('problem' in read) problems.push({ ...where(column), message: read.problem });
      else if (!Number.isInteger(read.number))
        problems.push({
          ...where(column),
          message: `${read.number} has decimals; expected whole ${budget.unit}`,
        });
      else if (Math.abs(read.number) > maxUnits)
        problems.push({ ...where(column), message: `${read.number} is too large` });
      else if (current === undefined || toWholeUnits(current, budget.unit) !== read.number)
        edits.push({ line: key, year, amount: read.number === 0 ? 0 : read.number });
    }
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, edits };
}
