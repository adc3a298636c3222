// A synthetic plan of any size for the benchmarks: NRF's shape (budget lines, revenue
// notes, one contribution table per year split by population shares) scaled up to many
// areas, members and years. Built directly as a core Plan, deterministic from a seed.
// It is consistent by construction except for INJECTED_COUNT known inconsistencies, so
// checkPlan has findings to produce and a test can tell exactly which ones.
import { allocateAmount, allocateUnits } from '../src/core/allocation/allocate.ts';
import type { FindingRule } from '../src/core/consistency/finding.ts';
import type { Decimal } from '../src/core/money/decimal.ts';
import { fromKronor, fromTkr, ore, toWholeUnits } from '../src/core/money/money.ts';
import type { Ore } from '../src/core/money/money.ts';
import { sharesOf } from '../src/core/plan/member-shares.ts';
import type {
  Activity,
  BudgetLine,
  BudgetLineCategory,
  ContributionArea,
  ContributionRow,
  ContributionTable,
  FinancialGoalRule,
  Goal,
  Member,
  Plan,
  PopulationShares,
  RevenueNoteGroup,
  RevenueNoteItem,
  RevenueNotes,
} from '../src/core/plan/types.ts';

export type SyntheticPlanOptions = { areas: number; members: number; years: number; seed?: number };

export type InjectedInconsistency = { rule: FindingRule; path: string };

const FIRST_YEAR = 2026;
const DEFAULT_SEED = 20_260_101;

/** mulberry32: a tiny, fast, well-mixed 32-bit PRNG; enough for test data, not for secrets. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Random = { int: (min: number, max: number) => number };

function randomFrom(seed: number): Random {
  const next = mulberry32(seed);
  return { int: (min, max) => min + Math.floor(next() * (max - min + 1)) };
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const memberCode = (m: number): string => `M${pad(m + 1, 2)}`;
const areaId = (a: number): string => `area-${pad(a + 1, 3)}`;
/** Areas with a state grant (a row not split between members), as RCC Norr in NRF's Bilaga 1. */
const hasStateGrant = (a: number): boolean => a % 4 === 3;

function checkOptions({ areas, members, years }: SyntheticPlanOptions): void {
  for (const [name, value, min] of [
    ['areas', areas, 2],
    ['members', members, 1],
    ['years', years, 1],
  ] as const) {
    if (!Number.isSafeInteger(value) || value < min) {
      throw new RangeError(`syntheticPlan: ${name} must be a whole number ≥ ${min}, got ${value}`);
    }
  }
  if (members > 99)
    throw new RangeError(`syntheticPlan: at most 99 members (codes M01..M99), got ${members}`);
}

/** Where the injected inconsistencies go; each produces exactly one finding. */
function injectionPoints(options: SyntheticPlanOptions) {
  return {
    /** The contribution row of this area and year disagrees with its revenue note item. */
    note: { yearIndex: Math.floor(options.years / 2), area: Math.floor(options.areas / 2) },
    /** The revenue line of the first year is 1 tkr off its note (the stated result follows the line). */
    revenueLineYearIndex: 0,
    /** The stated result of the last year is 1 tkr below what the lines add up to. */
    resultYearIndex: options.years - 1,
  };
}

/** The findings checkPlan must report for syntheticPlan(options), in checkPlan's order. */
export function injectedInconsistencies(options: SyntheticPlanOptions): InjectedInconsistency[] {
  checkOptions(options);
  const p = injectionPoints(options);
  return [
    { rule: 'resultFromLines', path: `budget.result.stated.${FIRST_YEAR + p.resultYearIndex}` },
    { rule: 'notesSumToBudgetLine', path: `budget.lines[0].amounts.${FIRST_YEAR + p.revenueLineYearIndex}` },
    {
      rule: 'noteMatchesContribution',
      path: `contributions[${p.note.yearIndex}].areas[${p.note.area}].rows[0].total`,
    },
  ];
}

/** Percent shares at two decimals that add up to exactly 100,00 (split by largest remainder). */
function populationShares(members: readonly Member[], random: Random, firstYear: number): PopulationShares {
  const weights = members.map((m) => ({ key: m.code, weight: BigInt(random.int(20, 100)) }));
  const hundredths = allocateUnits(10_000n, weights);
  return {
    referenceDate: `${firstYear - 2}-12-31`,
    source: 'Syntetisk befolkningsandel',
    basis: 'percent',
    shares: new Map(hundredths.map((p): [string, Decimal] => [p.key, { units: p.units, scale: 2 }])),
    statedTotal: { units: 10_000n, scale: 2 },
  };
}

type YearFigures = {
  year: number;
  /** Whole tkr per area: the member-financed row and, for some areas, a state grant. */
  memberFinanced: number[];
  stateGrants: (number | null)[];
};

