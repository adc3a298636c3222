// Renders the neutral document model to DOCX: Swedish language on every run, Word's own
// heading styles, a TOC field Word updates on opening, "Sida n av m" in the footer.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  TableOfContents,
  TextRun,
} from 'docx';
import type { Table } from 'docx';
import type { Block, DocumentModel, TitlePage } from '../documents/model.ts';
import { BULLETS, blockToDocx, heading } from './blocks.ts';

function titlePage(page: TitlePage): Paragraph[] {
  const out = [
    new Paragraph({
      spacing: { before: 2400, after: 240 },
      children: [new TextRun({ text: page.organisation, bold: true, size: 26, color: '3D3D3D' })],
    }),
    new Paragraph({ style: 'Title', children: [new TextRun({ text: page.title })] }),
    new Paragraph({ spacing: { after: 480 }, children: [new TextRun({ text: page.subtitle, size: 28 })] }),
  ];
  if (page.draftMark !== null) {
    const border = { style: BorderStyle.SINGLE, size: 24, color: 'B00020', space: 6 } as const;
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        border: { top: border, bottom: border, left: border, right: border },
        spacing: { after: 960 },
        indent: { right: 5200 },
        children: [new TextRun({ text: page.draftMark, bold: true, size: 72, color: 'B00020' })],
      }),
    );
  }
  for (const line of page.lines)
    out.push(new Paragraph({ children: [new TextRun({ text: line, size: 21 })] }));
  out.push(new Paragraph({ children: [new PageBreak()] }));
  return out;
}

/** A page break right before a heading becomes the heading's own "page break before". */
function blocks(list: readonly Block[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  list.forEach((block, i) => {
    if (block.kind === 'pageBreak' && list[i + 1]?.kind === 'heading') return;
    if (block.kind === 'heading' && list[i - 1]?.kind === 'pageBreak') {
      out.push(heading(block.level, block.text, true));
      return;
    }
    out.push(...blockToDocx(block));
  });
  return out;
}

export function renderDocx(model: DocumentModel): Promise<Uint8Array> {
  const footer = new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: 9638 }],
        children: [
          new TextRun({ text: model.footerText, size: 16, color: '3D3D3D' }),
          new TextRun({
            children: [new Tab(), 'Sida ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES],
            size: 16,
          }),
        ],
      }),
    ],
  });
  const doc = new Document({
    creator: model.author,
    title: model.title,
    subject: model.subject,
    description: model.subject,
    // Word fills in the contents' page numbers when it opens the file.
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 21, language: { value: 'sv-SE' } } },
        heading1: {
          run: { size: 34, bold: true, color: '111111' },
          paragraph: { spacing: { before: 240, after: 160 } },
        },
        heading2: {
          run: { size: 27, bold: true, color: '111111' },
          paragraph: { spacing: { before: 240, after: 100 } },
        },
        heading3: {
          run: { size: 23, bold: true, color: '111111' },
          paragraph: { spacing: { before: 200, after: 80 } },
        },
        heading4: {
          run: { size: 21, bold: true, color: '111111' },
          paragraph: { spacing: { before: 160, after: 60 } },
        },
        title: { run: { size: 52, bold: true, color: '111111' } },
      },
    },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 567, hanging: 283 } } },
            },
            {
              level: 1,
              format: LevelFormat.BULLET,
              text: '–',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 1134, hanging: 283 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        footers: { default: footer },
        children: [
          ...titlePage(model.titlePage),
          new Paragraph({
            style: 'TOCHeading',
            children: [new TextRun({ text: model.tocTitle, bold: true, size: 34 })],
          }),
          new TableOfContents(model.tocTitle, { hyperlink: true, headingStyleRange: '1-2' }),
          new Paragraph({ children: [new PageBreak()] }),
          ...blocks(model.body),
          ...model.appendices.flatMap((a) => [heading(1, a.heading, true), ...blocks(a.blocks)]),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc).then((buffer) => new Uint8Array(buffer));
}
