// What the plan endpoints return, built from the core model. Money is integer öre
// (fields ending in "Ore"); the table's display unit is given alongside.
import { allocateAmount } from '../../core/allocation/allocate.ts';
import { resultRows } from '../../core/budget/result.ts';
import { checkPlan } from '../../core/consistency/check-plan.ts';
import { decimalToString } from '../../core/money/decimal.ts';
import { sharesOf } from '../../core/plan/member-shares.ts';
import type { Activity, Plan } from '../../core/plan/types.ts';
import type { VersionRow } from '../../db/plan-store/versions.ts';
import { toJsonValue } from '../../formats/json/to-json.ts';

export function versionView(
  slug: string,
  row: Omit<VersionRow, 'document' | 'org_id' | 'plan_id' | 'created_by'>,
) {
  return {
    plan: slug,
    id: row.id,
    number: row.number,
    label: row.label,
    status: row.status,
    decision: row.decided_on ? { date: row.decided_on, paragraph: row.decision_paragraph } : null,
    basedOn: row.based_on,
    revision: row.revision,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

export function budgetView(plan: Plan) {
  const { budget } = plan;
  return {
    title: budget.title,
    unit: budget.unit,
    columns: budget.columns,
    lines: budget.lines.map((l, index) => ({
      index,
      key: l.key,
      label: l.label,
      category: l.category,
      amountsOre: Object.fromEntries([...l.amounts].map(([y, v]) => [String(y), v])),
      footnote: l.footnote ?? null,
    })),
    result: {
      label: budget.result.label,
      rows: resultRows(budget).map((r) => ({
        year: r.year,
        statedOre: r.stated ?? null,
        computedOre: r.computed,
        differs: r.stated !== undefined && r.stated !== r.computed,
      })),
    },
    footnotes: budget.footnotes,
    deficitAllowance: budget.deficitAllowance ?? null,
  };
}

/** Contribution tables with Planvis's own split beside each stated row; a member sees only its column. */
export function contributionsView(plan: Plan, onlyMember: string | null) {
  const shares = plan.populationShares ? sharesOf(plan.populationShares) : null;
  const pick = <T>(map: ReadonlyMap<string, T> | null) =>
    map === null
      ? null
      : Object.fromEntries([...map].filter(([code]) => onlyMember === null || code === onlyMember));
  return {
    populationShares: plan.populationShares
      ? {
          referenceDate: plan.populationShares.referenceDate,
          source: plan.populationShares.source,
          basis: plan.populationShares.basis,
          shares: Object.fromEntries(
            [...plan.populationShares.shares]
              .filter(([c]) => onlyMember === null || c === onlyMember)
              .map(([c, d]) => [c, decimalToString(d)]),
          ),
        }
      : null,
    tables: plan.contributions.map((t) => ({
      year: t.year,
      unit: t.unit,
      title: t.title,
      areas: t.areas.map((a) => ({
        area: a.area,
        heading: a.heading,
        rows: a.rows.map((r) => ({
          label: r.label,
          financing: r.financing,
          totalOre: onlyMember === null ? r.total : null,
          perMemberOre: pick(r.perMember),
          computedOre:
            r.perMember && r.total !== null && shares
              ? pick(
                  new Map(
                    allocateAmount(r.total, shares, { unit: t.unit }).parts.map((p) => [p.key, p.amount]),
                  ),
                )
              : null,
        })),
      })),
      totalRow: {
        label: t.totalRow.label,
        totalOre: onlyMember === null ? t.totalRow.total : null,
        perMemberOre: pick(t.totalRow.perMember),
      },
    })),
  };
}

function activityView(a: Activity): unknown {
  return {
    id: a.id,
    label: a.label ?? null,
    text: a.text,
    context: a.context ?? null,
    prioritised: a.prioritised,
    recurring: a.recurring,
    responsible: a.responsible ?? null,
    followUp: a.followUp,
    subActivities: a.subActivities.map(activityView),
  };
}

export function goalsView(plan: Plan) {
  return {
    overallGoal: plan.overallGoal,
    goals: plan.goals.map((g, index) => ({
      index,
      id: g.id,
      number: g.number ?? null,
      kind: g.kind,
      title: g.title,
      description: g.description ?? null,
      measures: g.measures,
      rule: g.rule ? toJsonValue(g.rule) : null,
      activities: g.activities.map(activityView),
    })),
    soundFinancialManagement: toJsonValue(plan.soundFinancialManagement),
    followUpPeriods: toJsonValue(plan.followUpPeriods),
  };
}

export function findingsView(plan: Plan) {
  return toJsonValue(checkPlan(plan));
}

export function overviewView(plan: Plan) {
  const report = checkPlan(plan);
  return {
    title: plan.title,
    organisation: plan.organisation,
    period: plan.period,
    members: plan.members,
    result: resultRows(plan.budget).map((r) => ({
      year: r.year,
      label: r.label,
      statedOre: r.stated ?? null,
      computedOre: r.computed,
    })),
    findings: report.findings.length,
    checkedFigures: report.checkedFigures,
  };
}
