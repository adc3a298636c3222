// Reads workbook bytes with ExcelJS. Its typings name an older Node Buffer type than
// @types/node 20's generic one; the bytes are the same, so the cast is only for the types.
import ExcelJS from 'exceljs';

type LoadInput = Parameters<ExcelJS.Xlsx['load']>[0];

export async function loadWorkbook(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  await workbook.xlsx.load(buffer as unknown as LoadInput);
  return workbook;
}
