// The follow-up report for one period (delårsrapport or årsredovisning section): each
// goal and activity with status and comment, the verdict on god ekonomisk hushållning
// with its reasons, the financial goals with their figures and, when the api layer passes
// the outcome, budget versus outcome, forecast and the balanskravsutredning; without it the
// report says they come when outcome data exist.
import { budgetFigures } from '../../core/evaluation/figures.ts';
import { checkPlan } from '../../core/consistency/check-plan.ts';
import type { ConsistencyReport } from '../../core/consistency/check-plan.ts';
import { periodsUpTo, statusAt } from '../../core/evaluation/activity-status.ts';
import { evaluatePlan } from '../../core/evaluation/sound-financial-management.ts';
import type { Verdict } from '../../core/evaluation/sound-financial-management.ts';
import type { Activity, FinancialFigures, FollowUpPeriod, Goal, Plan } from '../../core/plan/types.ts';
import { BlockBuilder } from './builder.ts';
import { activityText } from './goal-blocks.ts';
import { FINDINGS_HEADING, findingsBlocks } from './findings.ts';
import { outcomeTableBlocks } from './follow-up-outcome-blocks.ts';
import type { FollowUpOutcome } from './follow-up-outcome.ts';
import {
  conditionLabel,
  conditionReason,
  conditionWarnings,
  financialGoalReason,
  requirementText,
} from './follow-up-text.ts';
import type { DocumentMeta } from './meta.ts';
import type { Appendix, DocumentModel, Table, TableRow } from './model.ts';
import {
  ACTIVITY_STATUS,
  GOAL_STATUS,
  VERDICT_STATUS,
  amountInPlanUnit,
  followUpPeriodText,
  goalHeading,
  isDecided,
  versionLines,
} from './sv-text.ts';

function activityRows(
  plan: Plan,
  period: FollowUpPeriod,
  activities: readonly Activity[],
  depth: number,
): TableRow[] {
  const periods = periodsUpTo(plan, period.id);
  return activities.flatMap((a) => {
    const s = statusAt(a, periods);
    const earlier = s.recordedFor !== undefined && s.recordedFor !== period.id;
    const from = plan.followUpPeriods.find((p) => p.id === s.recordedFor);
    const comment = [s.comment ?? '', earlier && from ? `(status från ${followUpPeriodText(from)})` : '']
      .filter((t) => t !== '')
      .join(' ');
    const row: TableRow = {
      kind: 'body',
      cells: [activityText(a), ACTIVITY_STATUS[s.status], comment || '–'],
      indent: depth,
    };
    return [row, ...activityRows(plan, period, a.subActivities, depth + 1)];
  });
}

function goalTable(plan: Plan, period: FollowUpPeriod, goal: Goal): Table {
  return {
    caption: `Aktiviteter, ${goalHeading(goal)}`,
    columns: [
      { header: 'Aktivitet', align: 'left', weight: 3.4 },
      { header: 'Status', align: 'left', weight: 1.1 },
      { header: 'Kommentar', align: 'left', weight: 2.2 },
    ],
    rows: activityRows(plan, period, goal.activities, 0),
    notes: [],
  };
}

function verdictBlocks(b: BlockBuilder, plan: Plan, verdict: Verdict): void {
  b.heading(1, 'God ekonomisk hushållning');
  b.paragraph(`Bedömning ${verdict.year}: ${VERDICT_STATUS[verdict.status]}.`, 'strong');
  b.paragraph(plan.soundFinancialManagement.text, 'quote');
  const warnings = verdict.conditions.flatMap((c) => conditionWarnings(plan, c, verdict));
  b.table({
    caption: 'Villkor för god ekonomisk hushållning',
    columns: [
      { header: 'Villkor', align: 'left', weight: 1.6 },
      { header: 'Bedömning', align: 'left', weight: 1.2 },
      { header: 'Skäl', align: 'left', weight: 3.6 },
    ],
    rows: verdict.conditions.map((c) => ({
      kind: 'body',
      cells: [conditionLabel(c), VERDICT_STATUS[c.status], conditionReason(plan, c, verdict)],
    })),
    notes: [
      verdict.basis === 'followUp'
        ? 'De finansiella målen bedöms på siffrorna i uppföljningen; siffror som saknas där tas från budgeten.'
        : 'Inga siffror är registrerade för perioden; de finansiella målen bedöms på budgetens siffror.',
      ...warnings,
    ],
  });
}

