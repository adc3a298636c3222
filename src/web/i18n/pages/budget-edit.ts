// Messages of the budget editor (Budget page), Swedish and English.
const reasonsSv: Record<string, string> = {
  empty: 'tom cell',
  notNumber: 'inte ett tal',
  decimals: 'budgeten anges i hela tkr, utan decimaler',
};

export const budgetEditSv = {
  keyboardHelp:
    'Piltangenterna flyttar mellan cellerna. Enter eller F2 redigerar, Escape ångrar, Tab flyttar åt höger. Klistra in ett block från Excel med Ctrl+V.',
  cellLabel: (line: string, column: string) => `${line}, ${column}`,
  pending: 'ändrad, ej sparad',
  resultNow: (list: string) => `Beräknat resultat nu: ${list}.`,
  pendingCount: (n: number) => (n === 1 ? '1 osparad ändring' : `${n} osparade ändringar`),
  noPending: 'Inga osparade ändringar.',
  save: (n: number) => `Spara ändringar (${n})`,
  saving: 'Sparar …',
  discard: 'Ångra alla ändringar',
  saved: (n: number) => (n === 1 ? '1 ändring sparad.' : `${n} ändringar sparade.`),
  saveFailed: (message: string) => `Kunde inte spara: ${message}`,
  invalidCell: (text: string, reason: string) => `”${text}” kan inte sparas: ${reasonsSv[reason] ?? reason}.`,
  pasted: (rows: number, columns: number) => `Inklistrat ${rows} × ${columns} celler. Inget är sparat ännu.`,
  pasteProblems: (list: string) => `Inget klistrades in. ${list}`,
  pasteProblem: (cell: string, text: string, reason: string) =>
    `${cell}: ”${text}” är ${reasonsSv[reason] ?? reason}`,
  pasteTooLarge: (rows: number, columns: number) =>
    `Inget klistrades in: blocket på ${rows} × ${columns} celler går utanför tabellen från den markerade cellen.`,
  readOnlyRole: 'Din roll kan läsa budgeten men inte ändra den.',
  readOnlyLocked: (status: string) =>
    `Versionen är ${status} och låst; starta en revision under Versioner för att ändra.`,
  costTotal: 'Summa kostnader, beräknat',
  revenueNotesHeading: 'Noter till intäkterna',
  revenueNoteCaption: (title: string, unit: string) => `${title}, belopp i ${unit}`,
  noteTotal: 'Summa',
  highlighted: 'Avvikelse från avstämningen',
  conflict: {
    title: 'Någon annan har sparat först',
    intro: (who: string) =>
      `${who} ändrade samma celler efter att du hämtade budgeten. Ingenting av dina ändringar är sparat ännu. Välj för varje cell vilket värde som ska gälla.`,
    someone: 'En annan användare',
    cell: 'Cell',
    theirs: 'Sparat värde',
    yours: 'Ditt värde',
    keepMine: 'Behåll mitt',
    useTheirs: 'Använd sparat',
    apply: 'Spara med mina val',
    cancel: 'Avbryt (behåll ändringarna osparade)',
    caption: 'Celler som någon annan har ändrat',
  },
  index: {
    summary: 'Indexera en kolumn',
    intro:
      'Räkna fram en kolumn från kolumnen före med en indexserie, t.ex. medlemsbidragen med LPIK. Varje belopp avrundas till hela tkr. Förhandsgranska, och lägg sedan in ändringarna; de sparas först när du sparar.',
    column: 'Kolumn att räkna fram',
    series: 'Indexserie',
    customRate: 'Egen procentsats',
    rate: 'Procent',
    rateHelp: 'T.ex. 2,1',
    noRate: (series: string, year: number) => `${series} har ingen procentsats för ${year}; ange en egen.`,
    badRate: 'Ange procentsatsen som ett tal, t.ex. 2,1.',
    lines: 'Rader',
    preview: 'Förhandsgranska',
    previewCaption: (column: string, rate: string) => `Förhandsgranskning: ${column} indexerad med ${rate}`,
    before: 'Nu',
    after: 'Efter indexering',
    change: 'Förändring',
    apply: 'Lägg in i budgeten',
    applied: (n: number) => `${n} celler indexerade. Inget är sparat ännu.`,
    firstColumn: 'Den första kolumnen har ingen kolumn före sig.',
  },
};

