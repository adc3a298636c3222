// One goal: number and title, kind, description, measures (mått) and its activities.
import type { GoalWire } from '../../api/plan-types.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import { ActivityItem } from './ActivityItem.tsx';
import type { FollowUpContext } from './ActivityItem.tsx';

export function GoalSection({ goal, ctx }: { goal: GoalWire; ctx: FollowUpContext }) {
  const { t } = useI18n();
  const headingId = `goal-${goal.id}`;
  return (
    <section className={`card goal goal-${goal.kind}`} aria-labelledby={headingId}>
      <p className="goal-kind">{t.plan.goalKind[goal.kind]}</p>
      <h2 id={headingId}>{t.plan.goalHeading(goal.number, goal.title)}</h2>
      {goal.description && <p className="goal-description">{goal.description}</p>}
      {goal.measures.length > 0 && (
        <>
          <h3>{t.plan.measures}</h3>
          <ul className="measures">
            {goal.measures.map((m, i) => (
              <li key={i}>{m.text}</li>
            ))}
          </ul>
        </>
      )}
      {(goal.kind === 'operational' || goal.activities.length > 0) && (
        <>
          <h3>{t.plan.activities}</h3>
          {goal.activities.length === 0 ? (
            <p className="muted">{t.plan.noActivities}</p>
          ) : (
            <ul className="activities">
              {goal.activities.map((a) => (
                <ActivityItem key={a.id} activity={a} ctx={ctx} />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
