// The reasons of the verdict on god ekonomisk hushållning, in Swedish, written from the
// evaluation's structured result (statuses, counts, figures) rather than its English text.
import { activityStatuses } from '../../core/evaluation/activity-status.ts';
import type { FinancialGoalEvaluation, FigureBasis } from '../../core/evaluation/financial-goals.ts';
import type { ConditionResult, Verdict } from '../../core/evaluation/sound-financial-management.ts';
import { formatAmount } from '../../core/money/format.ts';
import type { Ore } from '../../core/money/money.ts';
import type { Goal, Plan } from '../../core/plan/types.ts';
import { amountInPlanUnit, percentCell } from './sv-text.ts';

const kr = (amount: Ore) => formatAmount(amount, 'kr', { showUnit: true });

export function conditionLabel(c: ConditionResult): string {
  return c.condition.kind === 'activitiesDone' ? 'Aktiviteter genomförda' : 'Finansiella mål uppfyllda';
}

export function conditionReason(plan: Plan, c: ConditionResult, verdict: Verdict): string {
  const cond = c.condition;
  if (cond.kind === 'activitiesDone') {
    const rows = activityStatuses(plan, cond.scope, verdict.period);
    const done = rows.filter((r) => r.status === 'done').length;
    const what =
      cond.scope === 'prioritised'
        ? 'prioriterade aktiviteter'
        : 'aktiviteter kopplade till verksamhetsmålen';
    const required = [
      ...(cond.minCount === undefined ? [] : [`minst ${cond.minCount} av ${rows.length}`]),
      ...(cond.minPercent === undefined ? [] : [`${percentCell(cond.minPercent)} av ${rows.length}`]),
    ];
    return `${done} av ${rows.length} ${what} genomförda; krav: ${required.join(' och ') || 'inget'}.`;
  }
  const goals = verdict.financialGoals;
  const failing = goals.filter((g) => g.status === 'notMet').map((g) => g.title);
  const unknown = goals.filter((g) => g.status === 'unknown').map((g) => g.title);
  const met = goals.length - failing.length - unknown.length;
  return [
    `${met} av ${goals.length} finansiella mål uppfyllda`,
    ...(failing.length ? [`ej uppfyllda: ${failing.join(', ')}`] : []),
    ...(unknown.length ? [`uppgift saknas för: ${unknown.join(', ')}`] : []),
  ]
    .join('; ')
    .concat('.');
}

/** Warnings a reader should see, e.g. the rule counting another number of activities than the plan has. */
export function conditionWarnings(plan: Plan, c: ConditionResult, verdict: Verdict): string[] {
  const cond = c.condition;
  if (cond.kind !== 'activitiesDone' || cond.expectedCount === undefined) return [];
  const total = activityStatuses(plan, cond.scope, verdict.period).length;
  return cond.expectedCount === total
    ? []
    : [`Planens regel talar om ${cond.expectedCount} aktiviteter, men ${total} omfattas.`];
}

function resultReason(plan: Plan, ev: FinancialGoalEvaluation, year: number, basis: FigureBasis): string {
  if (ev.figure === undefined) return `Resultat för ${year} saknas.`;
  const stated = plan.budget.result.stated.get(year);
  const statedNote =
    basis === 'budget' && stated !== undefined && stated !== ev.figure
      ? ` (beräknat från budgetraderna; planen anger ${amountInPlanUnit(plan, stated)})`
      : '';
  const shown = `Resultat ${year}: ${amountInPlanUnit(plan, ev.figure)}${statedNote}.`;
  const allowance = plan.budget.deficitAllowance;
  if (ev.status === 'allowedByDecision' && allowance) {
    const d = plan.decisions.find((x) => x.id === allowance.decisionId);
    const by = d ? ` genom beslut ${d.date}${d.paragraph ? ` ${d.paragraph}` : ''}` : '';
    return `${shown} Underskottet är tillåtet med synnerliga skäl (${allowance.law})${by}.`;
  }
  if (ev.status === 'notMet' && allowance?.years.includes(year) && !allowance.decisionId) {
    return `${shown} Planen hänvisar till synnerliga skäl (${allowance.law}) men inget beslut (datum, §) är registrerat.`;
  }
  return shown;
}

export function financialGoalReason(
  plan: Plan,
  goal: Goal,
  ev: FinancialGoalEvaluation,
  year: number,
  basis: FigureBasis,
): string {
  const rule = goal.rule;
  const figure = ev.figure === undefined ? null : amountInPlanUnit(plan, ev.figure);
  switch (rule?.kind) {
    case 'result':
      return resultReason(plan, ev, year, basis);
    case 'minBankBalance':
      return figure === null
        ? `Uppgift om lägsta saldo på bankkontot ${year} saknas.`
        : `Lägsta saldo på bankkontot ${year}: ${figure}; golvet är ${kr(rule.floor)}.`;
    case 'minEquity':
      return figure === null
        ? `Uppgift om eget kapital ${year} saknas.`
        : `Eget kapital ${year}: ${figure}; golvet är ${kr(rule.floor)}.`;
    case 'noExternalBorrowing':
      if (ev.figure === undefined) return `Uppgift om extern upplåning ${year} saknas.`;
      return ev.figure === 0
        ? `Ingen extern upplåning ${year}.`
        : `Extern upplåning ${year}: ${kr(ev.figure)}.`;
    case undefined:
      return 'Målet saknar en regel som kan bedömas.';
  }
}

export function requirementText(goal: Goal): string {
  const rule = goal.rule;
  switch (rule?.kind) {
    case 'result':
      return rule.comparator === '>' ? 'Intäkter > kostnader' : 'Intäkter ≥ kostnader';
    case 'minBankBalance':
      return `Saldo ≥ ${kr(rule.floor)}`;
    case 'minEquity':
      return `Eget kapital ≥ ${kr(rule.floor)}`;
    case 'noExternalBorrowing':
      return 'Ingen extern upplåning';
    case undefined:
      return '–';
  }
}
