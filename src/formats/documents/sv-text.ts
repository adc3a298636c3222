// Swedish wording shared by the plan and follow-up documents: figures, statuses, the
// version and its decision. Documents are printed in Swedish, the plans' own language.
import { formatAmount, formatDecimal, formatPercent } from '../../core/money/format.ts';
import { ORE_PER_UNIT } from '../../core/money/money.ts';
import type { Decimal } from '../../core/money/decimal.ts';
import type { MoneyUnit, Ore } from '../../core/money/money.ts';
import type { ConditionStatus } from '../../core/evaluation/sound-financial-management.ts';
import type { FinancialGoalStatus } from '../../core/evaluation/financial-goals.ts';
import type { FollowUpPeriod, FollowUpStatus, Goal, Plan } from '../../core/plan/types.ts';
import type { DocumentMeta } from './meta.ts';

/** A table cell: whole units of the table, sv-SE ("10 279", "−1 988"). */
export function cell(amount: Ore, unit: MoneyUnit): string {
  return formatAmount(amount, unit);
}

/** A difference with its sign, so "+1" and "−1" read as corrections. */
export function signedCell(amount: Ore, unit: MoneyUnit): string {
  const text = formatAmount(amount, unit);
  return amount > 0 && text !== '0' ? `+${text}` : text;
}

export function percentCell(d: Decimal): string {
  return formatPercent(d);
}

export function decimalCell(d: Decimal): string {
  return formatDecimal(d);
}

/** In the budget's unit when whole ("−1 988 tkr"), else in kronor ("612 500 kr"). */
export function amountInPlanUnit(plan: Plan, amount: Ore): string {
  const unit = plan.budget.unit;
  return amount % ORE_PER_UNIT[unit] === 0
    ? formatAmount(amount, unit, { showUnit: true })
    : formatAmount(amount, 'kr', { showUnit: true });
}

export const ACTIVITY_STATUS: Readonly<Record<FollowUpStatus, string>> = {
  notStarted: 'Ej påbörjad',
  inProgress: 'Pågår',
  done: 'Genomförd',
  notDone: 'Ej genomförd',
};

export const VERDICT_STATUS: Readonly<Record<ConditionStatus, string>> = {
  met: 'Uppfyllt',
  notMet: 'Ej uppfyllt',
  unknown: 'Kan inte bedömas',
};

export const GOAL_STATUS: Readonly<Record<FinancialGoalStatus, string>> = {
  met: 'Uppfyllt',
  notMet: 'Ej uppfyllt',
  allowedByDecision: 'Underskott tillåtet genom beslut',
  unknown: 'Uppgift saknas',
};

export function goalHeading(goal: Goal): string {
  return goal.number === undefined ? goal.title : `Mål ${goal.number}. ${goal.title}`;
}

export function periodText(plan: Plan): string {
  return `${plan.period.from}–${plan.period.to}`;
}

export function followUpPeriodText(period: FollowUpPeriod): string {
  return period.kind === 'interim' ? `Delårsrapport per ${period.asOf}` : `Årsredovisning ${period.year}`;
}

/** Who decides a plan: the board of a federation, the council of a region or municipality. */
function decidingBody(plan: Plan): string {
  return plan.organisation.kind === 'federation' ? 'förbundsdirektionen' : 'fullmäktige';
}

const VERSION_STATUS: Readonly<Record<DocumentMeta['version']['status'], string>> = {
  draft: 'utkast',
  proposed: 'förslag',
  decided: 'beslutad',
  superseded: 'ersatt av en senare version',
};

export function isDecided(meta: DocumentMeta): boolean {
  return (
    meta.version.decision !== null && meta.version.status !== 'draft' && meta.version.status !== 'proposed'
  );
}

export function versionLines(plan: Plan, meta: DocumentMeta): string[] {
  const v = meta.version;
  const label = v.label === null ? '' : ` (${v.label})`;
  const lines = [`Version ${v.number}${label}, ${VERSION_STATUS[v.status]}`];
  if (isDecided(meta) && v.decision) {
    const paragraph = v.decision.paragraph === null ? '' : ` ${v.decision.paragraph}`;
    lines.push(`Beslutad av ${decidingBody(plan)} ${v.decision.date}${paragraph}`);
  } else {
    lines.push(`Ej beslutad: utkast, inte fastställt av ${decidingBody(plan)}`);
  }
  lines.push(`Utskriven ${meta.printedOn} ur Planvis`);
  return lines;
}
