// The JSON the pages read, as src/api/plans/views.ts and read-routes.ts send it. Written
// out here (not imported from src/api) so no server module enters the browser bundle;
// the browser tests keep both sides honest.
import type { ConditionStatus } from '../../core/evaluation/sound-financial-management.ts';
import type { FinancialGoalStatus } from '../../core/evaluation/financial-goals.ts';
import type { MoneyUnit } from '../../core/money/money.ts';
import type { FollowUpStatus } from '../../core/plan/types.ts';

export type Role = 'admin' | 'economist' | 'planner' | 'reader' | 'member';

export type SessionUser = { username: string; displayName: string; role: Role; memberCode: string | null };
export type Session = { user: SessionUser; csrfToken: string };

export type Organisation = { id: string; code: string; name: string; kind: string };

export type VersionSummary = {
  plan: string;
  id: string;
  number: number;
  label: string | null;
  status: string;
  decision: { date: string; paragraph: string | null } | null;
  revision: number;
};

export type PlanSummary = { slug: string; latest: VersionSummary; versions: number };

export type ResultYear = { year: number; label: string; statedOre: number | null; computedOre: number };

export type VersionOverview = {
  version: VersionSummary;
  overview: {
    title: string;
    organisation: { code: string; name: string };
    period: { from: number; to: number };
    result: ResultYear[];
    findings: number;
    checkedFigures: number;
  };
};

export type Condition =
  | {
      kind: 'activitiesDone';
      scope: 'operationalGoals' | 'prioritised';
      expectedCount?: number;
      minCount?: number;
      minPercent?: string;
    }
  | { kind: 'financialGoalsMet' };

export type Evaluation = {
  status: ConditionStatus;
  year: number;
  period: string | null;
  basis: 'budget' | 'followUp';
  conditions: { condition: Condition; status: ConditionStatus; reason: string; warnings: string[] }[];
  activities: { goalId: string; status: FollowUpStatus; activity: { id: string } }[];
  activityCounts: Record<FollowUpStatus, number>;
  financialGoals: {
    goalId: string;
    title: string;
    status: FinancialGoalStatus;
    reason: string;
    figure?: number;
  }[];
};

export type BudgetView = {
  revision: number;
  title: string;
  unit: MoneyUnit;
  columns: { year: number; label: string; status: string }[];
  lines: {
    index: number;
    key: string;
    label: string;
    category: string;
    amountsOre: Record<string, number>;
    footnote: string | null;
  }[];
  result: {
    label: string;
    rows: { year: number; statedOre: number | null; computedOre: number; differs: boolean }[];
  };
  deficitAllowance: { years: number[]; law: string; reason: string; decisionId: string | null } | null;
};

export type Finding = {
  rule: string;
  measure: 'amount' | 'percent';
  table: string;
  row: string;
  column: string;
  path: string;
  message: string;
  unit?: MoneyUnit;
  /** öre for amounts, a decimal string ("26.71") for percentages */
  stated: number | string;
  computed: number | string;
  difference?: number;
};

export type FindingsView = {
  revision: number;
  consistent: boolean;
  checkedFigures: number;
  findings: Finding[];
};

export type ContributionRow = {
  label: string;
  financing: string;
  totalOre: number | null;
  perMemberOre: Record<string, number> | null;
  computedOre: Record<string, number> | null;
};

export type ContributionsView = {
  populationShares: {
    referenceDate: string;
    source: string;
    basis: 'percent' | 'population';
    /** decimal strings in percent: "26.71" */
    shares: Record<string, string>;
  } | null;
  tables: {
    year: number;
    unit: MoneyUnit;
    title: string;
    areas: { area: string; heading: string; rows: ContributionRow[] }[];
    totalRow: { label: string; totalOre: number | null; perMemberOre: Record<string, number> | null };
  }[];
};
