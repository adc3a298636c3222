// Översikt: budgeted result per year (chart + table), the verdict on god ekonomisk
// hushållning with its conditions, the financial goals, findings and activities by status.
import type { BudgetView, Evaluation, VersionOverview } from '../api/types.ts';
import { followLink } from '../components/AppShell.tsx';
import { DocumentDownloads } from '../components/documents/DocumentDownloads.tsx';
import { LoadState } from '../components/LoadState.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { ResultChart } from '../components/ResultChart.tsx';
import { Status, TableScroll } from '../components/Status.tsx';
import { ActivityCounts, CONDITION_TONE, conditionText } from '../components/verdict/verdict-parts.tsx';
import type { Tone } from '../components/Status.tsx';
import { amount } from '../format.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { pagePath } from '../router.ts';
import { useApi } from '../use-api.ts';
import type { FinancialGoalStatus } from '../../core/evaluation/financial-goals.ts';

const GOAL_TONE: Record<FinancialGoalStatus, Tone> = {
  met: 'good',
  notMet: 'bad',
  allowedByDecision: 'warn',
  unknown: 'neutral',
};

export function OverviewPage({ slug, version }: { slug: string; version: string }) {
  const { t, language } = useI18n();
  const base = `/plans/${encodeURIComponent(slug)}/versions/${encodeURIComponent(version)}`;
  const overview = useApi<VersionOverview>(base);
  const budget = useApi<BudgetView>(`${base}/budget`);
  const evaluation = useApi<Evaluation>(`${base}/evaluation`);
  const plan = overview.state === 'ok' ? overview.data.overview.title : undefined;

  return (
    <>
      <PageHeading title={t.pages.overview} plan={plan} />
      {overview.state !== 'ok' || budget.state !== 'ok' ? (
        <LoadState loaded={overview.state !== 'ok' ? overview : budget} what={t.pages.overview} />
      ) : (
        <div className="grid">
          <section className="card card-wide" aria-labelledby="result-heading">
            <h2 id="result-heading">{t.overview.resultHeading}</h2>
            <ResultChart rows={overview.data.overview.result} unit={budget.data.unit} />
            <TableScroll label={t.overview.resultTableCaption(budget.data.unit)}>
              <table className="figures">
                <caption>{t.overview.resultTableCaption(budget.data.unit)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.overview.year}</th>
                    <th scope="col" className="num">
                      {t.overview.stated}
                    </th>
                    <th scope="col" className="num">
                      {t.overview.computed}
                    </th>
                    <th scope="col" className="num">
                      {t.overview.difference}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {overview.data.overview.result.map((r) => {
                    const differs = r.statedOre !== null && r.statedOre !== r.computedOre;
                    return (
                      <tr key={r.year}>
                        <th scope="row">{r.label}</th>
                        <td className={differs ? 'num differs' : 'num'}>
                          {differs && (
                            <>
                              <span aria-hidden="true">⚠ </span>
                              <span className="visually-hidden">{t.budget.differsMark}: </span>
                            </>
                          )}
                          {r.statedOre === null ? '–' : amount(r.statedOre, budget.data.unit)}
                        </td>
                        <td className="num">{amount(r.computedOre, budget.data.unit)}</td>
                        <td className="num">
                          {differs && r.statedOre !== null ? (
                            <Status tone="warn">
                              {amount(r.statedOre - r.computedOre, budget.data.unit)}{' '}
                              <span className="visually-hidden">{t.overview.differs}</span>
                            </Status>
                          ) : (
                            '0'
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableScroll>
          </section>

          <section className="card card-wide" aria-labelledby="verdict-heading">
            <h2 id="verdict-heading">{t.overview.verdictHeading}</h2>
            {evaluation.state !== 'ok' ? (
              <LoadState loaded={evaluation} what={t.overview.verdictHeading} />
            ) : (
              <>
                <p className="muted">
                  {t.overview.verdictFor(
                    evaluation.data.year,
                    t.overview.basis[evaluation.data.basis] ?? evaluation.data.basis,
                  )}
                </p>
                <p className={`verdict verdict-${evaluation.data.status}`}>
                  <Status tone={CONDITION_TONE[evaluation.data.status]}>
                    {t.overview.verdictStatus[evaluation.data.status]}
                  </Status>
                </p>
                <h3>{t.overview.conditionsHeading}</h3>
                <ul className="conditions">
                  {evaluation.data.conditions.map((c, i) => (
                    <li key={i}>
                      <Status tone={CONDITION_TONE[c.status]}>{t.overview.conditionStatus[c.status]}</Status>{' '}
                      {conditionText(t, c, evaluation.data)}
                    </li>
                  ))}
                </ul>
                <h3>{t.overview.financialGoalsHeading}</h3>
                <TableScroll label={t.overview.financialGoalsHeading}>
                  <table className="goals">
                    <caption className="visually-hidden">{t.overview.financialGoalsHeading}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t.overview.goal}</th>
                        <th scope="col">{t.overview.status}</th>
                        <th scope="col" className="num">
                          {t.overview.figure} ({budget.data.unit})
                        </th>
                        <th scope="col">{t.overview.reason}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {evaluation.data.financialGoals.map((g) => (
                        <tr key={g.goalId}>
                          <th scope="row">{g.title}</th>
                          <td>
                            <Status tone={GOAL_TONE[g.status]}>{t.overview.goalStatus[g.status]}</Status>
                          </td>
                          <td className="num">
                            {g.figure === undefined ? '–' : amount(g.figure, budget.data.unit)}
                          </td>
                          <td className="reason">
                            {/* The core writes its reasons in English; say so rather than pretend. */}
                            {language !== 'en' && (
                              <span className="visually-hidden">{t.overview.reasonInEnglish} </span>
                            )}
                            <span lang="en">{g.reason}</span>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableScroll>
              </>
            )}
          </section>

          <section className="card" aria-labelledby="findings-heading">
            <h2 id="findings-heading">{t.overview.findingsHeading}</h2>
            <p className="big-number">
              <Status tone={overview.data.overview.findings === 0 ? 'good' : 'warn'}>
                {overview.data.overview.findings}
              </Status>
            </p>
            <p>
              {t.overview.findingsCount(
                overview.data.overview.findings,
                overview.data.overview.checkedFigures,
              )}
            </p>
            <p>
              <a href={pagePath(slug, version, 'reconciliation')} onClick={followLink}>
                {t.overview.findingsLink}
              </a>
            </p>
          </section>

          <section className="card" aria-labelledby="activities-heading">
            <h2 id="activities-heading">{t.overview.activitiesHeading}</h2>
            {evaluation.state !== 'ok' ? (
              <LoadState loaded={evaluation} what={t.overview.activitiesHeading} />
            ) : (
              <ActivityCounts evaluation={evaluation.data} hideCaption />
            )}
          </section>
          <DocumentDownloads base={base} />
        </div>
      )}
    </>
  );
}
