// Blocks of the neutral model as Word content: real heading styles (so Word's table of
// contents and navigation pane work), bullet numbering, and tables whose header row
// repeats on every page (w:tblHeader).
import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type {
  Block,
  HeadingLevel as ModelLevel,
  ParagraphStyle,
  Table as ModelTable,
  TableRow as ModelRow,
} from '../documents/model.ts';

export const BULLETS = 'planvis-bullets';

const HEADINGS: Readonly<Record<ModelLevel, (typeof HeadingLevel)[keyof typeof HeadingLevel]>> = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
};

/** Half-points, as Word counts font sizes. */
const SIZE = { body: 21, table: 18, note: 17 } as const;

function paragraph(text: string, style: ParagraphStyle): Paragraph {
  return new Paragraph({
    spacing: { after: 120 },
    indent: style === 'quote' ? { left: 454, right: 454 } : undefined,
    children: [
      new TextRun({
        text,
        bold: style === 'strong',
        italics: style === 'quote',
        size: style === 'note' ? SIZE.note : SIZE.body,
        color: style === 'note' ? '3D3D3D' : undefined,
      }),
    ],
  });
}

const RULE = { style: BorderStyle.SINGLE, size: 4, color: 'A0A0A0' } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

function cell(
  text: string,
  options: {
    bold: boolean;
    align: 'left' | 'right';
    fill?: string;
    span?: number;
    indent?: number;
    width: number;
  },
): TableCell {
  return new TableCell({
    columnSpan: options.span,
    width: { size: options.width, type: WidthType.DXA },
    shading: options.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: options.fill } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    borders: { top: NONE, left: NONE, right: NONE, bottom: RULE },
    children: [
      new Paragraph({
        alignment: options.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: options.indent ? { left: options.indent * 170 } : undefined,
        children: [new TextRun({ text, bold: options.bold, size: SIZE.table })],
      }),
    ],
  });
}

function row(table: ModelTable, r: ModelRow | 'header', widths: readonly number[]): TableRow {
  if (r !== 'header' && r.kind === 'group') {
    const total = widths.reduce((n, w) => n + w, 0);
    return new TableRow({
      cantSplit: true,
      children: [
        cell(r.text, { bold: true, align: 'left', fill: 'F2F2F2', span: table.columns.length, width: total }),
      ],
    });
  }
  const cells = r === 'header' ? table.columns.map((c) => c.header) : r.cells;
  const bold = r === 'header' || r.kind === 'total';
  const indent = r !== 'header' && r.kind === 'body' ? (r.indent ?? 0) : 0;
  return new TableRow({
    // Only the header row is marked; Word repeats it at the top of each page.
    tableHeader: r === 'header' ? true : undefined,
    cantSplit: true,
    children: cells.map((text, i) =>
      cell(text, {
        bold,
        align: table.columns[i]?.align ?? 'left',
        fill: r === 'header' ? 'E3E8EE' : undefined,
        indent: i === 0 ? indent : 0,
        width: widths[i] ?? 0,
      }),
    ),
  });
}

/** Twentieths of a point across the A4 text width (11 906 − 2 × 1 134 margins). */
const TEXT_WIDTH = 9638;

function table(t: ModelTable): (Paragraph | Table)[] {
  const total = t.columns.reduce((n, c) => n + c.weight, 0);
  // Whole twips: Word's widths are integers; the last column takes the rounding remainder.
  const widths = t.columns.map((c) => Math.floor((TEXT_WIDTH * c.weight) / total));
  widths[widths.length - 1] = TEXT_WIDTH - widths.slice(0, -1).reduce((n, w) => n + w, 0);
  return [
    new Paragraph({
      style: 'Caption',
      keepNext: true,
      children: [new TextRun({ text: t.caption, bold: true })],
    }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      rows: [row(t, 'header', widths), ...t.rows.map((r) => row(t, r, widths))],
    }),
    ...t.notes.map((n) => paragraph(n, 'note')),
    new Paragraph({ children: [] }),
  ];
}

export function heading(level: ModelLevel, text: string, pageBreakBefore = false): Paragraph {
  return new Paragraph({ heading: HEADINGS[level], pageBreakBefore, children: [new TextRun(text)] });
}

export function blockToDocx(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [heading(block.level, block.text)];
    case 'paragraph':
      return [paragraph(block.text, block.style)];
    case 'bullets':
      return block.items.flatMap((item) => [
        new Paragraph({ numbering: { reference: BULLETS, level: 0 }, children: [new TextRun(item.text)] }),
        ...item.children.map(
          (c) => new Paragraph({ numbering: { reference: BULLETS, level: 1 }, children: [new TextRun(c)] }),
        ),
      ]);
    case 'table':
      return table(block.table);
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}
