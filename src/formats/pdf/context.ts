// Shared state and small primitives of the PDF renderer: fonts, page geometry, and the
// tagging helpers (structure elements for content, artifacts for decoration).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';

export type Doc = PDFKit.PDFDocument;
export type Struct = PDFKit.PDFStructureElement;

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/** DejaVu Sans covers å, ä, ö, the no-break space and U+2212, and has tabular digits. */
export const FONTS = {
  regular: join(fontDir, 'DejaVuSans.ttf'),
  bold: join(fontDir, 'DejaVuSans-Bold.ttf'),
  italic: join(fontDir, 'DejaVuSans-Oblique.ttf'),
} as const;

export type FontName = keyof typeof FONTS;

export const PAGE = { margin: 62, top: 60, bottom: 72 } as const;

export const SIZE = { body: 10, note: 8.5, table: 8.5, caption: 9.5 } as const;

export const COLOR = {
  text: '#111111',
  muted: '#3d3d3d',
  rule: '#7a7a7a',
  header: '#e3e8ee',
  group: '#f2f2f2',
  draft: '#b00020',
};

export type Ctx = {
  doc: Doc;
  root: Struct;
  /** Heading id → 1-based page number, filled while rendering. */
  headingPages: Map<string, number>;
  /** 1-based number of the current page. */
  page: () => number;
  /** The latest level-1 bookmark, under which level-2 headings are listed. */
  outlineTop: PDFKit.PDFOutline | null;
};

export function createDoc(title: string, subject: string, author: string): Doc {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.margin, right: PAGE.margin },
    bufferPages: true,
    tagged: true,
    lang: 'sv-SE',
    displayTitle: true,
    pdfVersion: '1.7',
    autoFirstPage: false,
    info: {
      Title: title,
      Subject: subject,
      Author: author,
      Creator: 'Planvis',
      Producer: 'Planvis (PDFKit)',
    },
  });
  for (const [name, file] of Object.entries(FONTS)) doc.registerFont(name, file);
  return doc;
}

export function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

export function left(doc: Doc): number {
  return doc.page.margins.left;
}

export function bottom(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

export function setFont(doc: Doc, font: FontName, size: number, color: string = COLOR.text): Doc {
  return doc.font(font).fontSize(size).fillColor(color);
}

/** Decoration (rules, fills, repeated headers, page numbers) is an artifact, skipped by screen readers. */
export function artifact(doc: Doc, draw: () => void, type: 'Pagination' | 'Layout' = 'Layout'): void {
  doc.markContent('Artifact', { type });
  draw();
  doc.endMarkedContent();
}

/** Adds a structure element under `parent`, its content drawn by `draw` (now, since parents are attached). */
export function tagged(ctx: Ctx, parent: Struct, type: string, draw: () => void): Struct {
  const el = ctx.doc.struct(type, {}, draw);
  parent.add(el);
  return el;
}

/** Starts a new page unless the next `height` points fit on this one. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) {
    doc.addPage();
  }
}