function contributionTable(
  y: YearFigures,
  t: number,
  shares: ReturnType<typeof sharesOf>,
  population: PopulationShares,
): ContributionTable {
  const memberTotals = new Map<string, number>(shares.map((s) => [s.key, 0]));
  let grandTotal = 0;
  const areas: ContributionArea[] = y.memberFinanced.map((amount, a) => {
    const split = allocateAmount(fromTkr(amount), shares, { unit: 'tkr' });
    const perMember = new Map<string, Ore>();
    for (const part of split.parts) {
      perMember.set(part.key, part.amount);
      memberTotals.set(part.key, (memberTotals.get(part.key) ?? 0) + part.amount);
    }
    grandTotal += split.total;
    const rows: ContributionRow[] = [
      {
        label: a === 0 ? 'Medlemsbidrag' : 'Medlemsfinansiering',
        financing: a === 0 ? 'memberContribution' : 'coFinancing',
        total: split.total,
        perMember,
      },
    ];
    const grant = y.stateGrants[a];
    if (grant !== null && grant !== undefined) {
      rows.push({ label: 'Statsbidrag', financing: 'stateGrant', total: fromTkr(grant), perMember: null });
    }
    return { area: areaId(a), heading: `Område ${pad(a + 1, 3)}`, rows };
  });
  return {
    year: y.year,
    unit: 'tkr',
    title: `Bilaga ${t + 1}. Intäkter och medlemsbidrag ${y.year} i tkr per område och medlem`,
    areas,
    totalRow: {
      label: 'Summa från medlemmarna',
      total: ore(grandTotal),
      perMember: new Map([...memberTotals].map(([k, v]) => [k, ore(v)])),
    },
    shareRow: {
      label: 'Befolkningsandel',
      total: { units: 10_000n, scale: 2 },
      perMember: population.shares,
    },
  };
}

function revenueNotes(y: YearFigures, noteOffsetArea: number | null): RevenueNotes {
  const item = (a: number, amount: number, what: string): RevenueNoteItem => ({
    area: areaId(a),
    label: `${what}, område ${pad(a + 1, 3)}`,
    amount: fromTkr(amount),
  });
  // The injected difference is in the member-financed item only, never the area's state grant.
  const memberFinanced = (a: number, what: string): RevenueNoteItem =>
    item(a, (y.memberFinanced[a] ?? 0) + (a === noteOffsetArea ? 1 : 0), what);
  const coFinancing = y.memberFinanced.slice(1).map((_, i) => memberFinanced(i + 1, 'Samfinansiering'));
  const grants = y.stateGrants.flatMap((g, a) => (g === null ? [] : [item(a, g, 'Statsbidrag')]));
  const groups: RevenueNoteGroup[] = [
    {
      label: 'Bidrag från medlemmarna',
      financing: 'memberContribution',
      budgetLine: 'memberContributions',
      items: [memberFinanced(0, 'Medlemsbidrag')],
    },
    {
      label: 'Intäkter – samfinansiering',
      financing: 'coFinancing',
      budgetLine: 'revenue',
      items: coFinancing,
    },
  ];
  if (grants.length > 0) {
    groups.push({
      label: 'Intäkter – statsbidrag',
      financing: 'stateGrant',
      budgetLine: 'revenue',
      items: grants,
    });
  }
  return { year: y.year, unit: 'tkr', title: `Not intäkter ${y.year}, tkr`, groups };
}

const LINES: readonly { key: string; label: string; category: BudgetLineCategory }[] = [
  { key: 'revenue', label: 'Intäkter', category: 'revenue' },
  { key: 'staffCosts', label: 'Personalkostnader', category: 'staffCosts' },
  { key: 'purchasedServices', label: 'Köpt verksamhet', category: 'purchasedServices' },
  { key: 'otherCosts', label: 'Övriga kostnader', category: 'otherCosts' },
  { key: 'memberContributions', label: 'Bidrag från medlemmar', category: 'memberContributions' },
  { key: 'equityReversal', label: 'Återföring eget kapital', category: 'equityReversal' },
];

/** Whole tkr per line for one year, from the year's revenue note (costs negative). */
function lineAmounts(note: RevenueNotes, random: Random): Record<BudgetLineCategory, number> {
  const tkr = (line: string): number =>
    note.groups
      .filter((g) => g.budgetLine === line)
      .reduce((n, g) => n + g.items.reduce((k, i) => k + toWholeUnits(i.amount, 'tkr'), 0), 0);
  const revenue = tkr('revenue');
  const members = tkr('memberContributions');
  const income = revenue + members;
  const costShare = (min: number, max: number): number => -Math.floor((income * random.int(min, max)) / 1000);
  return {
    revenue,
    memberContributions: members,
    staffCosts: costShare(150, 250),
    purchasedServices: costShare(600, 700),
    otherCosts: costShare(30, 80),
    equityReversal: random.int(0, 3) === 0 ? random.int(100, 2_000) : 0,
  };
}

