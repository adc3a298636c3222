// Budget figures read back from an exported workbook: a round trip with one cell changed
// yields exactly that edit; each bad cell is named by sheet!address with its reason, and
// a file with any bad cell yields no edits at all.
import type ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPlanXlsx } from './export-xlsx.ts';
import { loadWorkbook } from './load.ts';
import { describeProblem, importBudgetXlsx } from './import-xlsx.ts';
import type { BudgetImport } from './import-xlsx.ts';
import { TEST_META, nrfPlan } from './testing.ts';

const plan = nrfPlan();
let exported: Uint8Array;

beforeAll(async () => {
  exported = await renderPlanXlsx(plan, TEST_META);
});

/** The exported workbook changed by `edit`, as a spreadsheet program would save it. */
async function modified(edit: (budget: Worksheet, wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = await loadWorkbook(exported);
  const budget = wb.getWorksheet('Budget');
  if (!budget) throw new Error('no Budget sheet');
  edit(budget, wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const messages = (r: BudgetImport) => (r.ok ? [] : r.problems.map(describeProblem));

// Layout: lines on rows 4..9 (revenue, staffCosts, purchasedServices, otherCosts,
// memberContributions, equityReversal), years 2025..2028 in columns C..F.
describe('XLSX budget import', () => {
  it('finds no edits in the file as exported', async () => {
    expect(await importBudgetXlsx(exported, plan)).toEqual({ ok: true, edits: [] });
  });

  it('round-trips one changed cell as exactly one edit', async () => {
    const data = await modified((s) => (s.getCell('E7').value = -1500)); // otherCosts 2027, was −1 424
    expect(await importBudgetXlsx(data, plan)).toEqual({
      ok: true,
      edits: [{ line: 'otherCosts', year: 2027, amount: -1500 }],
    });
  });

  it('maps by the keys, not by position: rows moved and labels changed still map', async () => {
    const data = await modified((s) => {
      s.spliceRows(4, 0, ['', 'En tom rad']);
      s.getCell('B9').value = 'Medlemsbidrag';
      s.getCell('D9').value = 10300; // memberContributions 2026, now on row 9
    });
    expect(await importBudgetXlsx(data, plan)).toEqual({
      ok: true,
      edits: [{ line: 'memberContributions', year: 2026, amount: 10300 }],
    });
  });

  it('accepts a formula in a figure cell by its value', async () => {
    const data = await modified((s) => (s.getCell('C4').value = { formula: '54000+220', result: 54220 }));
    expect(await importBudgetXlsx(data, plan)).toEqual({ ok: true, edits: [] });
  });

  it('names every bad cell with sheet!address and reason, and returns no edits', async () => {
    const data = await modified((s) => {
      s.getCell('D5').value = -8500; // a good change, which must not be returned
      s.getCell('C7').value = 'tusen';
      s.getCell('D8').value = 10279.5;
      s.getCell('E4').value = null;
      s.getCell('A6').value = 'travelCosts';
      s.getCell('F2').value = 2031;
    });
    const result = await importBudgetXlsx(data, plan);
    expect(result.ok).toBe(false);
    expect(messages(result)).toEqual([
      "Budget!F2: unknown year 2031; the plan's columns are 2025, 2026, 2027, 2028",
      'Budget!E4: empty; expected a whole number of tkr (0 for none)',
      'Budget!A6: unknown line key "travelCosts"; the plan\'s lines are revenue, staffCosts, purchasedServices, otherCosts, memberContributions, equityReversal',
      'Budget!C7: not a number: found the text "tusen" (type the figure as a number, e.g. 10279)',
      'Budget!D8: 10279.5 has decimals; expected whole tkr',
    ]);
  });

  it('reports a missing Budget sheet, a missing key row and a file that is not a workbook', async () => {
    const renamed = await modified((s) => (s.name = 'Budget 2026'));
    expect(messages(await importBudgetXlsx(renamed, plan))).toEqual([
      'Budget: missing sheet; the workbook has "Budget 2026", "Not intäkter 2026", "Bilaga 1 2026"',
    ]);
    const noKeys = await modified((s) => (s.getCell('A2').value = null));
    expect(messages(await importBudgetXlsx(noKeys, plan))).toEqual([
      'Budget: no key row: column A has no "#year" cell (export the budget from Planvis and edit that file)',
    ]);
    const notXlsx = await importBudgetXlsx(new TextEncoder().encode('year,amount\n2026,1\n'), plan);
    expect(messages(notXlsx)[0]).toMatch(/^\(file\): not an XLSX workbook/);
  });

  it('reports a figure on a row without a key, a duplicated line and the wrong unit', async () => {
    const data = await modified((s) => {
      s.getCell('B12').value = 'Ny rad';
      s.getCell('D12').value = 5;
      s.getCell('A13').value = 'revenue';
      s.getCell('B2').value = 'mnkr';
    });
    expect(messages(await importBudgetXlsx(data, plan))).toEqual([
      'Budget!B2: the sheet\'s unit is "mnkr", the plan\'s budget is in tkr',
      'Budget!D12: a figure on a row without a line key in column A',
      'Budget!A13: line "revenue" again (also on row 4)',
    ]);
  });
});
