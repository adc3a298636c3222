// The JSON of the Verksamhetsplan page: GET …/goals (goalsView in src/api/plans/views.ts)
// and the result of a write. Written out, not imported, so no server module enters the bundle.
import type { FollowUpStatus } from '../../core/plan/types.ts';
import type { Condition, VersionSummary } from './types.ts';

export type FollowUpEntryWire = { period: string; status: FollowUpStatus; comment?: string };

export type ActivityWire = {
  id: string;
  label: string | null;
  text: string;
  context: string | null;
  prioritised: boolean;
  recurring: boolean;
  responsible: string | null;
  followUp: FollowUpEntryWire[];
  subActivities: ActivityWire[];
};

export type GoalWire = {
  index: number;
  id: string;
  number: string | null;
  kind: 'operational' | 'financial';
  title: string;
  description: string | null;
  measures: { text: string }[];
  activities: ActivityWire[];
};

export type FollowUpPeriodWire = {
  id: string;
  kind: 'interim' | 'annual';
  year: number;
  /** The last day the period covers, YYYY-MM-DD. */
  asOf: string;
};

export type GoalsView = {
  revision: number;
  overallGoal: { heading: string; text: string };
  goals: GoalWire[];
  soundFinancialManagement: { text: string; conditions: Condition[] };
  followUpPeriods: FollowUpPeriodWire[];
};

/** What PUT …/follow-up and PATCH …/figures answer. */
export type ChangeResult = {
  version: VersionSummary;
  changed: { path: string; before: unknown; after: unknown }[];
};
