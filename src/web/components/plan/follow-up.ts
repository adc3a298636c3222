// Follow-up periods and statuses as the page shows them. The status an activity has at a
// period comes from the core's rule (the entry for that period, else the latest before it),
// so the page and the verdict always agree.
import { statusAt } from '../../../core/evaluation/activity-status.ts';
import type { FollowUpStatus } from '../../../core/plan/types.ts';
import type { ActivityWire, FollowUpPeriodWire } from '../../api/plan-types.ts';

/** Oldest first, as the core orders them. */
export function sortPeriods(periods: readonly FollowUpPeriodWire[]): FollowUpPeriodWire[] {
  return [...periods].sort((a, b) => a.asOf.localeCompare(b.asOf));
}

/** Ids of the periods up to and including `periodId`, oldest first. */
export function periodsUpTo(periods: readonly FollowUpPeriodWire[], periodId: string): string[] {
  const sorted = sortPeriods(periods);
  const end = sorted.findIndex((p) => p.id === periodId);
  return sorted.slice(0, end + 1).map((p) => p.id);
}

export type ShownStatus = { status: FollowUpStatus; comment?: string; recordedFor?: string };

export function statusOf(activity: ActivityWire, upTo: readonly string[]): ShownStatus {
  return statusAt(
    {
      id: activity.id,
      text: activity.text,
      prioritised: activity.prioritised,
      recurring: activity.recurring,
      subActivities: [],
      followUp: activity.followUp,
    },
    upTo,
  );
}

/** A readable id for a new period ("delar-2026"), made unique against the plan's ids. */
export function newPeriodId(
  kind: FollowUpPeriodWire['kind'],
  year: number,
  asOf: string,
  taken: readonly string[],
): string {
  const base = `${kind === 'interim' ? 'delar' : 'helar'}-${year}`;
  if (!taken.includes(base)) return base;
  const dated = `${kind === 'interim' ? 'delar' : 'helar'}-${asOf}`;
  for (let n = 1; ; n++) {
    const id = n === 1 ? dated : `${dated}-${n}`;
    if (!taken.includes(id)) return id;
  }
}

/** The usual last day of a period: 31 August for a delårsrapport, 31 December for the year. */
export function defaultAsOf(kind: FollowUpPeriodWire['kind'], year: number): string {
  return kind === 'interim' ? `${year}-08-31` : `${year}-12-31`;
}
