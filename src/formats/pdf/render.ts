// Renders the neutral document model to a tagged PDF: title page, contents with page
// numbers and links, body, appendices (each on a new page), footers "Sida n av m".
import type { DocumentModel } from '../documents/model.ts';
import { drawBlock, drawHeading } from './blocks.ts';
import { createDoc } from './context.ts';
import type { Ctx } from './context.ts';
import { drawFooters, drawTitlePage, drawToc, fillToc } from './front-matter.ts';

export function renderPdf(model: DocumentModel): Promise<Uint8Array> {
  const doc = createDoc(model.title, model.subject, model.author);
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  let pages = 0;
  doc.on('pageAdded', () => {
    pages += 1;
  });
  doc.addPage();
  const root = doc.struct('Document');
  doc.addStructure(root);
  const ctx: Ctx = { doc, root, headingPages: new Map(), page: () => pages, outlineTop: null };

  drawTitlePage(ctx, model.titlePage);
  doc.addPage();
  const toc = drawToc(ctx, model, (text) => drawHeading(ctx, root, 1, text, 'h-innehall-toc'));
  doc.addPage();
  for (const block of model.body) drawBlock(ctx, root, block);
  for (const appendix of model.appendices) {
    doc.addPage();
    drawHeading(ctx, root, 1, appendix.heading, appendix.id);
    for (const block of appendix.blocks) drawBlock(ctx, root, block);
  }
  fillToc(ctx, toc);
  drawFooters(ctx, model.footerText);
  root.end();
  doc.end();
  return done;
}
