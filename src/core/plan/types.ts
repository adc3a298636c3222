// The plan model: everything an operational plan with budget ("verksamhetsplan och
// budget") holds. Figures imported from a document are kept *as stated*; the core
// recomputes totals from parts and reports differences (see ../consistency).
import type { Decimal } from '../money/decimal.ts';
import type { MoneyUnit, Ore } from '../money/money.ts';

export type MemberCode = string;

export type Organisation = { code: string; name: string; kind: 'federation' | 'region' | 'municipality' };

export type Member = { code: MemberCode; name: string; printedName?: string };

/** A member's share as stated in the plan: a percentage ("26,71") or a population count. */
export type PopulationShares = {
  referenceDate: string;
  source: string;
  basis: 'percent' | 'population';
  shares: ReadonlyMap<MemberCode, Decimal>;
  statedTotal?: Decimal;
};

export type BoardDecision = {
  id: string;
  body: 'board';
  date: string;
  /** The minutes' paragraph, e.g. "§ 6"; absent for meetings cited without one. */
  paragraph?: string;
  subject: string;
};

export type IndexAssumption = {
  id: string;
  name: string;
  publisher?: string;
  publication?: string;
  /** Percent change per year, as stated; years the plan does not state are absent. */
  rates: ReadonlyMap<number, Decimal>;
  note?: string;
};

export type BudgetColumnStatus = 'budget' | 'preliminary' | 'comparison';

export type BudgetColumn = { year: number; label: string; status: BudgetColumnStatus };

export type BudgetLineCategory =
  'revenue' | 'staffCosts' | 'purchasedServices' | 'otherCosts' | 'memberContributions' | 'equityReversal';

export type BudgetLine = {
  key: string;
  label: string;
  category: BudgetLineCategory;
  /** Signed as printed: costs negative. */
  amounts: ReadonlyMap<number, Ore>;
  footnote?: string;
};

export type DeficitAllowance = {
  years: readonly number[];
  /** e.g. "KL 11 kap 5 §" */
  law: string;
  reason: string;
  /** The board decision that allows the deficit; null when the plan cites none. */
  decisionId: string | null;
};

export type Budget = {
  title: string;
  unit: MoneyUnit;
  columns: readonly BudgetColumn[];
  lines: readonly BudgetLine[];
  result: { label: string; stated: ReadonlyMap<number, Ore> };
  footnotes: readonly string[];
  deficitAllowance?: DeficitAllowance;
};

export type FinancingType = 'memberContribution' | 'coFinancing' | 'stateGrant';

export type RevenueNoteItem = { area: string; label: string; amount: Ore; footnote?: string };

export type RevenueNoteGroup = {
  label: string;
  financing: FinancingType;
  /** The budget line whose amount for the note's year the items add up to. */
  budgetLine: string;
  items: readonly RevenueNoteItem[];
};

export type RevenueNotes = {
  year: number;
  unit: MoneyUnit;
  title: string;
  groups: readonly RevenueNoteGroup[];
};

export type ContributionRow = {
  label: string;
  financing: FinancingType;
  /** null when the document prints the row without an amount. */
  total: Ore | null;
  /** null when the row is not split between members (e.g. a state grant). */
  perMember: ReadonlyMap<MemberCode, Ore> | null;
};

export type ContributionArea = { area: string; heading: string; rows: readonly ContributionRow[] };

export type ContributionTable = {
  year: number;
  unit: MoneyUnit;
  title: string;
  areas: readonly ContributionArea[];
  totalRow: { label: string; total: Ore; perMember: ReadonlyMap<MemberCode, Ore> };
  shareRow?: { label: string; total: Decimal; perMember: ReadonlyMap<MemberCode, Decimal> };
};

export type EquityFigure = { date: string; amount: Ore; unit: MoneyUnit; source: string };

export type FollowUpStatus = 'notStarted' | 'inProgress' | 'done' | 'notDone';

export type FollowUpPeriod = {
  id: string;
  kind: 'interim' | 'annual';
  year: number;
  /** The last day the period covers, e.g. 2026-08-31 for a delårsrapport. */
  asOf: string;
  /** Figures known at this follow-up (outcome or forecast); absent ones are not known. */
  figures?: FinancialFigures;
};

export type FollowUpEntry = { period: string; status: FollowUpStatus; comment?: string };

export type Measure = { text: string };

export type Activity = {
  id: string;
  /** As printed, e.g. "Aktivitet 1"; absent where the plan uses plain bullets. */
  label?: string;
  text: string;
  /** The plan's text the activity stands under, where it has one. */
  context?: string;
  prioritised: boolean;
  /** Annually recurring (årligen återkommande). */
  recurring: boolean;
  responsible?: string;
  subActivities: readonly Activity[];
  followUp: readonly FollowUpEntry[];
};

export type FinancialGoalRule =
  /** Revenue must exceed (">") or at least equal (">=") costs, unless the board decides otherwise. */
  | { kind: 'result'; comparator: '>' | '>='; unlessBoardDecides: boolean }
  | { kind: 'minBankBalance'; floor: Ore }
  | { kind: 'minEquity'; floor: Ore }
  | { kind: 'noExternalBorrowing' };

export type Goal = {
  id: string;
  number?: string;
  kind: 'operational' | 'financial';
  title: string;
  description?: string;
  measures: readonly Measure[];
  activities: readonly Activity[];
  rule?: FinancialGoalRule;
  decisionId?: string;
};

export type ActivityScope = 'prioritised' | 'operationalGoals';

export type VerdictCondition =
  | {
      kind: 'activitiesDone';
      scope: ActivityScope;
      /** The count the plan's text states ("7 prioriterade aktiviteter", "åtta aktiviteter"). */
      expectedCount?: number;
      minCount?: number;
      minPercent?: Decimal;
    }
  | { kind: 'financialGoalsMet' };

export type SoundFinancialManagementRule = { text: string; conditions: readonly VerdictCondition[] };

/** Known financial figures for a year: outcome, forecast or budget. */
export type FinancialFigures = {
  result?: Ore;
  equity?: Ore;
  lowestBankBalance?: Ore;
  externalBorrowing?: Ore;
};

export type NarrativeBlock = { paragraph: string } | { bullets: readonly string[] } | { quote: string };

export type NarrativeSection = {
  id: string;
  heading: string;
  level: number;
  number?: string;
  blocks: readonly NarrativeBlock[];
};

export type Plan = {
  schemaVersion: 1;
  title: string;
  organisation: Organisation;
  period: { from: number; to: number };
  source?: { document: string; file?: string };
  members: readonly Member[];
  populationShares?: PopulationShares;
  decisions: readonly BoardDecision[];
  indexSeries: readonly IndexAssumption[];
  overallGoal: { heading: string; text: string };
  goals: readonly Goal[];
  soundFinancialManagement: SoundFinancialManagementRule;
  followUpPeriods: readonly FollowUpPeriod[];
  budget: Budget;
  revenueNotes: readonly RevenueNotes[];
  contributions: readonly ContributionTable[];
  equity: readonly EquityFigure[];
  narrative: readonly NarrativeSection[];
};
