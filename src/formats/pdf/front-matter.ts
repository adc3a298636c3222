// The title page, the table of contents and the page footers ("Sida n av m").
// The contents are laid out before the body, leaving each entry's page number open;
// the numbers are filled in once the body has been rendered and the pages are known.
import type { DocumentModel, HeadingLevel, TitlePage } from '../documents/model.ts';
import { tocEntries } from '../documents/model.ts';
import { COLOR, SIZE, artifact, bottom, contentWidth, left, setFont, tagged } from './context.ts';
import type { Ctx, Struct } from './context.ts';

export function drawTitlePage(ctx: Ctx, page: TitlePage): void {
  const { doc } = ctx;
  const x = left(doc);
  const width = contentWidth(doc);
  doc.y = 150;
  tagged(ctx, ctx.root, 'P', () => {
    setFont(doc, 'bold', 13, COLOR.muted);
    doc.text(page.organisation, x, doc.y, { width });
  });
  doc.y += 18;
  tagged(ctx, ctx.root, 'H1', () => {
    setFont(doc, 'bold', 26);
    doc.text(page.title, x, doc.y, { width });
  });
  doc.y += 10;
  tagged(ctx, ctx.root, 'P', () => {
    setFont(doc, 'regular', 14);
    doc.text(page.subtitle, x, doc.y, { width });
  });
  if (page.draftMark !== null) {
    const mark = page.draftMark;
    doc.y += 40;
    const y = doc.y;
    artifact(doc, () => doc.lineWidth(3).strokeColor(COLOR.draft).rect(x, y, 220, 64).stroke());
    tagged(ctx, ctx.root, 'P', () => {
      setFont(doc, 'bold', 36, COLOR.draft);
      doc.text(mark, x, y + 12, { width: 220, align: 'center' });
    });
    doc.y = y + 64;
  }
  doc.y = Math.max(doc.y + 40, 560);
  for (const line of page.lines) {
    tagged(ctx, ctx.root, 'P', () => {
      setFont(doc, 'regular', 10.5);
      doc.text(line, x, doc.y, { width });
    });
    doc.y += 4;
  }
}

export type TocSlot = { id: string; page: number; y: number; item: Struct };

const TOC_LINE = 18;
const INDENT: Readonly<Record<HeadingLevel, number>> = { 1: 0, 2: 16, 3: 32, 4: 48 };

export type Toc = { element: Struct; slots: TocSlot[] };

/** Draws the entries with links; returns where each page number goes. */
export function drawToc(ctx: Ctx, model: DocumentModel, heading: (text: string) => void): Toc {
  const { doc } = ctx;
  heading(model.tocTitle);
  const toc = doc.struct('TOC');
  ctx.root.add(toc);
  const slots: TocSlot[] = [];
  for (const entry of tocEntries(model)) {
    const font = entry.level === 1 ? 'bold' : 'regular';
    const x = left(doc) + INDENT[entry.level];
    const width = contentWidth(doc) - INDENT[entry.level] - 40;
    setFont(doc, font, SIZE.body);
    const h = doc.heightOfString(entry.text, { width });
    if (doc.y + h > bottom(doc)) doc.addPage();
    const y = doc.y;
    const item = doc.struct('TOCI');
    toc.add(item);
    tagged(ctx, item, 'Reference', () => {
      setFont(doc, font, SIZE.body);
      doc.text(entry.text, x, y, { width, goTo: entry.id });
    });
    // The item stays open: its page number is added after the body is laid out.
    slots.push({ id: entry.id, page: ctx.page(), y, item });
    doc.y = Math.max(doc.y, y + TOC_LINE) + (entry.level === 1 ? 3 : 0);
  }
  // Ending the TOC would end its items too, so it stays open until fillToc.
  return { element: toc, slots };
}

export function fillToc(ctx: Ctx, toc: Toc): void {
  const { doc } = ctx;
  const range = doc.bufferedPageRange();
  for (const slot of toc.slots) {
    doc.switchToPage(range.start + slot.page - 1);
    const number = String(ctx.headingPages.get(slot.id) ?? '');
    const x = left(doc) + contentWidth(doc) - 36;
    slot.item.add(() => {
      setFont(doc, 'regular', SIZE.body);
      doc.text(number, x, slot.y, { width: 36, align: 'right', lineBreak: false });
    });
    slot.item.end();
  }
  toc.element.end();
}

/** "Sida n av m" and the document's short title on every page, as pagination artifacts. */
export function drawFooters(ctx: Ctx, text: string): void {
  const { doc } = ctx;
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i += 1) {
    doc.switchToPage(range.start + i);
    const saved = doc.page.margins.bottom;
    // Writing below the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - 42;
    const x = left(doc);
    const width = contentWidth(doc);
    artifact(
      doc,
      () => {
        doc
          .lineWidth(0.4)
          .strokeColor(COLOR.rule)
          .moveTo(x, y - 6)
          .lineTo(x + width, y - 6)
          .stroke();
        setFont(doc, 'regular', 8, COLOR.muted);
        doc.text(text, x, y, { width: width - 90, lineBreak: false, ellipsis: true });
        doc.text(`Sida ${i + 1} av ${range.count}`, x + width - 90, y, {
          width: 90,
          align: 'right',
          lineBreak: false,
        });
      },
      'Pagination',
    );
    doc.page.margins.bottom = saved;
  }
}
