// Messages of the document parts: downloads (Översikt, Budget, Verksamhetsplan), the XLSX
// import (Budget) and the plan's free texts (Verksamhetsplan), Swedish and English.
type Format = 'pdf' | 'docx' | 'xlsx';
type BlockKind = 'paragraph' | 'quote' | 'bullets';

const documentsBlockKindSv: Record<BlockKind, string> = {
  paragraph: 'stycke',
  quote: 'citat',
  bullets: 'punktlista',
};

const documentsBlockKindEn: Record<BlockKind, string> = {
  paragraph: 'paragraph',
  quote: 'quotation',
  bullets: 'bullet list',
};

export const documentsSv = {
  downloadsHeading: 'Ladda ner planen',
  downloadsIntro: 'Skapas från planens data för den här versionen, så varje belopp är det kontrollerade.',
  planTitle: 'Verksamhetsplan och budget',
  workbookTitle: 'Budget och medlemsbidrag',
  followUpHeading: (period: string) => `Uppföljningsrapport, ${period}`,
  followUpIntro:
    'Mål och aktiviteter med status och kommentar, bedömningen av god ekonomisk hushållning och budget mot utfall för perioden.',
  followUpTitle: (period: string) => `Uppföljningsrapport ${period}`,
  formatName: { pdf: 'PDF', docx: 'Word', xlsx: 'Excel' } satisfies Record<Format, string>,
  fileType: { pdf: 'PDF', docx: 'DOCX', xlsx: 'XLSX' } satisfies Record<Format, string>,
  planDescription: {
    pdf: 'för läsning och utskrift, med innehållsförteckning och sidnummer',
    docx: 'att bearbeta vidare i Word',
    xlsx: 'budget, noter och Bilaga 1 som kalkylblad med formler; kan läsas in igen efter ändring',
  } satisfies Record<Format, string>,
  followUpDescription: {
    pdf: 'för läsning och utskrift',
    docx: 'att bearbeta vidare i Word',
  } satisfies Record<Exclude<Format, 'xlsx'>, string>,

  importHeading: 'Läs in budgeten från Excel',
  importIntro:
    'Ladda ner Excel-filen, ändra beloppen på bladet Budget och läs in den här. Varje cell kontrolleras; är någon fel sparas ingenting.',
  fileLabel: 'Excel-fil (.xlsx)',
  importButton: 'Läs in',
  importing: 'Läser in …',
  noFile: 'Välj en Excel-fil först.',
  unsavedFirst: 'Spara eller ångra dina ändringar i tabellen innan du läser in en fil.',
  imported: (n: number, file: string) =>
    n === 0
      ? `${file} är inläst: inga belopp skilde sig från budgeten.`
      : `${file} är inläst: ${n === 1 ? '1 belopp ändrades' : `${n} belopp ändrades`}.`,
  badCells: (n: number) =>
    `Filen lästes inte in: ${n === 1 ? '1 cell är fel' : `${n} celler är fel`}. Ingenting sparades. Rätta cellerna och läs in filen igen.`,
  reasonInEnglish: 'Orsak på engelska:',
  importStale:
    'Budgeten har ändrats sedan du hämtade sidan. Den är nu hämtad på nytt; ingenting ur filen sparades. Läs in filen igen om den fortfarande stämmer.',
  importLocked: 'Versionen är beslutad och kan inte ändras; ingenting ur filen sparades.',
  importFailed: (message: string) => `Filen kunde inte läsas in: ${message}`,

  narrativeHeading: 'Planens texter',
  narrativeIntro: 'Avsnitten som står i planens dokument (PDF och Word) före målen och budgeten.',
  narrativeNone: 'Planen har inga textavsnitt.',
  emptySection: 'Avsnittet har ingen text.',
  edit: 'Ändra',
  editSection: (heading: string) => `texten i ${heading}`,
  editorLegend: (heading: string) => `Texten i ${heading}`,
  blockLegend: (n: number, count: number, kind: BlockKind) =>
    `Del ${n} av ${count}: ${documentsBlockKindSv[kind]}`,
  blockKind: (kind: BlockKind) => documentsBlockKindSv[kind],
  textLabel: 'Text',
  bulletsLabel: 'Punkter, en per rad',
  moveUp: 'Flytta upp',
  moveDown: 'Flytta ned',
  remove: 'Ta bort',
  blockName: (n: number) => `del ${n}`,
  addParagraph: 'Lägg till stycke',
  addBullets: 'Lägg till punktlista',
  noBlocks: 'Inga delar ännu. Lägg till ett stycke eller en punktlista.',
  save: 'Spara texten',
  saving: 'Sparar …',
  cancel: 'Avbryt',
  emptyBlock: 'Skriv en text eller ta bort delen.',
  emptyBullets: 'Skriv minst en punkt eller ta bort delen.',
  fixErrors: (n: number) => (n === 1 ? 'En del saknar text.' : `${n} delar saknar text.`),
  saved: (heading: string) => `Texten i ${heading} är sparad.`,
  unchanged: (heading: string) => `Texten i ${heading} var oförändrad.`,
  conflict: (who: string) =>
    `${who} ändrade det här avsnittet efter att du öppnade det, och ingenting av dina ändringar är sparat. Den sparade texten är nu hämtad på nytt. Fälten visar fortfarande din version: Avbryt för att se den sparade texten, eller Spara igen för att ersätta den med din.`,
  someone: 'En annan användare',
  locked: 'Versionen är beslutad och kan inte ändras; texten sparades inte.',
  saveFailed: (message: string) => `Kunde inte spara: ${message}`,
};

