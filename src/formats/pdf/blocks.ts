// Headings, paragraphs and bullet lists as tagged PDF content (H1–H4, P, L/LI/Lbl/LBody).
import type { Block, HeadingLevel, ListItem, ParagraphStyle } from '../documents/model.ts';
import { COLOR, SIZE, contentWidth, ensureSpace, left, setFont, tagged } from './context.ts';
import type { Ctx, FontName, Struct } from './context.ts';
import { drawTable } from './table.ts';

const HEADING: Readonly<Record<HeadingLevel, { size: number; before: number; after: number }>> = {
  1: { size: 17, before: 6, after: 10 },
  2: { size: 13.5, before: 14, after: 6 },
  3: { size: 11.5, before: 12, after: 4 },
  4: { size: 10.5, before: 10, after: 3 },
};

const PARAGRAPH: Readonly<
  Record<ParagraphStyle, { font: FontName; size: number; indent: number; color: string }>
> = {
  body: { font: 'regular', size: SIZE.body, indent: 0, color: COLOR.text },
  quote: { font: 'italic', size: SIZE.body, indent: 22, color: COLOR.text },
  note: { font: 'regular', size: SIZE.note, indent: 0, color: COLOR.muted },
  strong: { font: 'bold', size: SIZE.body, indent: 0, color: COLOR.text },
};

export function drawHeading(ctx: Ctx, parent: Struct, level: HeadingLevel, text: string, id: string): void {
  const { doc } = ctx;
  const style = HEADING[level];
  setFont(doc, 'bold', style.size);
  const height = doc.heightOfString(text, { width: contentWidth(doc) });
  // Keep a heading with at least three lines of what follows it.
  ensureSpace(doc, style.before + height + style.after + 3 * SIZE.body * 1.5);
  if (doc.y > doc.page.margins.top + 1) doc.y += style.before;
  ctx.headingPages.set(id, ctx.page());
  doc.addNamedDestination(id, 'FitH', doc.y);
  // Bookmarks let a reader (and a screen reader) jump between sections.
  if (level === 1) ctx.outlineTop = doc.outline.addItem(text);
  else if (level === 2) (ctx.outlineTop ?? doc.outline).addItem(text);
  tagged(ctx, parent, `H${level}`, () => {
    setFont(doc, 'bold', style.size);
    doc.text(text, left(doc), doc.y, { width: contentWidth(doc) });
  });
  doc.y += style.after;
}

export function drawParagraph(ctx: Ctx, parent: Struct, text: string, style: ParagraphStyle): void {
  const { doc } = ctx;
  const s = PARAGRAPH[style];
  setFont(doc, s.font, s.size, s.color);
  ensureSpace(doc, s.size * 2.6);
  tagged(ctx, parent, 'P', () => {
    setFont(doc, s.font, s.size, s.color);
    doc.text(text, left(doc) + s.indent, doc.y, { width: contentWidth(doc) - 2 * s.indent, lineGap: 2.5 });
  });
  doc.y += s.size * 0.7;
}

/** One LI with its label and body; `nested` draws a sub-list inside the body, as PDF/UA wants it. */
function drawItem(
  ctx: Ctx,
  list: Struct,
  text: string,
  indent: number,
  bullet: string,
  nested?: (body: Struct) => void,
): void {
  const { doc } = ctx;
  const x = left(doc) + indent;
  const width = contentWidth(doc) - indent - 14;
  setFont(doc, 'regular', SIZE.body);
  ensureSpace(doc, SIZE.body * 1.6);
  const item = doc.struct('LI');
  list.add(item);
  const y = doc.y;
  tagged(ctx, item, 'Lbl', () => {
    setFont(doc, 'regular', SIZE.body);
    doc.text(bullet, x, y, { lineBreak: false });
  });
  const body = doc.struct('LBody');
  item.add(body);
  body.add(() => {
    setFont(doc, 'regular', SIZE.body);
    doc.text(text, x + 14, y, { width, lineGap: 2.5 });
  });
  doc.y += 2;
  nested?.(body);
  body.end();
  item.end();
}

export function drawBullets(ctx: Ctx, parent: Struct, items: readonly ListItem[]): void {
  const { doc } = ctx;
  const list = doc.struct('L');
  parent.add(list);
  for (const item of items) {
    const children = item.children;
    drawItem(
      ctx,
      list,
      item.text,
      10,
      '•',
      children.length === 0
        ? undefined
        : (body) => {
            const sub = doc.struct('L');
            body.add(sub);
            for (const child of children) drawItem(ctx, sub, child, 28, '–');
            sub.end();
          },
    );
  }
  list.end();
  doc.y += SIZE.body * 0.5;
}

export function drawBlock(ctx: Ctx, parent: Struct, block: Block): void {
  switch (block.kind) {
    case 'heading':
      return drawHeading(ctx, parent, block.level, block.text, block.id);
    case 'paragraph':
      return drawParagraph(ctx, parent, block.text, block.style);
    case 'bullets':
      return drawBullets(ctx, parent, block.items);
    case 'table':
      return drawTable(ctx, parent, block.table);
    case 'pageBreak':
      // Never leave an empty page behind a break that falls at the top of a page.
      if (ctx.doc.y > ctx.doc.page.margins.top + 1) ctx.doc.addPage();
      return;
  }
}
