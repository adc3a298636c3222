// The Swedish message catalogue: every text the web app shows. en.ts has the same keys
// (the type Messages makes a missing or extra key a type error).
import type { ConditionStatus } from '../../core/evaluation/sound-financial-management.ts';
import type { FinancialGoalStatus } from '../../core/evaluation/financial-goals.ts';
import type { FollowUpStatus } from '../../core/plan/types.ts';
import { budgetEditSv } from './pages/budget-edit.ts';
import { documentsSv } from './pages/documents.ts';
import { followUpSv } from './pages/follow-up.ts';
import { logSv } from './pages/log.ts';
import { planSv } from './pages/plan.ts';
import { usersSv } from './pages/users.ts';
import { versionsSv } from './pages/versions.ts';

export const sv = {
  lang: 'sv',
  appName: 'Planvis',
  skipToContent: 'Hoppa till innehållet',
  loading: 'Hämtar …',
  loadFailed: (what: string) => `Kunde inte hämta ${what}.`,
  retry: 'Försök igen',
  language: 'Språk',
  languageNames: { sv: 'Svenska', en: 'English' },

  login: {
    title: 'Logga in',
    intro: 'Logga in med ditt användarnamn och lösenord.',
    username: 'Användarnamn',
    password: 'Lösenord',
    submit: 'Logga in',
    submitting: 'Loggar in …',
    wrongCredentials: 'Fel användarnamn eller lösenord.',
    tooManyAttempts: (seconds: number) => `För många misslyckade försök. Försök igen om ${seconds} sekunder.`,
    failed: 'Inloggningen misslyckades. Försök igen.',
    required: 'Fyll i användarnamn och lösenord.',
  },

  shell: {
    loggedInAs: 'Inloggad som',
    logout: 'Logga ut',
    navigation: 'Huvudmeny',
    plan: 'Plan',
    show: 'Visa',
    pickerLabel: 'Plan och version',
    version: 'Version',
    roles: {
      admin: 'Administratör',
      economist: 'Ekonom',
      planner: 'Planerare',
      reader: 'Läsare',
      member: 'Medlemsregion',
    },
    versionStatus: {
      draft: 'utkast',
      proposed: 'förslag',
      decided: 'beslutad',
      superseded: 'ersatt',
    } as Record<string, string>,
    noPlans: 'Det finns inga planer som du kan läsa.',
  },

  pages: {
    overview: 'Översikt',
    plan: 'Verksamhetsplan',
    budget: 'Budget',
    contributions: 'Medlemsbidrag',
    reconciliation: 'Avstämning',
    versions: 'Versioner',
    'follow-up': 'Uppföljning',
    log: 'Logg',
    users: 'Användare',
    notFound: 'Sidan finns inte',
    notFoundText: 'Adressen leder inte till någon sida.',
    notAllowed: 'Ingen behörighet',
    notAllowedText: 'Din roll ger inte tillgång till den här sidan.',
    toOverview: 'Till översikten',
  },

  plan: planSv,
  budgetEdit: budgetEditSv,
  followUp: followUpSv,
  documents: documentsSv,
  versions: versionsSv,
  log: logSv,
  users: usersSv,

  overview: {
    resultHeading: 'Budgeterat resultat per år',
    resultChartLabel: (unit: string) =>
      `Stapeldiagram: budgeterat resultat per år i ${unit}, angivet och beräknat`,
    resultTableCaption: (unit: string) => `Budgeterat resultat per år, ${unit}`,
    year: 'År',
    stated: 'Angivet',
    computed: 'Beräknat',
    difference: 'Skillnad',
    differs: 'avviker',
    verdictHeading: 'God ekonomisk hushållning',
    verdictFor: (year: number, basis: string) => `Bedömning för ${year} (${basis})`,
    basis: { budget: 'utifrån budget', followUp: 'utifrån uppföljning' } as Record<string, string>,
    verdictStatus: {
      met: 'God ekonomisk hushållning uppnås',
      notMet: 'God ekonomisk hushållning uppnås inte',
      unknown: 'Bedömning kan inte göras ännu',
    } satisfies Record<ConditionStatus, string>,
    conditionsHeading: 'Villkor',
    conditionStatus: {
      met: 'Uppfyllt',
      notMet: 'Inte uppfyllt',
      unknown: 'Okänt',
    } satisfies Record<ConditionStatus, string>,
    activitiesCondition: (done: number, total: number, required: string) =>
      `${done} av ${total} aktiviteter genomförda; krav: ${required}.`,
    atLeast: (min: number, total: number) => `minst ${min} av ${total}`,
    percentOf: (percent: string, total: number) => `${percent} av ${total}`,
    prioritisedScope: 'prioriterade aktiviteter',
    financialCondition: (met: number, total: number) => `${met} av ${total} finansiella mål uppfyllda.`,
    financialGoalsHeading: 'Finansiella mål',
    goal: 'Mål',
    status: 'Status',
    figure: 'Utfall/budget',
    reason: 'Motivering',
    goalStatus: {
      met: 'Uppfyllt',
      notMet: 'Inte uppfyllt',
      allowedByDecision: 'Tillåtet genom beslut',
      unknown: 'Uppgift saknas',
    } satisfies Record<FinancialGoalStatus, string>,
    reasonInEnglish: 'Motiveringen från beräkningen (på engelska):',
    findingsHeading: 'Avstämning',
    findingsCount: (n: number, checked: number) =>
      n === 0
        ? `Inga avvikelser bland ${checked} kontrollerade belopp.`
        : `${n} ${n === 1 ? 'avvikelse' : 'avvikelser'} bland ${checked} kontrollerade belopp.`,
    findingsLink: 'Visa avstämningen',
    activitiesHeading: 'Aktiviteter per status',
    activitiesCaption: 'Aktiviteter i de verksamhetsmål som bedömningen omfattar, per status',
    count: 'Antal',
    total: 'Summa',
  },

  activityStatus: {
    notStarted: 'Ej påbörjad',
    inProgress: 'Pågår',
    done: 'Genomförd',
    notDone: 'Ej genomförd',
  } satisfies Record<FollowUpStatus, string>,

  budget: {
    caption: (title: string, unit: string) => `${title}, belopp i ${unit}`,
    line: 'Rad',
    columnStatus: {
      comparison: 'jämförelse',
      budget: 'budget',
      preliminary: 'preliminär',
    } as Record<string, string>,
    statedResult: (label: string) => `${label}, angivet`,
    computedResult: (label: string) => `${label}, beräknat`,
    differsMark: 'Avviker från beräknat',
    legend: 'Markerade celler (⚠) är angivna belopp som inte stämmer med summan av raderna ovanför.',
    readOnly: 'Budgeten visas här utan redigering.',
    deficitAllowance: (years: string, law: string, decided: boolean) =>
      decided
        ? `Underskott ${years} tillåts med synnerliga skäl (${law}) genom direktionens beslut.`
        : `Planen åberopar synnerliga skäl (${law}) för underskott ${years}, men inget direktionsbeslut (datum, §) är registrerat.`,
  },

  contributions: {
    sharesHeading: 'Befolkningsandelar',
    sharesSource: (source: string, date: string) => `Källa: ${source}. Referensdatum ${date}.`,
    sharesCaption: 'Befolkningsandel per medlemsregion',
    member: 'Medlemsregion',
    share: 'Andel',
    noShares: 'Planen anger inga befolkningsandelar.',
    tablesHeading: 'Intäkter och medlemsbidrag',
    noTables: 'Planen har inga bidragstabeller.',
    caption: (title: string, unit: string) => `${title}, belopp i ${unit}`,
    area: 'Område och rad',
    total: 'Summa',
    differsMark: 'Avviker från Planvis fördelning',
    computed: (figure: string) => `(beräknat ${figure})`,
    legend:
      'Markerade celler (⚠) är angivna belopp som skiljer sig från Planvis fördelning av radens summa efter befolkningsandelarna; det beräknade beloppet står inom parentes.',
  },

  reconciliation: {
    intro: 'Varje angivet belopp i planen som inte stämmer med sina delar.',
    caption: (n: number) => `${n} ${n === 1 ? 'avvikelse' : 'avvikelser'}`,
    none: 'Planen stämmer: inga avvikelser.',
    table: 'Tabell',
    row: 'Rad',
    column: 'Kolumn',
    stated: 'Angivet',
    computed: 'Beräknat',
    difference: 'Skillnad',
    message: 'Beskrivning',
    cellLink: 'Cell',
    show: 'Visa',
    rules: {
      resultFromLines: 'Resultatet är inte summan av budgetraderna.',
      notesSumToBudgetLine: 'Notens poster summerar inte till budgetraden.',
      rowSumsToTotal: 'Medlemmarnas belopp summerar inte till radens totalbelopp.',
      columnSumsToTotal: 'Medlemmens belopp ovanför summerar inte till summaraden.',
      totalOfRowTotals: 'Radernas totalbelopp summerar inte till summaraden.',
      memberShare: 'Beloppet avviker mer än en enhet från andelen av totalen.',
      noteMatchesContribution: 'Medlemsbidraget och intäktsnoten stämmer inte överens.',
      sharesSumToTotal: 'Andelarna summerar inte till angiven total.',
      shareRowMatchesShares: 'Tabellens andelsrad stämmer inte med befolkningsandelarna.',
    } as Record<string, string>,
  },
};

export type Messages = typeof sv;
