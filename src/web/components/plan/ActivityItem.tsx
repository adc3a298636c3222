// One activity as the plan states it (label, context, text, prioritised / recurring,
// responsible), its status at the chosen period, the planner's form, and its sub-activities.
import type { ActivityWire } from '../../api/plan-types.ts';
import type { FollowUpStatus } from '../../../core/plan/types.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import { Status } from '../Status.tsx';
import type { Tone } from '../Status.tsx';
import { FollowUpForm } from './FollowUpForm.tsx';
import { statusOf } from './follow-up.ts';

const TONE: Record<FollowUpStatus, Tone> = {
  done: 'good',
  inProgress: 'warn',
  notStarted: 'neutral',
  notDone: 'bad',
};

export type FollowUpContext = {
  base: string;
  revision: number;
  /** The chosen period, with the ids up to it (oldest first); null when the plan has none. */
  period: { id: string; name: string; upTo: readonly string[] } | null;
  /** Names of the periods by id, to say where a carried-over status was recorded. */
  periodNames: ReadonlyMap<string, string>;
  editable: boolean;
  onSaved: () => void;
};

export function ActivityItem({ activity, ctx }: { activity: ActivityWire; ctx: FollowUpContext }) {
  const { t } = useI18n();
  const shown = ctx.period ? statusOf(activity, ctx.period.upTo) : null;
  const carried = shown?.recordedFor !== undefined && shown.recordedFor !== ctx.period?.id;
  return (
    <li className="activity">
      {(activity.label || activity.prioritised || activity.recurring) && (
        <p className="activity-tags">
          {activity.label && <strong className="activity-label">{activity.label}</strong>}
          {activity.prioritised && <span className="tag">{t.plan.prioritised}</span>}
          {activity.recurring && <span className="tag">{t.plan.recurring}</span>}
        </p>
      )}
      {activity.context && <p className="activity-context">{activity.context}</p>}
      <p className="activity-text">{activity.text}</p>
      {activity.responsible && (
        <p className="muted">
          {t.plan.responsible} {activity.responsible}
        </p>
      )}
      {shown && ctx.period && (
        <p className="activity-status">
          <span>{t.plan.statusFor(ctx.period.name)}</span>{' '}
          <Status tone={TONE[shown.status]}>{t.activityStatus[shown.status]}</Status>
          {carried && shown.recordedFor && (
            <span className="muted">
              {' '}
              {t.plan.carriedFrom(ctx.periodNames.get(shown.recordedFor) ?? shown.recordedFor)}
            </span>
          )}
        </p>
      )}
      {shown?.comment && (
        <p className="activity-comment">
          <span className="comment-label">{t.plan.comment}</span> {shown.comment}
        </p>
      )}
      {shown && ctx.period && ctx.editable && (
        <FollowUpForm
          key={`${activity.id}/${ctx.period.id}`}
          base={ctx.base}
          revision={ctx.revision}
          activityId={activity.id}
          activityName={activity.label ?? activity.text}
          period={ctx.period}
          shown={shown}
          onSaved={ctx.onSaved}
        />
      )}
      {activity.subActivities.length > 0 && (
        <div className="sub-activities">
          <h4 className="sub-heading">{t.plan.subActivities}</h4>
          <ul>
            {activity.subActivities.map((s) => (
              <ActivityItem key={s.id} activity={s} ctx={ctx} />
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}
