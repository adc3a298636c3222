// A small, consistent plan for unit tests of the core, built in code so core tests
// need no file reading. Two members at 60/40 %, two budget years, one revenue note and
// one contribution table; every stated figure agrees with its parts.
import { parseDecimal } from '../money/decimal.ts';
import { fromTkr, fromKronor } from '../money/money.ts';
import type { Activity, Goal, Plan } from '../plan/types.ts';

export function activity(id: string, overrides: Partial<Activity> = {}): Activity {
  return {
    id,
    text: `Activity ${id}`,
    prioritised: true,
    recurring: false,
    subActivities: [],
    followUp: [],
    ...overrides,
  };
}

export const financialGoals: Goal[] = [
  {
    id: 'result',
    kind: 'financial',
    title: 'Positivt resultat',
    measures: [],
    activities: [],
    rule: { kind: 'result', comparator: '>=', unlessBoardDecides: true },
  },
  {
    id: 'liquidity',
    kind: 'financial',
    title: 'God likviditet',
    measures: [],
    activities: [],
    rule: { kind: 'minBankBalance', floor: fromKronor(500_000) },
  },
  {
    id: 'equity',
    kind: 'financial',
    title: 'God finansiell ställning',
    measures: [],
    activities: [],
    rule: { kind: 'minEquity', floor: fromKronor(1_000_000) },
  },
];

export function testPlan(): Plan {
  const y = (a: number, b: number) =>
    new Map([
      [2026, fromTkr(a)],
      [2027, fromTkr(b)],
    ]);
  return {
    schemaVersion: 1,
    title: 'Testplan',
    organisation: { code: 'TST', name: 'Testförbundet', kind: 'federation' },
    period: { from: 2026, to: 2027 },
    members: [
      { code: 'A', name: 'Region A' },
      { code: 'B', name: 'Region B' },
    ],
    populationShares: {
      referenceDate: '2024-12-31',
      source: 'SCB',
      basis: 'percent',
      shares: new Map([
        ['A', parseDecimal('60.00')],
        ['B', parseDecimal('40.00')],
      ]),
      statedTotal: parseDecimal('100.00'),
    },
    decisions: [{ id: 'fd-1', body: 'board', date: '2025-12-03', paragraph: '§ 12', subject: 'Budget' }],
    indexSeries: [],
    overallGoal: { heading: 'Övergripande mål', text: 'Mål' },
    goals: [
      {
        id: 'g1',
        number: '1',
        kind: 'operational',
        title: 'Mål 1',
        measures: [],
        activities: [activity('a1'), activity('a2'), activity('a3', { subActivities: [activity('a3-1')] })],
      },
      {
        id: 'g2',
        number: '2',
        kind: 'operational',
        title: 'Mål 2',
        measures: [],
        activities: [activity('a4', { prioritised: false })],
      },
      ...financialGoals,
    ],
    soundFinancialManagement: {
      text: 'Minst tre av fyra aktiviteter och samtliga finansiella mål',
      conditions: [
        { kind: 'activitiesDone', scope: 'operationalGoals', expectedCount: 4, minCount: 3 },
        { kind: 'financialGoalsMet' },
      ],
    },
    followUpPeriods: [],
    budget: {
      title: 'Budget',
      unit: 'tkr',
      columns: [
        { year: 2026, label: 'Budget 2026', status: 'budget' },
        { year: 2027, label: 'Prel budget 2027', status: 'preliminary' },
      ],
      lines: [
        { key: 'revenue', label: 'Intäkter', category: 'revenue', amounts: y(1500, 1500) },
        { key: 'staffCosts', label: 'Personalkostnader', category: 'staffCosts', amounts: y(-1200, -1250) },
        { key: 'otherCosts', label: 'Övriga kostnader', category: 'otherCosts', amounts: y(-1300, -1300) },
        {
          key: 'memberContributions',
          label: 'Bidrag från medlemmar',
          category: 'memberContributions',
          amounts: y(1000, 1000),
        },
        {
          key: 'equityReversal',
          label: 'Återföring eget kapital',
          category: 'equityReversal',
          amounts: y(0, 0),
        },
      ],
      // 1500 − 1200 − 1300 + 1000 = 0; 1500 − 1250 − 1300 + 1000 = −50
      result: { label: 'Budgeterat resultat', stated: y(0, -50) },
      footnotes: [],
    },
    revenueNotes: [
      {
        year: 2026,
        unit: 'tkr',
        title: 'Not intäkter 2026',
        groups: [
          {
            label: 'Medlemsbidrag',
            financing: 'memberContribution',
            budgetLine: 'memberContributions',
            items: [{ area: 'office', label: 'Kansli', amount: fromTkr(1000) }],
          },
          {
            label: 'Samfinansiering',
            financing: 'coFinancing',
            budgetLine: 'revenue',
            items: [{ area: 'rcc', label: 'RCC', amount: fromTkr(1001) }],
          },
          {
            label: 'Statsbidrag',
            financing: 'stateGrant',
            budgetLine: 'revenue',
            items: [{ area: 'rcc', label: 'RCC statsbidrag', amount: fromTkr(499) }],
          },
        ],
      },
    ],
    contributions: [
      {
        year: 2026,
        unit: 'tkr',
        title: 'Bilaga 1',
        areas: [
          {
            area: 'office',
            heading: 'Kansli',
            rows: [
              {
                label: 'Medlemsbidrag',
                financing: 'memberContribution',
                total: fromTkr(1000),
                perMember: new Map([
                  ['A', fromTkr(600)],
                  ['B', fromTkr(400)],
                ]),
              },
            ],
          },
          {
            area: 'rcc',
            heading: 'RCC',
            rows: [
              // 1001 × 60 % = 600,6 and 1001 × 40 % = 400,4: 601 + 400 by largest remainder
              {
                label: 'Medlemsfinansiering',
                financing: 'coFinancing',
                total: fromTkr(1001),
                perMember: new Map([
                  ['A', fromTkr(601)],
                  ['B', fromTkr(400)],
                ]),
              },
              { label: 'Statsbidrag', financing: 'stateGrant', total: fromTkr(499), perMember: null },
            ],
          },
        ],
        totalRow: {
          label: 'Summa från regionerna',
          total: fromTkr(2001),
          perMember: new Map([
            ['A', fromTkr(1201)],
            ['B', fromTkr(800)],
          ]),
        },
        shareRow: {
          label: 'Befolkningsandel',
          total: parseDecimal('100.00'),
          perMember: new Map([
            ['A', parseDecimal('60.00')],
            ['B', parseDecimal('40.00')],
          ]),
        },
      },
    ],
    equity: [{ date: '2025-12-31', amount: fromTkr(1200), unit: 'tkr', source: 'test' }],
    narrative: [],
  };
}
