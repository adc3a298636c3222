// The English message catalogue: the same keys as sv.ts (checked by the type Messages).
import { budgetEditEn } from './pages/budget-edit.ts';
import { documentsEn } from './pages/documents.ts';
import { followUpEn } from './pages/follow-up.ts';
import { logEn } from './pages/log.ts';
import { planEn } from './pages/plan.ts';
import { usersEn } from './pages/users.ts';
import { versionsEn } from './pages/versions.ts';
import type { Messages } from './sv.ts';

export const en: Messages = {
  lang: 'en',
  appName: 'Planvis',
  skipToContent: 'Skip to content',
  loading: 'Loading …',
  loadFailed: (what: string) => `Could not load ${what}.`,
  retry: 'Try again',
  language: 'Language',
  languageNames: { sv: 'Svenska', en: 'English' },

  login: {
    title: 'Log in',
    intro: 'Log in with your username and password.',
    username: 'Username',
    password: 'Password',
    submit: 'Log in',
    submitting: 'Logging in …',
    wrongCredentials: 'Wrong username or password.',
    tooManyAttempts: (seconds: number) => `Too many failed attempts. Try again in ${seconds} seconds.`,
    failed: 'Logging in failed. Please try again.',
    required: 'Enter username and password.',
  },

  shell: {
    loggedInAs: 'Logged in as',
    logout: 'Log out',
    navigation: 'Main menu',
    plan: 'Plan',
    show: 'Show',
    pickerLabel: 'Plan and version',
    version: 'Version',
    roles: {
      admin: 'Administrator',
      economist: 'Economist',
      planner: 'Planner',
      reader: 'Reader',
      member: 'Member region',
    },
    versionStatus: { draft: 'draft', proposed: 'proposed', decided: 'decided', superseded: 'superseded' },
    noPlans: 'There are no plans you can read.',
  },

  pages: {
    overview: 'Overview',
    plan: 'Operational plan',
    budget: 'Budget',
    contributions: 'Member contributions',
    reconciliation: 'Consistency',
    versions: 'Versions',
    'follow-up': 'Follow-up',
    log: 'Log',
    users: 'Users',
    notFound: 'Page not found',
    notFoundText: 'This address leads to no page.',
    notAllowed: 'Not allowed',
    notAllowedText: 'Your role does not give access to this page.',
    toOverview: 'To the overview',
  },

  plan: planEn,
  budgetEdit: budgetEditEn,
  followUp: followUpEn,
  documents: documentsEn,
  versions: versionsEn,
  log: logEn,
  users: usersEn,

  overview: {
    resultHeading: 'Budgeted result per year',
    resultChartLabel: (unit: string) => `Bar chart: budgeted result per year in ${unit}, stated and computed`,
    resultTableCaption: (unit: string) => `Budgeted result per year, ${unit}`,
    year: 'Year',
    stated: 'Stated',
    computed: 'Computed',
    difference: 'Difference',
    differs: 'differs',
    verdictHeading: 'Sound financial management',
    verdictFor: (year: number, basis: string) => `Assessment for ${year} (${basis})`,
    basis: { budget: 'from the budget', followUp: 'from follow-up' },
    verdictStatus: {
      met: 'Sound financial management is achieved',
      notMet: 'Sound financial management is not achieved',
      unknown: 'No assessment possible yet',
    },
    conditionsHeading: 'Conditions',
    conditionStatus: { met: 'Met', notMet: 'Not met', unknown: 'Unknown' },
    activitiesCondition: (done: number, total: number, required: string) =>
      `${done} of ${total} activities done; required: ${required}.`,
    atLeast: (min: number, total: number) => `at least ${min} of ${total}`,
    percentOf: (percent: string, total: number) => `${percent} of ${total}`,
    prioritisedScope: 'prioritised activities',
    financialCondition: (met: number, total: number) => `${met} of ${total} financial goals met.`,
    financialGoalsHeading: 'Financial goals',
    goal: 'Goal',
    status: 'Status',
    figure: 'Figure',
    reason: 'Reason',
    goalStatus: {
      met: 'Met',
      notMet: 'Not met',
      allowedByDecision: 'Allowed by decision',
      unknown: 'No figure',
    },
    reasonInEnglish: 'Reason from the computation:',
    findingsHeading: 'Consistency',
    findingsCount: (n: number, checked: number) =>
      n === 0
        ? `No differences among ${checked} checked figures.`
        : `${n} ${n === 1 ? 'difference' : 'differences'} among ${checked} checked figures.`,
    findingsLink: 'Show the consistency check',
    activitiesHeading: 'Activities by status',
    activitiesCaption: 'Activities of the operational goals the assessment covers, by status',
    count: 'Count',
    total: 'Total',
  },

  activityStatus: { notStarted: 'Not started', inProgress: 'In progress', done: 'Done', notDone: 'Not done' },

  budget: {
    caption: (title: string, unit: string) => `${title}, amounts in ${unit}`,
    line: 'Line',
    columnStatus: { comparison: 'comparison', budget: 'budget', preliminary: 'preliminary' },
    statedResult: (label: string) => `${label}, stated`,
    computedResult: (label: string) => `${label}, computed`,
    differsMark: 'Differs from computed',
    legend: 'Marked cells (⚠) are stated figures that disagree with the sum of the lines above.',
    readOnly: 'The budget is shown here without editing.',
    deficitAllowance: (years: string, law: string, decided: boolean) =>
      decided
        ? `A deficit in ${years} is allowed with exceptional reasons (${law}) by board decision.`
        : `The plan cites exceptional reasons (${law}) for a deficit in ${years}, but no board decision (date, §) is recorded.`,
  },

  contributions: {
    sharesHeading: 'Population shares',
    sharesSource: (source: string, date: string) => `Source: ${source}. Reference date ${date}.`,
    sharesCaption: 'Population share per member region',
    member: 'Member region',
    share: 'Share',
    noShares: 'The plan states no population shares.',
    tablesHeading: 'Revenue and member contributions',
    noTables: 'The plan has no contribution tables.',
    caption: (title: string, unit: string) => `${title}, amounts in ${unit}`,
    area: 'Area and row',
    total: 'Total',
    differsMark: "Differs from Planvis's split",
    computed: (figure: string) => `(computed ${figure})`,
    legend:
      "Marked cells (⚠) are stated amounts that differ from Planvis's split of the row's total by population share; the computed amount is shown in brackets.",
  },

  reconciliation: {
    intro: 'Each figure stated in the plan that disagrees with its parts.',
    caption: (n: number) => `${n} ${n === 1 ? 'difference' : 'differences'}`,
    none: 'The plan is consistent: no differences.',
    table: 'Table',
    row: 'Row',
    column: 'Column',
    stated: 'Stated',
    computed: 'Computed',
    difference: 'Difference',
    message: 'Description',
    cellLink: 'Cell',
    show: 'Show',
    rules: {
      resultFromLines: 'The result is not the sum of the budget lines.',
      notesSumToBudgetLine: "The note's items do not add up to the budget line.",
      rowSumsToTotal: "The members' amounts do not add up to the row's total.",
      columnSumsToTotal: "The member's amounts above do not add up to the total row.",
      totalOfRowTotals: "The rows' totals do not add up to the total row.",
      memberShare: 'The amount differs by more than one unit from the share of the total.',
      noteMatchesContribution: 'The contribution and the revenue note disagree.',
      sharesSumToTotal: 'The shares do not add up to the stated total.',
      shareRowMatchesShares: "The table's share row disagrees with the population shares.",
    },
  },
};
