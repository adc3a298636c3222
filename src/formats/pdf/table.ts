// Tables laid out by hand, since PDFKit's own table neither repeats its header row on
// a new page nor lets us mark the repetition as an artifact. Tagged as Table > Caption,
// THead/TBody > TR > TH/TD; numbers right-aligned in DejaVu's tabular digits.
import type { Table, TableRow } from '../documents/model.ts';
import { COLOR, SIZE, artifact, bottom, contentWidth, left, setFont, tagged } from './context.ts';
import type { Ctx, Doc, Struct } from './context.ts';

const PAD_X = 4;
const PAD_Y = 3;
const INDENT = 9;

type Layout = { x: number[]; w: number[] };

function layout(doc: Doc, table: Table): Layout {
  const total = table.columns.reduce((n, c) => n + c.weight, 0);
  const w = table.columns.map((c) => (contentWidth(doc) * c.weight) / total);
  const x: number[] = [];
  let at = left(doc);
  for (const width of w) {
    x.push(at);
    at += width;
  }
  return { x, w };
}

type Cell = { text: string; col: number; span: number; bold: boolean; indent: number };

function cellsOf(table: Table, row: TableRow | 'header'): Cell[] {
  if (row === 'header')
    return table.columns.map((c, col) => ({ text: c.header, col, span: 1, bold: true, indent: 0 }));
  if (row.kind === 'group')
    return [{ text: row.text, col: 0, span: table.columns.length, bold: true, indent: 0 }];
  const indent = row.kind === 'body' ? (row.indent ?? 0) : 0;
  return row.cells.map((text, col) => ({
    text,
    col,
    span: 1,
    bold: row.kind === 'total',
    indent: col === 0 ? indent : 0,
  }));
}

function spanWidth(l: Layout, c: Cell): number {
  return l.w.slice(c.col, c.col + c.span).reduce((n, w) => n + w, 0);
}

function rowHeight(doc: Doc, l: Layout, cells: readonly Cell[]): number {
  let h = 0;
  for (const c of cells) {
    setFont(doc, c.bold ? 'bold' : 'regular', SIZE.table);
    const width = spanWidth(l, c) - 2 * PAD_X - c.indent * INDENT;
    h = Math.max(h, doc.heightOfString(c.text || ' ', { width, lineGap: 1 }));
  }
  return h + 2 * PAD_Y;
}

function drawDecoration(doc: Doc, l: Layout, kind: TableRow['kind'] | 'header', y: number, h: number): void {
  const x0 = l.x[0] ?? left(doc);
  const width = contentWidth(doc);
  artifact(doc, () => {
    if (kind === 'header' || kind === 'group') {
      doc.rect(x0, y, width, h).fill(kind === 'header' ? COLOR.header : COLOR.group);
    }
    doc.lineWidth(kind === 'total' ? 0.8 : 0.3).strokeColor(kind === 'body' ? '#c8c8c8' : COLOR.rule);
    if (kind === 'total')
      doc
        .moveTo(x0, y)
        .lineTo(x0 + width, y)
        .stroke();
    doc
      .moveTo(x0, y + h)
      .lineTo(x0 + width, y + h)
      .stroke();
  });
}

function drawCellText(doc: Doc, table: Table, l: Layout, c: Cell, y: number): void {
  setFont(doc, c.bold ? 'bold' : 'regular', SIZE.table);
  const x = (l.x[c.col] ?? 0) + PAD_X + c.indent * INDENT;
  const width = spanWidth(l, c) - 2 * PAD_X - c.indent * INDENT;
  const align = c.span > 1 ? 'left' : (table.columns[c.col]?.align ?? 'left');
  doc.text(c.text, x, y + PAD_Y, { width, align, lineGap: 1 });
}

/** Draws one row at doc.y; `tr` tags its cells, or null draws them as an artifact (a repeated header). */
function drawRow(
  ctx: Ctx,
  table: Table,
  l: Layout,
  row: TableRow | 'header',
  tr: Struct | null,
  h: number,
): void {
  const { doc } = ctx;
  const cells = cellsOf(table, row);
  const kind = row === 'header' ? 'header' : row.kind;
  const y = doc.y;
  drawDecoration(doc, l, kind, y, h);
  for (const c of cells) {
    const draw = () => drawCellText(doc, table, l, c, y);
    if (tr === null) artifact(doc, draw, 'Pagination');
    // Header cells and group rows are TH, so a screen reader announces them with the data.
    else tagged(ctx, tr, row === 'header' || kind === 'group' || c.col === 0 ? 'TH' : 'TD', draw);
  }
  doc.y = y + h;
}

export function drawTable(ctx: Ctx, parent: Struct, table: Table): void {
  const { doc } = ctx;
  const l = layout(doc, table);
  setFont(doc, 'bold', SIZE.caption);
  const captionH = doc.heightOfString(table.caption, { width: contentWidth(doc) }) + 4;
  const headerH = rowHeight(doc, l, cellsOf(table, 'header'));
  const first = table.rows[0];
  const firstH = first ? rowHeight(doc, l, cellsOf(table, first)) : 0;
  // The caption, header and first row stay together.
  if (doc.y + captionH + headerH + firstH > bottom(doc)) doc.addPage();

  const el = doc.struct('Table');
  parent.add(el);
  tagged(ctx, el, 'Caption', () => {
    setFont(doc, 'bold', SIZE.caption);
    doc.text(table.caption, left(doc), doc.y, { width: contentWidth(doc) });
  });
  doc.y += 4;
  const head = doc.struct('THead');
  el.add(head);
  const headRow = doc.struct('TR');
  head.add(headRow);
  drawRow(ctx, table, l, 'header', headRow, headerH);
  headRow.end();
  head.end();

  const body = doc.struct('TBody');
  el.add(body);
  for (const row of table.rows) {
    const h = rowHeight(doc, l, cellsOf(table, row));
    if (doc.y + h > bottom(doc)) {
      doc.addPage();
      drawRow(ctx, table, l, 'header', null, headerH);
    }
    const tr = doc.struct('TR');
    body.add(tr);
    drawRow(ctx, table, l, row, tr, h);
    tr.end();
  }
  body.end();
  el.end();
  doc.y += 4;
  for (const note of table.notes) {
    setFont(doc, 'regular', SIZE.note, COLOR.muted);
    tagged(ctx, parent, 'P', () => {
      setFont(doc, 'regular', SIZE.note, COLOR.muted);
      doc.text(note, left(doc), doc.y, { width: contentWidth(doc), lineGap: 1.5 });
    });
    doc.y += 2;
  }
  doc.y += SIZE.body;
}