export type BudgetEditMessages = typeof budgetEditSv;

const reasonsEn: Record<string, string> = {
  empty: 'an empty cell',
  notNumber: 'not a number',
  decimals: 'the budget is in whole tkr, without decimals',
};

export const budgetEditEn: BudgetEditMessages = {
  keyboardHelp:
    'Arrow keys move between cells. Enter or F2 edits, Escape cancels, Tab moves right. Paste a block from Excel with Ctrl+V.',
  cellLabel: (line, column) => `${line}, ${column}`,
  pending: 'changed, not saved',
  resultNow: (list) => `Computed result now: ${list}.`,
  pendingCount: (n) => (n === 1 ? '1 unsaved change' : `${n} unsaved changes`),
  noPending: 'No unsaved changes.',
  save: (n) => `Save changes (${n})`,
  saving: 'Saving …',
  discard: 'Discard all changes',
  saved: (n) => (n === 1 ? '1 change saved.' : `${n} changes saved.`),
  saveFailed: (message) => `Could not save: ${message}`,
  invalidCell: (text, reason) => `“${text}” cannot be saved: ${reasonsEn[reason] ?? reason}.`,
  pasted: (rows, columns) => `Pasted ${rows} × ${columns} cells. Nothing is saved yet.`,
  pasteProblems: (list) => `Nothing was pasted. ${list}`,
  pasteProblem: (cell, text, reason) => `${cell}: “${text}” is ${reasonsEn[reason] ?? reason}`,
  pasteTooLarge: (rows, columns) =>
    `Nothing was pasted: the block of ${rows} × ${columns} cells does not fit the table from the selected cell.`,
  readOnlyRole: 'Your role can read the budget but not change it.',
  readOnlyLocked: (status) =>
    `The version is ${status} and locked; start a revision under Versions to change it.`,
  costTotal: 'Total costs, computed',
  revenueNotesHeading: 'Notes to the revenue',
  revenueNoteCaption: (title, unit) => `${title}, amounts in ${unit}`,
  noteTotal: 'Total',
  highlighted: 'Discrepancy from the consistency check',
  conflict: {
    title: 'Someone else saved first',
    intro: (who) =>
      `${who} changed the same cells after you loaded the budget. None of your changes is saved yet. Choose which value applies for each cell.`,
    someone: 'Another user',
    cell: 'Cell',
    theirs: 'Saved value',
    yours: 'Your value',
    keepMine: 'Keep mine',
    useTheirs: 'Use saved',
    apply: 'Save with my choices',
    cancel: 'Cancel (keep the changes unsaved)',
    caption: 'Cells someone else has changed',
  },
  index: {
    summary: 'Index a column',
    intro:
      'Compute a column from the one before it with an index series, e.g. member contributions by LPIK. Each amount is rounded to whole tkr. Preview, then put the changes in; they are saved only when you save.',
    column: 'Column to compute',
    series: 'Index series',
    customRate: 'Own rate',
    rate: 'Percent',
    rateHelp: 'E.g. 2.1',
    noRate: (series, year) => `${series} has no rate for ${year}; enter your own.`,
    badRate: 'Enter the rate as a number, e.g. 2,1.',
    lines: 'Lines',
    preview: 'Preview',
    previewCaption: (column, rate) => `Preview: ${column} indexed by ${rate}`,
    before: 'Now',
    after: 'After indexing',
    change: 'Change',
    apply: 'Put into the budget',
    applied: (n) => `${n} cells indexed. Nothing is saved yet.`,
    firstColumn: 'The first column has no column before it.',
  },
};
