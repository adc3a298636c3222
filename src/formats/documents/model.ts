// The neutral document model: what a printed plan or follow-up report says, in order,
// without any layout. Built once from the plan (plan-document.ts, follow-up-document.ts)
// and rendered twice (../pdf, ../docx), so the PDF and the DOCX can never disagree.

export type HeadingLevel = 1 | 2 | 3 | 4;

export type Align = 'left' | 'right';

export type TableColumn = {
  header: string;
  /** Numbers are right-aligned so their digits line up. */
  align: Align;
  /** Relative width; the renderers share the page width out by these. */
  weight: number;
};

export type TableRow =
  /** An ordinary row; cells in column order, already formatted sv-SE. */
  | { kind: 'body'; cells: readonly string[]; indent?: number }
  /** A sub-heading row that spans every column (e.g. an area in Bilaga 1). */
  | { kind: 'group'; text: string }
  /** A total or result row, set in bold. */
  | { kind: 'total'; cells: readonly string[] };

export type Table = {
  caption: string;
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
  /** Footnotes and remarks printed under the table. */
  notes: readonly string[];
};

export type ListItem = { text: string; children: readonly string[] };

export type ParagraphStyle = 'body' | 'quote' | 'note' | 'strong';

export type Block =
  | { kind: 'heading'; level: HeadingLevel; text: string; id: string; inToc: boolean }
  | { kind: 'paragraph'; text: string; style: ParagraphStyle }
  | { kind: 'bullets'; items: readonly ListItem[] }
  | { kind: 'table'; table: Table }
  | { kind: 'pageBreak' };

export type TitlePage = {
  organisation: string;
  title: string;
  /** e.g. "Planperiod 2026–2028" or "Delårsrapport per 2026-08-31". */
  subtitle: string;
  /** Version, decision, printing date: one line each. */
  lines: readonly string[];
  /** "UTKAST" when the version is not decided; printed large on the title page. */
  draftMark: string | null;
};

export type Appendix = { heading: string; id: string; blocks: readonly Block[] };

export type DocumentModel = {
  /** Document title for the file's metadata (PDF /Title, DOCX core properties). */
  title: string;
  subject: string;
  author: string;
  lang: 'sv-SE';
  titlePage: TitlePage;
  tocTitle: string;
  body: readonly Block[];
  /** Each appendix starts on a new page with a level-1 heading. */
  appendices: readonly Appendix[];
  /** Short text in every page's footer beside the page number (e.g. "UTKAST"). */
  footerText: string;
};

/** The headings a table of contents lists: levels 1 and 2 of the body, and the appendices. */
export function tocEntries(model: DocumentModel): { id: string; text: string; level: HeadingLevel }[] {
  const body = model.body.flatMap((b) =>
    b.kind === 'heading' && b.inToc ? [{ id: b.id, text: b.text, level: b.level }] : [],
  );
  const appendices = model.appendices.map((a) => ({ id: a.id, text: a.heading, level: 1 as const }));
  return [...body, ...appendices];
}
