// Bilaga 1: contributions per area (rows) and member region (columns). Each split row
// gets a row sum, the member-financed rows a column total, both as formulas; the plan's
// stated total row and the population shares follow as stated figures.
import type { Workbook, Worksheet } from 'exceljs';
import { decimalToString } from '../../core/money/decimal.ts';
import type { Decimal } from '../../core/money/decimal.ts';
import { sum, toWholeUnits, ZERO } from '../../core/money/money.ts';
import type { ContributionTable, Member } from '../../core/plan/types.ts';
import { HEADER_ROW, KEY, KEY_ROW, SHARE_FORMAT, TITLE_ROW, WHOLE_FORMAT, address } from './layout.ts';
import { styleHeader, styleTitle, styleTotal } from './style.ts';

const TOTAL_COLUMN = 3;
const FIRST_MEMBER_COLUMN = 4;

/** A share as a spreadsheet number (26.71): display only, the exact value stays in the plan. */
const shareNumber = (d: Decimal): number => Number(decimalToString(d));

export function writeContributionsSheet(
  workbook: Workbook,
  table: ContributionTable,
  members: readonly Member[],
  name: string,
): Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 2, ySplit: HEADER_ROW }],
  });
  const sumColumn = FIRST_MEMBER_COLUMN + members.length;
  const memberColumns = members.map((m, i) => ({ member: m, column: FIRST_MEMBER_COLUMN + i }));
  const units = (ore: Parameters<typeof toWholeUnits>[0]) => toWholeUnits(ore, table.unit);
  sheet.getColumn(1).width = 22;
  sheet.getColumn(1).hidden = true;
  sheet.getColumn(2).width = 52;
  for (let c = TOTAL_COLUMN; c <= sumColumn; c++) sheet.getColumn(c).width = 14;

  const title = sheet.getCell(address(2, TITLE_ROW));
  title.value = table.title;
  styleTitle(title);
  const keyRow = sheet.getRow(KEY_ROW);
  keyRow.getCell(1).value = KEY.memberRow;
  keyRow.getCell(2).value = table.unit;
  keyRow.getCell(TOTAL_COLUMN).value = KEY.total;
  for (const { member, column } of memberColumns) keyRow.getCell(column).value = member.code;
  keyRow.getCell(sumColumn).value = KEY.result;
  keyRow.hidden = true;
  const header = sheet.getRow(HEADER_ROW);
  header.getCell(1).value = 'Område (nyckel)';
  header.getCell(2).value = table.unit;
  header.getCell(TOTAL_COLUMN).value = 'Belopp';
  for (const { member, column } of memberColumns)
    header.getCell(column).value = member.printedName ?? member.name;
  header.getCell(sumColumn).value = 'Summa regioner';
  styleHeader(header, sumColumn);

  let rowNumber = HEADER_ROW + 1;
  const splitRows: number[] = [];
  const setNumber = (row: number, column: number, value: number | null, format = WHOLE_FORMAT) => {
    const cell = sheet.getCell(address(column, row));
    if (value !== null) cell.value = value;
    cell.numFmt = format;
  };
  for (const area of table.areas) {
    const heading = sheet.getRow(rowNumber++);
    heading.getCell(1).value = area.area;
    heading.getCell(2).value = area.heading;
    heading.getCell(2).font = { bold: true };
    for (const r of area.rows) {
      const row = rowNumber++;
      sheet.getCell(address(1, row)).value = area.area;
      sheet.getCell(address(2, row)).value = r.label;
      setNumber(row, TOTAL_COLUMN, r.total === null ? null : units(r.total));
      if (r.perMember === null) continue;
      splitRows.push(row);
      for (const { member, column } of memberColumns) {
        const amount = r.perMember.get(member.code);
        setNumber(row, column, amount === undefined ? null : units(amount));
      }
      const cell = sheet.getCell(address(sumColumn, row));
      cell.value = {
        formula: `SUM(${address(FIRST_MEMBER_COLUMN, row)}:${address(sumColumn - 1, row)})`,
        result: units(sum(members.map((m) => r.perMember?.get(m.code) ?? ZERO))),
      };
      cell.numFmt = WHOLE_FORMAT;
    }
  }

  // Column totals over the rows the members pay (split rows), as the plan's "Summa från regionerna".
  const splitAmounts = table.areas.flatMap((a) => a.rows).filter((r) => r.perMember !== null);
  const totalRow = sheet.getRow(rowNumber++);
  totalRow.getCell(1).value = KEY.total;
  totalRow.getCell(2).value = table.totalRow.label;
  const columnTotal = (column: number, value: number) => {
    const cell = totalRow.getCell(column);
    const refs = splitRows.map((r) => address(column, r));
    cell.value = { formula: refs.length > 0 ? `SUM(${refs.join(',')})` : '0', result: value };
    cell.numFmt = WHOLE_FORMAT;
  };
  columnTotal(TOTAL_COLUMN, units(sum(splitAmounts.map((r) => r.total ?? ZERO))));
  for (const { member, column } of memberColumns)
    columnTotal(column, units(sum(splitAmounts.map((r) => r.perMember?.get(member.code) ?? ZERO))));
  columnTotal(
    sumColumn,
    units(sum(splitAmounts.flatMap((r) => members.map((m) => r.perMember?.get(m.code) ?? ZERO)))),
  );
  styleTotal(totalRow, sumColumn);

  const stated = rowNumber++;
  sheet.getCell(address(1, stated)).value = KEY.stated;
  sheet.getCell(address(2, stated)).value = `${table.totalRow.label} enligt planen`;
  setNumber(stated, TOTAL_COLUMN, units(table.totalRow.total));
  for (const { member, column } of memberColumns) {
    const amount = table.totalRow.perMember.get(member.code);
    setNumber(stated, column, amount === undefined ? null : units(amount));
  }
  sheet.getRow(stated).font = { italic: true };

  if (table.shareRow) {
    const share = rowNumber;
    sheet.getCell(address(1, share)).value = KEY.share;
    sheet.getCell(address(2, share)).value = table.shareRow.label;
    setNumber(share, TOTAL_COLUMN, shareNumber(table.shareRow.total), SHARE_FORMAT);
    for (const { member, column } of memberColumns) {
      const d = table.shareRow.perMember.get(member.code);
      setNumber(share, column, d === undefined ? null : shareNumber(d), SHARE_FORMAT);
    }
  }
  return sheet;
}