function financialBlocks(b: BlockBuilder, plan: Plan, verdict: Verdict): void {
  const goals = plan.goals.filter((g) => g.kind === 'financial');
  if (goals.length === 0) return;
  b.heading(1, 'Finansiella mål');
  b.table({
    caption: `Finansiella mål ${verdict.year}`,
    columns: [
      { header: 'Mål', align: 'left', weight: 1.7 },
      { header: 'Krav', align: 'left', weight: 1.5 },
      { header: 'Bedömning', align: 'left', weight: 1.2 },
      { header: 'Skäl', align: 'left', weight: 3 },
    ],
    rows: goals.map((g) => {
      const ev = verdict.financialGoals.find((e) => e.goalId === g.id);
      const status = ev ? GOAL_STATUS[ev.status] : GOAL_STATUS.unknown;
      const reason = ev ? financialGoalReason(plan, g, ev, verdict.year, verdict.basis) : '–';
      return { kind: 'body', cells: [goalHeading(g), requirementText(g), status, reason] };
    }),
    notes: [],
  });
}

const FIGURES: readonly [keyof FinancialFigures, string][] = [
  ['result', 'Resultat'],
  ['equity', 'Eget kapital'],
  ['lowestBankBalance', 'Lägsta saldo på bankkontot'],
  ['externalBorrowing', 'Extern upplåning'],
];

function outcomeBlocks(
  b: BlockBuilder,
  plan: Plan,
  period: FollowUpPeriod,
  outcome: FollowUpOutcome | undefined,
): void {
  b.heading(1, 'Budget och utfall');
  const budget = budgetFigures(plan, period.year);
  const known = period.figures ?? {};
  const show = (v: FinancialFigures[keyof FinancialFigures]) =>
    v === undefined ? '–' : amountInPlanUnit(plan, v);
  b.table({
    caption: `Nyckeltal ${period.year}`,
    columns: [
      { header: 'Nyckeltal', align: 'left', weight: 2.2 },
      { header: `Budget ${period.year}`, align: 'right', weight: 1.3 },
      { header: followUpPeriodText(period), align: 'right', weight: 1.6 },
    ],
    rows: FIGURES.map(([key, label]) => ({
      kind: 'body',
      cells: [label, show(budget[key]), show(known[key])],
    })),
    notes: [
      'Budgetens resultat är beräknat från budgetraderna; eget kapital framskrivet från senast angivna eget kapital.',
    ],
  });
  if (outcome) {
    outcomeTableBlocks(b, outcome);
    return;
  }
  b.paragraph(
    'Utfall och prognos per budgetrad finns ännu inte i planens data. Budget mot utfall och prognos per rad ' +
      'samt balanskravsutredningen redovisas när utfallsdata för perioden finns.',
  );
}

export function followUpDocument(
  plan: Plan,
  meta: DocumentMeta,
  periodId: string,
  report: ConsistencyReport = checkPlan(plan),
  outcome?: FollowUpOutcome,
): DocumentModel {
  const period = plan.followUpPeriods.find((p) => p.id === periodId);
  if (!period) {
    const known = plan.followUpPeriods.map((p) => p.id).join(', ') || 'none';
    throw new RangeError(`unknown follow-up period "${periodId}" in ${plan.title}; the plan has: ${known}`);
  }
  const verdict = evaluatePlan(plan, { period: period.id });
  const b = new BlockBuilder();
  verdictBlocks(b, plan, verdict);
  b.pageBreak().heading(1, 'Verksamhetsmål och aktiviteter');
  const counts = verdict.activityCounts;
  b.paragraph(
    `Per ${period.asOf}: ${counts.done} genomförda, ${counts.inProgress} pågår, ${counts.notDone} ej genomförda ` +
      `och ${counts.notStarted} ej påbörjade av ${verdict.activities.length} aktiviteter som bedömningen räknar.`,
  );
  for (const goal of plan.goals.filter((g) => g.kind === 'operational')) {
    b.heading(2, goalHeading(goal));
    b.table(goalTable(plan, period, goal));
  }
  b.pageBreak();
  financialBlocks(b, plan, verdict);
  outcomeBlocks(b, plan, period, outcome);

  const appendices: Appendix[] = [];
  if (report.findings.length > 0) {
    const a = b.sibling();
    findingsBlocks(a, report);
    const heading = `Bilaga 1. ${FINDINGS_HEADING}`;
    appendices.push({ heading, id: a.uniqueId(heading), blocks: a.blocks });
  }
  const draft = !isDecided(meta);
  const what = followUpPeriodText(period);
  return {
    title: `Uppföljning: ${plan.title}, ${what}`,
    subject: `Uppföljning av mål och aktiviteter, ${what}`,
    author: meta.organisationName,
    lang: 'sv-SE',
    titlePage: {
      organisation: meta.organisationName,
      title: `Uppföljning av ${plan.title.charAt(0).toLowerCase()}${plan.title.slice(1)}`,
      subtitle: what,
      lines: versionLines(plan, meta),
      draftMark: draft ? 'UTKAST' : null,
    },
    tocTitle: 'Innehåll',
    body: b.blocks,
    appendices,
    footerText: `Uppföljning ${what}${draft ? ' · UTKAST' : ''}`,
  };
}
