// The layout Planvis writes its workbooks in and reads budget figures back from. The
// budget sheet carries keys that do not depend on the labels: column A (hidden) holds
// each row's line key and a hidden row holds each column's year, so a figure maps back
// to (line, year) even after someone edits labels or moves rows.

/** Sheet names (Excel allows at most 31 characters and no []:*?/\). */
export const BUDGET_SHEET = 'Budget';
export const notesSheetName = (year: number): string => `Not intäkter ${year}`;
export const contributionsSheetName = (year: number): string => `Bilaga 1 ${year}`;

/** Markers in the key column (A). A line key never starts with "#". */
export const KEY = {
  /** The hidden row whose cells hold each column's year (budget) or member code (Bilaga 1). */
  yearRow: '#year',
  memberRow: '#member',
  /** A computed row: a formula, never imported. */
  result: '#result',
  total: '#total',
  stated: '#stated',
  share: '#share',
} as const;

/** Key column and first column of figures on the budget sheet. */
export const KEY_COLUMN = 1;
export const LABEL_COLUMN = 2;
export const FIRST_FIGURE_COLUMN = 3;
/** Rows: title, hidden key row, header; figures start below. */
export const TITLE_ROW = 1;
export const KEY_ROW = 2;
export const HEADER_ROW = 3;
export const FIRST_DATA_ROW = 4;

/**
 * Whole numbers with a thousands separator and a true minus sign (U+2212), as the plan
 * prints them. "#,##0" groups with the reader's locale separator: a space in Swedish
 * Excel and LibreOffice ("10 279"); a literal "# ##0" would misplace groups beyond six
 * digits, so the grouping is left to the locale.
 */
export const WHOLE_FORMAT = '#,##0;"\u2212"#,##0;0';
/** Percent shares as stated, e.g. 26,71 (the plan's shares are percentages, not fractions). */
export const SHARE_FORMAT = '0.00;"\u2212"0.00';

/** A1-style column letters: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function address(column: number, row: number): string {
  return `${columnLetter(column)}${row}`;
}

/** A sheet-qualified reference as Excel writes it: Budget!C7, 'Bilaga 1 2026'!D5. */
export function qualified(sheet: string, cell: string): string {
  return /^[A-Za-z0-9_]+$/.test(sheet) ? `${sheet}!${cell}` : `'${sheet.replace(/'/g, "''")}'!${cell}`;
}
