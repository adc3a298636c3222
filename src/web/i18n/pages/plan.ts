// Messages of the Verksamhetsplan page, Swedish and English (the type makes a missing key an error).
export const planSv = {
  overallGoal: 'Övergripande mål',
  goalHeading: (number: string | null, title: string) => (number ? `Mål ${number}: ${title}` : title),
  goalKind: { operational: 'Verksamhetsmål', financial: 'Finansiellt mål' },
  measures: 'Mått',
  activities: 'Aktiviteter',
  noActivities: 'Målet har inga aktiviteter.',
  subActivities: 'Delaktiviteter',
  prioritised: 'Prioriterad',
  recurring: 'Årligen återkommande',
  responsible: 'Ansvarig:',

  followUpHeading: 'Uppföljning',
  periodLabel: 'Uppföljningsperiod',
  periodName: (kind: 'interim' | 'annual', year: number) =>
    `${kind === 'interim' ? 'Delår' : 'Helår'} ${year}`,
  periodOption: (name: string, asOf: string) => `${name} (per ${asOf})`,
  noPeriods: 'Planen har inga uppföljningsperioder ännu.',
  noPeriodsCanAdd:
    'Lägg till en period (delår eller helår) för att kunna registrera status för aktiviteterna.',
  noPeriodsReadOnly: 'Statusen visas när en planerare har lagt till en uppföljningsperiod.',
  addPeriod: 'Lägg till uppföljningsperiod',
  periodKind: 'Typ',
  periodKinds: { interim: 'Delår (delårsrapport)', annual: 'Helår (årsredovisning)' },
  periodYear: 'År',
  periodAsOf: 'Avser tiden till och med',
  periodAsOfHint: 'Skriv datumet ÅÅÅÅ-MM-DD, t.ex. 2026-08-31.',
  addPeriodSubmit: 'Lägg till period',
  adding: 'Lägger till …',
  periodAdded: (name: string) => `Perioden ${name} har lagts till och är vald.`,
  asOfInvalid: (year: number) => `Skriv ett giltigt datum inom år ${year}, som ÅÅÅÅ-MM-DD.`,
  periodExists: (name: string) => `Planen har redan perioden ${name} med det datumet.`,

  statusFor: (period: string) => `Status ${period}:`,
  carriedFrom: (period: string) => `(registrerad för ${period})`,
  comment: 'Kommentar:',
  legend: (period: string) => `Uppföljning ${period}`,
  statusField: 'Status',
  commentField: 'Kommentar',
  save: 'Spara',
  saving: 'Sparar …',
  saved: (status: string, period: string) => `Sparat: ${status} för ${period}.`,
  conflict:
    'Någon annan har ändrat samma uppgift sedan sidan hämtades, så din ändring sparades inte. Sidan har hämtat de aktuella uppgifterna: kontrollera och spara igen.',
  saveFailed: (message: string) => `Det gick inte att spara: ${message}`,

  lockedLabel: 'Låst.',
  locked: (status: string, decision: string | null) =>
    `Versionen är ${status}${decision ? ` (${decision})` : ''} och kan inte ändras. Starta en ny version under Versioner för att följa upp.`,
  decision: (date: string, paragraph: string | null) =>
    `direktionens beslut ${date}${paragraph ? ` ${paragraph}` : ''}`,
  readOnly: 'Din roll kan läsa uppföljningen men inte ändra den.',

  verdictFor: (period: string | null, year: number) =>
    period === null ? `Bedömning för ${year}, utan uppföljningsperiod` : `Bedömning för ${period}`,
  ruleHeading: 'Planens regel',
  warnings: 'Att observera (från beräkningen, på engelska):',
};

export type PlanMessages = typeof planSv;

export const planEn: PlanMessages = {
  overallGoal: 'Overall goal',
  goalHeading: (number, title) => (number ? `Goal ${number}: ${title}` : title),
  goalKind: { operational: 'Operational goal', financial: 'Financial goal' },
  measures: 'Measures',
  activities: 'Activities',
  noActivities: 'The goal has no activities.',
  subActivities: 'Sub-activities',
  prioritised: 'Prioritised',
  recurring: 'Recurring every year',
  responsible: 'Responsible:',

  followUpHeading: 'Follow-up',
  periodLabel: 'Follow-up period',
  periodName: (kind, year) => `${kind === 'interim' ? 'Interim' : 'Annual'} ${year}`,
  periodOption: (name, asOf) => `${name} (as of ${asOf})`,
  noPeriods: 'The plan has no follow-up periods yet.',
  noPeriodsCanAdd: 'Add a period (interim or annual) to record the status of the activities.',
  noPeriodsReadOnly: 'Statuses are shown once a planner has added a follow-up period.',
  addPeriod: 'Add a follow-up period',
  periodKind: 'Kind',
  periodKinds: { interim: 'Interim (interim report)', annual: 'Annual (annual report)' },
  periodYear: 'Year',
  periodAsOf: 'Covers the time up to and including',
  periodAsOfHint: 'A date written YYYY-MM-DD, e.g. 2026-08-31.',
  addPeriodSubmit: 'Add period',
  adding: 'Adding …',
  periodAdded: (name) => `The period ${name} was added and is selected.`,
  asOfInvalid: (year) => `Write a valid date within ${year}, as YYYY-MM-DD.`,
  periodExists: (name) => `The plan already has the period ${name} with that date.`,

  statusFor: (period) => `Status ${period}:`,
  carriedFrom: (period) => `(recorded for ${period})`,
  comment: 'Comment:',
  legend: (period) => `Follow-up ${period}`,
  statusField: 'Status',
  commentField: 'Comment',
  save: 'Save',
  saving: 'Saving …',
  saved: (status, period) => `Saved: ${status} for ${period}.`,
  conflict:
    'Someone else changed the same item after this page was loaded, so your change was not saved. The page has fetched the current data: check it and save again.',
  saveFailed: (message) => `Could not save: ${message}`,

  lockedLabel: 'Locked.',
  locked: (status, decision) =>
    `This version is ${status}${decision ? ` (${decision})` : ''} and cannot be changed. Start a new version under Versions to follow it up.`,
  decision: (date, paragraph) => `board decision ${date}${paragraph ? ` ${paragraph}` : ''}`,
  readOnly: 'Your role may read the follow-up but not change it.',

  verdictFor: (period, year) =>
    period === null ? `Assessment for ${year}, without a follow-up period` : `Assessment for ${period}`,
  ruleHeading: "The plan's rule",
  warnings: 'Note (from the calculation):',
};
