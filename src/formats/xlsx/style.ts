// The few styles the sheets share: a title, a header row, a total row.
import type { Cell, Row } from 'exceljs';

export function styleTitle(cell: Cell): void {
  cell.font = { bold: true, size: 13 };
}

export function styleHeader(row: Row, lastColumn: number): void {
  for (let c = 1; c <= lastColumn; c++) {
    const cell = row.getCell(c);
    cell.font = { bold: true };
    cell.border = { bottom: { style: 'thin' } };
    cell.alignment = c > 2 ? { horizontal: 'right', wrapText: true } : { wrapText: true };
  }
}

export function styleTotal(row: Row, lastColumn: number): void {
  for (let c = 2; c <= lastColumn; c++) {
    const cell = row.getCell(c);
    cell.font = { bold: true };
    cell.border = { top: { style: 'thin' } };
  }
}