export type DocumentsMessages = typeof documentsSv;

export const documentsEn: DocumentsMessages = {
  downloadsHeading: 'Download the plan',
  downloadsIntro: "Made from this version's data, so every figure is the checked one.",
  planTitle: 'Operational plan and budget',
  workbookTitle: 'Budget and member contributions',
  followUpHeading: (period) => `Follow-up report, ${period}`,
  followUpIntro:
    'Goals and activities with status and comment, the verdict on sound financial management and budget against outcome for the period.',
  followUpTitle: (period) => `Follow-up report ${period}`,
  formatName: { pdf: 'PDF', docx: 'Word', xlsx: 'Excel' },
  fileType: { pdf: 'PDF', docx: 'DOCX', xlsx: 'XLSX' },
  planDescription: {
    pdf: 'for reading and printing, with contents and page numbers',
    docx: 'to work on further in Word',
    xlsx: 'budget, notes and Appendix 1 as a spreadsheet with formulas; can be imported again after editing',
  },
  followUpDescription: { pdf: 'for reading and printing', docx: 'to work on further in Word' },

  importHeading: 'Import the budget from Excel',
  importIntro:
    'Download the Excel file, change the figures on the Budget sheet and import it here. Every cell is checked; if any is wrong, nothing is saved.',
  fileLabel: 'Excel file (.xlsx)',
  importButton: 'Import',
  importing: 'Importing …',
  noFile: 'Choose an Excel file first.',
  unsavedFirst: 'Save or discard your changes in the table before importing a file.',
  imported: (n, file) =>
    n === 0
      ? `${file} is imported: no figure differed from the budget.`
      : `${file} is imported: ${n === 1 ? '1 figure changed' : `${n} figures changed`}.`,
  badCells: (n) =>
    `The file was not imported: ${n === 1 ? '1 cell is wrong' : `${n} cells are wrong`}. Nothing was saved. Correct the cells and import the file again.`,
  reasonInEnglish: '',
  importStale:
    'The budget changed since you loaded the page. It has been loaded again; nothing from the file was saved. Import the file again if it still applies.',
  importLocked: 'The version is decided and cannot be changed; nothing from the file was saved.',
  importFailed: (message) => `The file could not be imported: ${message}`,

  narrativeHeading: "The plan's texts",
  narrativeIntro:
    "The sections printed in the plan's documents (PDF and Word) before the goals and the budget.",
  narrativeNone: 'The plan has no text sections.',
  emptySection: 'The section has no text.',
  edit: 'Edit',
  editSection: (heading) => `the text of ${heading}`,
  editorLegend: (heading) => `The text of ${heading}`,
  blockLegend: (n, count, kind) => `Part ${n} of ${count}: ${documentsBlockKindEn[kind]}`,
  blockKind: (kind) => documentsBlockKindEn[kind],
  textLabel: 'Text',
  bulletsLabel: 'Bullets, one per line',
  moveUp: 'Move up',
  moveDown: 'Move down',
  remove: 'Remove',
  blockName: (n) => `part ${n}`,
  addParagraph: 'Add paragraph',
  addBullets: 'Add bullet list',
  noBlocks: 'No parts yet. Add a paragraph or a bullet list.',
  save: 'Save the text',
  saving: 'Saving …',
  cancel: 'Cancel',
  emptyBlock: 'Write a text or remove the part.',
  emptyBullets: 'Write at least one bullet or remove the part.',
  fixErrors: (n) => (n === 1 ? 'One part has no text.' : `${n} parts have no text.`),
  saved: (heading) => `The text of ${heading} is saved.`,
  unchanged: (heading) => `The text of ${heading} was unchanged.`,
  conflict: (who) =>
    `${who} changed this section after you opened it, and none of your changes is saved. The saved text has been loaded again. The fields still show your version: Cancel to see the saved text, or Save again to replace it with yours.`,
  someone: 'Another user',
  locked: 'The version is decided and cannot be changed; the text was not saved.',
  saveFailed: (message) => `Could not save: ${message}`,
};
