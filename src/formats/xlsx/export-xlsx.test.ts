// The exported workbook read back with ExcelJS: values, number formats, formulas and
// their cached results, keys. Expected figures are the seed document's (NRF 2026–2028).
import type ExcelJS from 'exceljs';
import type { CellFormulaValue, Worksheet } from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPlanXlsx } from './export-xlsx.ts';
import { WHOLE_FORMAT } from './layout.ts';
import { loadWorkbook } from './load.ts';
import { TEST_META, nrfPlan } from './testing.ts';

let workbook: ExcelJS.Workbook;
const sheet = (name: string): Worksheet => {
  const s = workbook.getWorksheet(name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};
/** The row whose column B (label) is exactly this text. */
function rowOf(s: Worksheet, label: string): number {
  let found = 0;
  s.eachRow((row, n) => {
    if (found === 0 && row.getCell(2).value === label) found = n;
  });
  if (found === 0) throw new Error(`no row "${label}" on ${s.name}`);
  return found;
}
const formula = (s: Worksheet, ref: string) => s.getCell(ref).value as CellFormulaValue;

beforeAll(async () => {
  workbook = await loadWorkbook(await renderPlanXlsx(nrfPlan(), TEST_META));
});

describe('XLSX export of NRF 2026–2028', () => {
  it('has one sheet per table', () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Budget', 'Not intäkter 2026', 'Bilaga 1 2026']);
  });

  it('writes the budget lines × years in tkr as numbers with a Swedish-looking format', () => {
    const s = sheet('Budget');
    // Key row (hidden): years in C2..F2; lines keyed in hidden column A.
    expect([2, 3, 4, 5, 6].map((c) => s.getRow(2).getCell(c).value)).toEqual(['tkr', 2025, 2026, 2027, 2028]);
    expect(s.getRow(2).hidden).toBe(true);
    expect(s.getColumn(1).hidden).toBe(true);
    const members = rowOf(s, 'Bidrag från medlemmar');
    expect(s.getCell(`A${members}`).value).toBe('memberContributions');
    expect(s.getCell(`D${members}`).value).toBe(10279); // 2026
    expect(s.getCell(`D${members}`).numFmt).toBe(WHOLE_FORMAT);
    expect(WHOLE_FORMAT).toBe('#,##0;"\u2212"#,##0;0');
    expect(s.getCell(`F${rowOf(s, 'Köpt verksamhet')}`).value).toBe(-46555); // 2028
    expect(s.getCell('D3').value).toBe('Budget 2026');
  });

  it('computes Budgeterat resultat with a live SUM formula and its value cached', () => {
    const s = sheet('Budget');
    const r = rowOf(s, 'Budgeterat resultat');
    expect(s.getCell(`A${r}`).value).toBe('#result');
    // Six lines on rows 4..9.
    expect(formula(s, `D${r}`)).toEqual({ formula: 'SUM(D4:D9)', result: -1988 });
    // 2027 computed: 44 937 − 8 549 − 46 426 − 1 424 + 10 514 = −948; the plan states −947.
    expect(formula(s, `E${r}`).result).toBe(-948);
    const stated = rowOf(s, 'Budgeterat resultat enligt planen');
    expect(s.getCell(`E${stated}`).value).toBe(-947);
    expect(s.getCell(`D${r}`).numFmt).toBe(WHOLE_FORMAT);
  });

  it('freezes the header rows and the label column', () => {
    const view = sheet('Budget').views[0];
    expect(view).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 3 });
    expect(sheet('Bilaga 1 2026').views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  });

  it('writes the revenue note with group sums as formulas', () => {
    const s = sheet('Not intäkter 2026');
    expect(s.getCell(`C${rowOf(s, 'RCC - statsbidrag')}`).value).toBe(16916);
    const grants = formula(s, `C${rowOf(s, 'Summa intäkter – statsbidrag')}`);
    // 16 916 + 493 = 17 409
    expect(grants.result).toBe(17409);
    expect(grants.formula).toMatch(/^SUM\(C\d+:C\d+\)$/);
    // 15 855 + 7 726 + 1 681 + 605 + 1 100 = 26 967 co-financing; + 17 409 + 10 279 = 54 655
    expect(formula(s, `C${rowOf(s, 'Summa intäkter - samfinansiering')}`).result).toBe(26967);
    expect(formula(s, `C${rowOf(s, 'Summa intäkter enligt noten')}`).result).toBe(54655);
  });

  it('writes Bilaga 1 as areas × member regions with row and column totals', () => {
    const s = sheet('Bilaga 1 2026');
    expect([4, 5, 6, 7].map((c) => s.getRow(2).getCell(c).value)).toEqual(['RVN', 'RJH', 'RV', 'RN']);
    expect([3, 4, 5, 6, 7, 8].map((c) => s.getRow(3).getCell(c).value)).toEqual([
      'Belopp',
      'Region VN',
      'Region JH',
      'Region V',
      'Region N',
      'Summa regioner',
    ]);
    const office = rowOf(s, 'Medlemsbidrag');
    expect([3, 4, 5, 6, 7].map((c) => s.getRow(office).getCell(c).value)).toEqual([
      10279, 2745, 1510, 3196, 2827,
    ]);
    // Row sum: 2 745 + 1 510 + 3 196 + 2 827 = 10 278 (the plan states 10 279).
    expect(formula(s, `H${office}`)).toEqual({ formula: `SUM(D${office}:G${office})`, result: 10278 });

    const total = rowOf(s, 'Summa från regionerna');
    expect(s.getCell(`A${total}`).value).toBe('#total');
    // Columns summed over the six member-financed rows:
    // RVN 2 745 + 4 235 + 2 063 + 449 + 161 + 294 = 9 947 (stated 9 948)
    // RJH 1 510 + 2 330 + 1 135 + 247 + 89 + 162 = 5 473
    // RV 3 196 + 4 930 + 2 403 + 523 + 188 + 342 = 11 582
    // RN 2 827 + 4 360 + 2 125 + 462 + 166 + 302 = 10 242 (stated 10 243)
    // Belopp 10 279 + 15 855 + 7 726 + 1 681 + 605 + 1 100 = 37 246 (stated 37 245)
    expect(['C', 'D', 'E', 'F', 'G', 'H'].map((c) => formula(s, `${c}${total}`).result)).toEqual([
      37246, 9947, 5473, 11582, 10242, 37244,
    ]);
    expect(formula(s, `D${total}`).formula).toMatch(/^SUM\(D\d+(,D\d+){5}\)$/);
    const stated = rowOf(s, 'Summa från regionerna enligt planen');
    expect([3, 4, 5, 6, 7].map((c) => s.getRow(stated).getCell(c).value)).toEqual([
      37245, 9948, 5473, 11582, 10243,
    ]);
    const shares = rowOf(s, 'Befolkningsandel enl SCB 31 dec 2024');
    expect([3, 4, 7].map((c) => s.getRow(shares).getCell(c).value)).toEqual([100, 26.71, 27.5]);
    // The state grant is not split: an amount, no member figures, no row sum.
    const grant = rowOf(s, 'Statsbidrag');
    expect([3, 4, 8].map((c) => s.getRow(grant).getCell(c).value)).toEqual([16916, null, null]);
  });
});
