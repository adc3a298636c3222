// Follow-up status of activities at a follow-up period: the status recorded for that
// period, else the latest recorded before it, else "not started".
import type { Activity, ActivityScope, FollowUpEntry, FollowUpStatus, Plan } from '../plan/types.ts';

export type ActivityStatusRow = {
  activity: Activity;
  goalId: string;
  status: FollowUpStatus;
  comment?: string;
  /** The period the status was recorded for; absent when never recorded. */
  recordedFor?: string;
};

/** Periods up to and including `periodId`, oldest first (all of them when null). */
export function periodsUpTo(plan: Plan, periodId: string | null): string[] {
  const sorted = [...plan.followUpPeriods].sort((a, b) => a.asOf.localeCompare(b.asOf));
  if (periodId === null) return sorted.map((p) => p.id);
  const end = sorted.findIndex((p) => p.id === periodId);
  if (end < 0)
    throw new RangeError(
      `unknown follow-up period "${periodId}"; the plan has ${sorted.map((p) => p.id).join(', ') || 'none'}`,
    );
  return sorted.slice(0, end + 1).map((p) => p.id);
}

export function statusAt(
  activity: Activity,
  periods: readonly string[],
): Omit<ActivityStatusRow, 'activity' | 'goalId'> {
  let latest: FollowUpEntry | undefined;
  let latestIndex = -1;
  for (const entry of activity.followUp) {
    const index = periods.indexOf(entry.period);
    if (index > latestIndex) {
      latest = entry;
      latestIndex = index;
    }
  }
  if (!latest) return { status: 'notStarted' };
  return {
    status: latest.status,
    recordedFor: latest.period,
    ...(latest.comment === undefined ? {} : { comment: latest.comment }),
  };
}

/**
 * The activities a verdict counts. Sub-activities are part of their parent and never
 * counted on their own ("minst sex av åtta aktiviteter" counts the eight bullets).
 */
export function activitiesInScope(
  plan: Plan,
  scope: ActivityScope,
): { activity: Activity; goalId: string }[] {
  const operational = plan.goals.filter((g) => g.kind === 'operational');
  const all = operational.flatMap((g) => g.activities.map((activity) => ({ activity, goalId: g.id })));
  return scope === 'prioritised' ? all.filter((a) => a.activity.prioritised) : all;
}

export function activityStatuses(
  plan: Plan,
  scope: ActivityScope,
  periodId: string | null,
): ActivityStatusRow[] {
  const periods = periodsUpTo(plan, periodId);
  return activitiesInScope(plan, scope).map((a) => ({ ...a, ...statusAt(a.activity, periods) }));
}
