// CSV as RFC 4180 says: CRLF line ends, a header line, fields quoted when they hold a
// comma, a quote or a line break, quotes doubled. UTF-8 without a byte-order mark.
export type CsvValue = string | number | null;

function field(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new RangeError(`CSV amounts are whole numbers, got ${value}`);
    return String(value);
  }
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row, i) => {
    if (row.length !== header.length)
      throw new RangeError(`CSV row ${i} has ${row.length} fields, the header ${header.length}`);
    return row.map(field).join(',');
  });
  return lines.map((l) => `${l}\r\n`).join('');
}

/** Reads RFC 4180 CSV back (for tests and checks): rows of fields, header first. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let fieldText = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        fieldText += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else fieldText += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(fieldText);
      fieldText = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(fieldText);
      rows.push(row);
      row = [];
      fieldText = '';
      i++;
    } else fieldText += ch;
  }
  if (fieldText !== '' || row.length > 0) rows.push([...row, fieldText]);
  return rows;
}
