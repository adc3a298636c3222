// A revenue note ("Not intäkter 2026, tkr"): items by financing group, each group summed
// by a formula, and the note's total below.
import type { Workbook, Worksheet } from 'exceljs';
import { sum, toWholeUnits } from '../../core/money/money.ts';
import type { RevenueNotes } from '../../core/plan/types.ts';
import { HEADER_ROW, KEY, TITLE_ROW, WHOLE_FORMAT, address } from './layout.ts';
import { styleHeader, styleTitle, styleTotal } from './style.ts';

const AMOUNT_COLUMN = 3;

export function writeNotesSheet(workbook: Workbook, notes: RevenueNotes, name: string): Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 2, ySplit: HEADER_ROW }] });
  sheet.getColumn(1).width = 22;
  sheet.getColumn(1).hidden = true;
  sheet.getColumn(2).width = 52;
  sheet.getColumn(AMOUNT_COLUMN).width = 16;

  const title = sheet.getCell(address(2, TITLE_ROW));
  title.value = notes.title;
  styleTitle(title);
  const header = sheet.getRow(HEADER_ROW);
  header.getCell(1).value = 'Område (nyckel)';
  header.getCell(2).value = 'Intäkt';
  header.getCell(AMOUNT_COLUMN).value = `${notes.year}, ${notes.unit}`;
  styleHeader(header, AMOUNT_COLUMN);

  let rowNumber = HEADER_ROW + 1;
  const subtotals: { address: string; value: number }[] = [];
  for (const group of notes.groups) {
    const heading = sheet.getRow(rowNumber++);
    heading.getCell(2).value = group.label;
    heading.getCell(2).font = { bold: true };
    const first = rowNumber;
    for (const item of group.items) {
      const row = sheet.getRow(rowNumber++);
      row.getCell(1).value = item.area;
      row.getCell(2).value = item.footnote ? `${item.label} (${item.footnote})` : item.label;
      const cell = row.getCell(AMOUNT_COLUMN);
      cell.value = toWholeUnits(item.amount, notes.unit);
      cell.numFmt = WHOLE_FORMAT;
    }
    const subtotal = sheet.getRow(rowNumber++);
    const value = toWholeUnits(sum(group.items.map((i) => i.amount)), notes.unit);
    subtotal.getCell(1).value = KEY.total;
    subtotal.getCell(2).value = `Summa ${group.label.toLowerCase()}`;
    const cell = subtotal.getCell(AMOUNT_COLUMN);
    cell.value =
      group.items.length > 0
        ? {
            formula: `SUM(${address(AMOUNT_COLUMN, first)}:${address(AMOUNT_COLUMN, rowNumber - 2)})`,
            result: value,
          }
        : 0;
    cell.numFmt = WHOLE_FORMAT;
    styleTotal(subtotal, AMOUNT_COLUMN);
    subtotals.push({ address: address(AMOUNT_COLUMN, rowNumber - 1), value });
    rowNumber++;
  }

  const total = sheet.getRow(rowNumber);
  total.getCell(1).value = KEY.total;
  total.getCell(2).value = 'Summa intäkter enligt noten';
  const cell = total.getCell(AMOUNT_COLUMN);
  cell.value = {
    formula: subtotals.length > 0 ? subtotals.map((s) => s.address).join('+') : '0',
    result: subtotals.reduce((a, s) => a + s.value, 0),
  };
  cell.numFmt = WHOLE_FORMAT;
  styleTotal(total, AMOUNT_COLUMN);
  return sheet;
}
