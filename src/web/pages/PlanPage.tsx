// Verksamhetsplan: the overall goal, the goals with measures and activities, and the
// follow-up per period. Planners record status and comment per activity; the verdict on
// god ekonomisk hushållning for the chosen period is fetched again after every save.
import { useCallback, useMemo, useState } from 'react';
import type { GoalsView } from '../api/plan-types.ts';
import type { Evaluation, VersionOverview } from '../api/types.ts';
import { DocumentDownloads } from '../components/documents/DocumentDownloads.tsx';
import { NarrativeEditor } from '../components/documents/NarrativeEditor.tsx';
import { LoadState } from '../components/LoadState.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import type { FollowUpContext } from '../components/plan/ActivityItem.tsx';
import { FollowUpPanel } from '../components/plan/FollowUpPanel.tsx';
import { GoalSection } from '../components/plan/GoalSection.tsx';
import { periodsUpTo, sortPeriods } from '../components/plan/follow-up.ts';
import { useReloadable } from '../components/plan/use-reloadable.ts';
import { VerdictPanel } from '../components/plan/VerdictPanel.tsx';
import { useI18n } from '../i18n/I18n.tsx';
import { useCan } from '../session.ts';

export function PlanPage({ slug, version }: { slug: string; version: string }) {
  const { t } = useI18n();
  const base = `/plans/${encodeURIComponent(slug)}/versions/${encodeURIComponent(version)}`;
  const mayWrite = useCan('goals:write');
  const overview = useReloadable<VersionOverview>(base);
  const goals = useReloadable<GoalsView>(`${base}/goals`);
  const [chosen, setChosen] = useState<string | null>(null);

  const periods = useMemo(
    () => (goals.loaded.state === 'ok' ? sortPeriods(goals.loaded.data.followUpPeriods) : []),
    [goals.loaded],
  );
  // The chosen period, else the latest one.
  const period = periods.find((p) => p.id === chosen) ?? periods.at(-1) ?? null;
  const evaluation = useReloadable<Evaluation>(
    `${base}/evaluation${period ? `?period=${encodeURIComponent(period.id)}` : ''}`,
  );

  const reloadGoals = goals.reload;
  const reloadEvaluation = evaluation.reload;
  const reloadOverview = overview.reload;
  const onSaved = useCallback(() => {
    reloadGoals();
    reloadEvaluation();
    // A refused write may mean the version was decided meanwhile: fetch its status too.
    reloadOverview();
  }, [reloadGoals, reloadEvaluation, reloadOverview]);

  const title = overview.loaded.state === 'ok' ? overview.loaded.data.overview.title : undefined;
  if (overview.loaded.state !== 'ok' || goals.loaded.state !== 'ok') {
    return (
      <>
        <PageHeading title={t.pages.plan} plan={title} />
        <LoadState
          loaded={overview.loaded.state !== 'ok' ? overview.loaded : goals.loaded}
          what={t.pages.plan}
        />
      </>
    );
  }

  const { version: summary, overview: info } = overview.loaded.data;
  const data = goals.loaded.data;
  const locked = summary.status === 'decided' || summary.status === 'superseded';
  const periodName = (p: (typeof periods)[number]) => t.plan.periodName(p.kind, p.year);
  const ctx: FollowUpContext = {
    base,
    revision: data.revision,
    period: period
      ? { id: period.id, name: periodName(period), upTo: periodsUpTo(periods, period.id) }
      : null,
    periodNames: new Map(periods.map((p) => [p.id, periodName(p)])),
    editable: mayWrite && !locked,
    onSaved,
  };
  const years = Array.from({ length: info.period.to - info.period.from + 1 }, (_, i) => info.period.from + i);

  return (
    <>
      <PageHeading title={t.pages.plan} plan={title} />
      {locked && (
        <p className="alert alert-locked">
          <strong>{t.plan.lockedLabel}</strong>{' '}
          {t.plan.locked(
            t.shell.versionStatus[summary.status] ?? summary.status,
            summary.decision ? t.plan.decision(summary.decision.date, summary.decision.paragraph) : null,
          )}
        </p>
      )}
      <FollowUpPanel
        base={base}
        revision={data.revision}
        periods={periods}
        period={period}
        years={years}
        canAdd={mayWrite && !locked}
        readOnlyNote={!mayWrite && !locked}
        onChoose={setChosen}
        onAdded={(id) => {
          if (id !== null) setChosen(id);
          onSaved();
        }}
      />
      {period && (
        <DocumentDownloads
          base={base}
          period={{ id: period.id, name: periodName(period) }}
          className="follow-up-documents"
        />
      )}
      <div className="plan-layout">
        <VerdictPanel
          evaluation={evaluation.loaded}
          periodName={period ? periodName(period) : null}
          ruleText={data.soundFinancialManagement.text}
        />
        <div className="plan-goals">
          <section className="card overall-goal" aria-labelledby="overall-goal-heading">
            <p className="goal-kind">{t.plan.overallGoal}</p>
            <h2 id="overall-goal-heading">{data.overallGoal.heading}</h2>
            <p>{data.overallGoal.text}</p>
          </section>
          {data.goals.map((g) => (
            <GoalSection key={g.id} goal={g} ctx={ctx} />
          ))}
        </div>
      </div>
      <NarrativeEditor base={base} editable={mayWrite && !locked} onSaved={onSaved} />
    </>
  );
}