function goals(periodId: string): Goal[] {
  const statuses = ['done', 'done', 'inProgress'] as const;
  const operational: Goal[] = [1, 2, 3].map((g) => ({
    id: `mal-${g}`,
    number: String(g),
    kind: 'operational',
    title: `Verksamhetsmål ${g}`,
    measures: [],
    activities: [1, 2, 3].map((a): Activity => ({
      id: `mal-${g}-a${a}`,
      text: `Aktivitet ${a} för mål ${g}`,
      prioritised: a !== 3,
      recurring: false,
      subActivities: [],
      followUp: [{ period: periodId, status: statuses[(g + a) % statuses.length] ?? 'notStarted' }],
    })),
  }));
  const financialGoal = (id: string, title: string, rule: FinancialGoalRule): Goal => ({
    id,
    kind: 'financial',
    title,
    measures: [],
    activities: [],
    rule,
  });
  const financial: Goal[] = [
    financialGoal('mal-4', 'Positivt resultat', {
      kind: 'result',
      comparator: '>=',
      unlessBoardDecides: true,
    }),
    financialGoal('mal-5', 'God likviditet', { kind: 'minBankBalance', floor: fromKronor(500_000) }),
    financialGoal('mal-6', 'God finansiell ställning', { kind: 'minEquity', floor: fromKronor(1_000_000) }),
  ];
  return [...operational, ...financial];
}

/** A plan of `areas` × `members` × `years`, consistent except for injectedInconsistencies(). */
export function syntheticPlan(options: SyntheticPlanOptions): Plan {
  checkOptions(options);
  const { areas, members: memberCount, years } = options;
  const random = randomFrom(options.seed ?? DEFAULT_SEED);
  const inject = injectionPoints(options);
  const lastYear = FIRST_YEAR + years - 1;

  const members: Member[] = Array.from({ length: memberCount }, (_, m) => ({
    code: memberCode(m),
    name: `Medlem ${pad(m + 1, 2)}`,
  }));
  const population = populationShares(members, random, FIRST_YEAR);
  const shares = sharesOf(population);

  const figures: YearFigures[] = Array.from({ length: years }, (_, i) => ({
    year: FIRST_YEAR + i,
    memberFinanced: Array.from({ length: areas }, () => random.int(200, 20_000)),
    stateGrants: Array.from({ length: areas }, (_, a) => (hasStateGrant(a) ? random.int(100, 5_000) : null)),
  }));
  const notes = figures.map((y, i) => revenueNotes(y, i === inject.note.yearIndex ? inject.note.area : null));
  const contributions = figures.map((y, t) => contributionTable(y, t, shares, population));

  const amounts = notes.map((note) => lineAmounts(note, random));
  const revenueLine = amounts[inject.revenueLineYearIndex];
  if (revenueLine) revenueLine.revenue += 1;
  const lines: BudgetLine[] = LINES.map((l) => ({
    ...l,
    amounts: new Map(amounts.map((a, i) => [FIRST_YEAR + i, fromTkr(a[l.category])])),
  }));
  const stated = new Map(
    amounts.map((a, i) => {
      const result = Object.values(a).reduce((n, v) => n + v, 0);
      return [FIRST_YEAR + i, fromTkr(i === inject.resultYearIndex ? result - 1 : result)];
    }),
  );

  const periodId = `delar-${FIRST_YEAR}`;
  return {
    schemaVersion: 1,
    title: `Syntetisk plan ${FIRST_YEAR}–${lastYear} (${areas} områden × ${memberCount} medlemmar)`,
    organisation: { code: 'SYN', name: 'Syntetiska förbundet', kind: 'federation' },
    period: { from: FIRST_YEAR, to: lastYear },
    source: { document: 'bench/synthetic-plan.ts' },
    members,
    populationShares: population,
    decisions: [],
    indexSeries: [
      {
        id: 'lpik-excl-drugs',
        name: 'LPIK exkl. läkemedel',
        rates: new Map(figures.map((y): [number, Decimal] => [y.year, { units: 21n, scale: 1 }])),
      },
    ],
    overallGoal: { heading: 'Det övergripande målet', text: 'Ett syntetiskt mål för prestandamätning.' },
    goals: goals(periodId),
    soundFinancialManagement: {
      text: 'Minst sju av nio aktiviteter genomförda och samtliga ekonomiska mål uppfyllda.',
      conditions: [
        { kind: 'activitiesDone', scope: 'operationalGoals', expectedCount: 9, minCount: 7 },
        { kind: 'financialGoalsMet' },
      ],
    },
    followUpPeriods: [{ id: periodId, kind: 'interim', year: FIRST_YEAR, asOf: `${FIRST_YEAR}-08-31` }],
    budget: {
      title: `Budget ${FIRST_YEAR}–${lastYear}`,
      unit: 'tkr',
      columns: figures.map((y, i) => ({
        year: y.year,
        label: i === 0 ? `Budget ${y.year}` : `Prel budget ${y.year}`,
        status: i === 0 ? 'budget' : 'preliminary',
      })),
      lines,
      result: { label: 'Budgeterat resultat', stated },
      footnotes: [],
    },
    revenueNotes: notes,
    contributions,
    equity: [
      {
        date: `${FIRST_YEAR - 1}-12-31`,
        amount: fromTkr(random.int(5_000, 50_000)),
        unit: 'tkr',
        source: 'Syntetisk',
      },
    ],
    narrative: [
      {
        id: 'ekonomisk-planering',
        heading: 'Ekonomisk planering',
        level: 1,
        number: '1',
        blocks: [{ paragraph: 'Syntetisk text.' }],
      },
    ],
  };
}
