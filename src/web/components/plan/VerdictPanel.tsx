// The verdict on god ekonomisk hushållning for the chosen period: its conditions with
// their reasons and the activities per status. Refetched after every save.
import type { Evaluation } from '../../api/types.ts';
import type { ConditionStatus } from '../../../core/evaluation/sound-financial-management.ts';
import type { FollowUpStatus } from '../../../core/plan/types.ts';
import { percent } from '../../format.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import type { Messages } from '../../i18n/sv.ts';
import type { Loaded } from '../../use-api.ts';
import { LoadState } from '../LoadState.tsx';
import { Status } from '../Status.tsx';
import type { Tone } from '../Status.tsx';

const CONDITION_TONE: Record<ConditionStatus, Tone> = { met: 'good', notMet: 'bad', unknown: 'warn' };
const ORDER: FollowUpStatus[] = ['done', 'inProgress', 'notStarted', 'notDone'];

/** The condition in the chosen language, from its structure (the core's reason is English). */
function conditionText(t: Messages, c: Evaluation['conditions'][number], e: Evaluation): string {
  if (c.condition.kind === 'financialGoalsMet') {
    const met = e.financialGoals.filter((g) => g.status === 'met' || g.status === 'allowedByDecision').length;
    return t.overview.financialCondition(met, e.financialGoals.length);
  }
  const total = e.activities.length;
  const done = e.activities.filter((a) => a.status === 'done').length;
  const required = [
    ...(c.condition.minCount !== undefined ? [t.overview.atLeast(c.condition.minCount, total)] : []),
    ...(c.condition.minPercent !== undefined
      ? [t.plan.percentOf(percent(c.condition.minPercent), total)]
      : []),
  ].join(', ');
  return t.overview.activitiesCondition(done, total, required);
}

type Props = { evaluation: Loaded<Evaluation>; periodName: string | null; ruleText: string };

export function VerdictPanel({ evaluation, periodName, ruleText }: Props) {
  const { t } = useI18n();
  return (
    <section className="card verdict-panel" aria-labelledby="plan-verdict-heading">
      <h2 id="plan-verdict-heading">{t.overview.verdictHeading}</h2>
      {evaluation.state !== 'ok' ? (
        <LoadState loaded={evaluation} what={t.overview.verdictHeading} />
      ) : (
        <>
          <p className="muted">{t.plan.verdictFor(periodName, evaluation.data.year)}</p>
          {/* Announced when a save changes the verdict or a condition. */}
          <div aria-live="polite" aria-atomic="true">
            <p className="verdict">
              <Status tone={CONDITION_TONE[evaluation.data.status]}>
                {t.overview.verdictStatus[evaluation.data.status]}
              </Status>
            </p>
            <h3>{t.overview.conditionsHeading}</h3>
            <ul className="conditions">
              {evaluation.data.conditions.map((c, i) => (
                <li key={i} data-condition={c.condition.kind}>
                  <Status tone={CONDITION_TONE[c.status]}>{t.overview.conditionStatus[c.status]}</Status>{' '}
                  {conditionText(t, c, evaluation.data)}
                  {c.warnings.length > 0 && (
                    <span className="condition-warnings">
                      {t.plan.warnings}{' '}
                      {c.warnings.map((w) => (
                        <span key={w} lang="en">
                          {w}
                        </span>
                      ))}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </div>
          <table className="figures compact activity-counts">
            <caption>{t.overview.activitiesCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.overview.status}</th>
                <th scope="col" className="num">
                  {t.overview.count}
                </th>
              </tr>
            </thead>
            <tbody>
              {ORDER.map((s) => (
                <tr key={s}>
                  <th scope="row">{t.activityStatus[s]}</th>
                  <td className="num">{evaluation.data.activityCounts[s]}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t.overview.total}</th>
                <td className="num">{evaluation.data.activities.length}</td>
              </tr>
            </tfoot>
          </table>
          <details className="rule">
            <summary>{t.plan.ruleHeading}</summary>
            <p>{ruleText}</p>
          </details>
        </>
      )}
    </section>
  );
}
