// The budget sheet: lines × year columns in the table's unit, the computed result as a
// live SUM formula (with its value cached, so readers that do not calculate still see it),
// and the plan's stated result beside it where the document states one.
import type { Workbook, Worksheet } from 'exceljs';
import { computedResult } from '../../core/budget/result.ts';
import { toWholeUnits } from '../../core/money/money.ts';
import type { Budget } from '../../core/plan/types.ts';
import {
  BUDGET_SHEET,
  FIRST_DATA_ROW,
  FIRST_FIGURE_COLUMN,
  HEADER_ROW,
  KEY,
  KEY_COLUMN,
  KEY_ROW,
  LABEL_COLUMN,
  TITLE_ROW,
  WHOLE_FORMAT,
  address,
} from './layout.ts';
import { styleHeader, styleTitle, styleTotal } from './style.ts';

export function writeBudgetSheet(workbook: Workbook, budget: Budget): Worksheet {
  const sheet = workbook.addWorksheet(BUDGET_SHEET, {
    views: [{ state: 'frozen', xSplit: LABEL_COLUMN, ySplit: HEADER_ROW }],
  });
  const lastColumn = FIRST_FIGURE_COLUMN + budget.columns.length - 1;
  sheet.getColumn(KEY_COLUMN).width = 22;
  sheet.getColumn(KEY_COLUMN).hidden = true;
  sheet.getColumn(LABEL_COLUMN).width = 32;
  for (let c = FIRST_FIGURE_COLUMN; c <= lastColumn; c++) sheet.getColumn(c).width = 16;

  const title = sheet.getCell(address(LABEL_COLUMN, TITLE_ROW));
  title.value = `${budget.title}, ${budget.unit}`;
  styleTitle(title);

  // The key row: what an import maps by. Hidden, but plainly labelled for whoever unhides it.
  const keyRow = sheet.getRow(KEY_ROW);
  keyRow.getCell(KEY_COLUMN).value = KEY.yearRow;
  keyRow.getCell(LABEL_COLUMN).value = budget.unit;
  budget.columns.forEach((c, i) => (keyRow.getCell(FIRST_FIGURE_COLUMN + i).value = c.year));
  keyRow.hidden = true;

  const header = sheet.getRow(HEADER_ROW);
  header.getCell(KEY_COLUMN).value = '# Nyckel – ändra inte';
  header.getCell(LABEL_COLUMN).value = budget.unit;
  budget.columns.forEach((c, i) => (header.getCell(FIRST_FIGURE_COLUMN + i).value = c.label));
  styleHeader(header, lastColumn);

  budget.lines.forEach((line, i) => {
    const row = sheet.getRow(FIRST_DATA_ROW + i);
    row.getCell(KEY_COLUMN).value = line.key;
    row.getCell(LABEL_COLUMN).value = line.label;
    budget.columns.forEach((c, j) => {
      const amount = line.amounts.get(c.year);
      const cell = row.getCell(FIRST_FIGURE_COLUMN + j);
      if (amount !== undefined) cell.value = toWholeUnits(amount, budget.unit);
      cell.numFmt = WHOLE_FORMAT;
    });
  });

  const lastLineRow = FIRST_DATA_ROW + budget.lines.length - 1;
  const resultRow = sheet.getRow(lastLineRow + 1);
  resultRow.getCell(KEY_COLUMN).value = KEY.result;
  resultRow.getCell(LABEL_COLUMN).value = budget.result.label;
  budget.columns.forEach((c, j) => {
    const column = FIRST_FIGURE_COLUMN + j;
    const cell = resultRow.getCell(column);
    cell.value = {
      formula: `SUM(${address(column, FIRST_DATA_ROW)}:${address(column, lastLineRow)})`,
      result: toWholeUnits(computedResult(budget, c.year), budget.unit),
    };
    cell.numFmt = WHOLE_FORMAT;
  });
  styleTotal(resultRow, lastColumn);

  // The document's own figure, kept as stated (it may disagree with the sum above).
  if (budget.result.stated.size > 0) {
    const stated = sheet.getRow(lastLineRow + 2);
    stated.getCell(KEY_COLUMN).value = KEY.stated;
    stated.getCell(LABEL_COLUMN).value = `${budget.result.label} enligt planen`;
    budget.columns.forEach((c, j) => {
      const amount = budget.result.stated.get(c.year);
      const cell = stated.getCell(FIRST_FIGURE_COLUMN + j);
      if (amount !== undefined) cell.value = toWholeUnits(amount, budget.unit);
      cell.numFmt = WHOLE_FORMAT;
      cell.font = { italic: true };
    });
    stated.getCell(LABEL_COLUMN).font = { italic: true };
  }
  return sheet;
}
