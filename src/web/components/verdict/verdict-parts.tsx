// Pieces of the verdict on god ekonomisk hushållning shared by Översikt and Verksamhetsplan:
// the condition texts in the chosen language (the core's reasons are English) and the
// table of activities per status.
import type { ConditionStatus } from '../../../core/evaluation/sound-financial-management.ts';
import type { FollowUpStatus } from '../../../core/plan/types.ts';
import type { Evaluation } from '../../api/types.ts';
import { percent } from '../../format.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import type { Messages } from '../../i18n/sv.ts';
import type { Tone } from '../Status.tsx';

export const CONDITION_TONE: Record<ConditionStatus, Tone> = { met: 'good', notMet: 'bad', unknown: 'warn' };
const ACTIVITY_ORDER: FollowUpStatus[] = ['done', 'inProgress', 'notStarted', 'notDone'];

/** The condition in the chosen language, from its structure. */
export function conditionText(t: Messages, c: Evaluation['conditions'][number], e: Evaluation): string {
  if (c.condition.kind === 'financialGoalsMet') {
    const met = e.financialGoals.filter((g) => g.status === 'met' || g.status === 'allowedByDecision').length;
    return t.overview.financialCondition(met, e.financialGoals.length);
  }
  const total = e.activities.length;
  const done = e.activities.filter((a) => a.status === 'done').length;
  const required = [
    ...(c.condition.minCount !== undefined ? [t.overview.atLeast(c.condition.minCount, total)] : []),
    ...(c.condition.minPercent !== undefined
      ? [t.overview.percentOf(percent(c.condition.minPercent), total)]
      : []),
  ].join(', ');
  return t.overview.activitiesCondition(done, total, required);
}

type Props = { evaluation: Evaluation; className?: string; hideCaption?: boolean };

/** Activities in the verdict's goals per status, with their total. */
export function ActivityCounts({ evaluation, className = 'figures compact', hideCaption = false }: Props) {
  const { t } = useI18n();
  return (
    <table className={className}>
      <caption className={hideCaption ? 'visually-hidden' : undefined}>
        {t.overview.activitiesCaption}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t.overview.status}</th>
          <th scope="col" className="num">
            {t.overview.count}
          </th>
        </tr>
      </thead>
      <tbody>
        {ACTIVITY_ORDER.map((s) => (
          <tr key={s}>
            <th scope="row">{t.activityStatus[s]}</th>
            <td className="num">{evaluation.activityCounts[s]}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t.overview.total}</th>
          <td className="num">{evaluation.activities.length}</td>
        </tr>
      </tfoot>
    </table>
  );
}
