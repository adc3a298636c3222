// The verdict on god ekonomisk hushållning for the chosen period: its conditions with
// their reasons and the activities per status. Refetched after every save.
import type { Evaluation } from '../../api/types.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import type { Loaded } from '../../use-api.ts';
import { LoadState } from '../LoadState.tsx';
import { Status } from '../Status.tsx';
import { ActivityCounts, CONDITION_TONE, conditionText } from '../verdict/verdict-parts.tsx';

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
          <ActivityCounts evaluation={evaluation.data} className="figures compact activity-counts" />
          <details className="rule">
            <summary>{t.plan.ruleHeading}</summary>
            <p>{ruleText}</p>
          </details>
        </>
      )}
    </section>
  );
}
