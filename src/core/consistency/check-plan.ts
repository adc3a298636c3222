// The consistency check: every stated total, subtotal, sum and result in a plan is
// recomputed from its parts; each disagreement is a finding. Stated figures are never
// corrected (ARCHITECTURE.md, "Stated versus computed").
import { checkBudgetResult, checkRevenueNotes } from './budget-checks.ts';
import { checkContributionTable, checkNotesAgainstContributions } from './contribution-checks.ts';
import type { Finding } from './finding.ts';
import { checkShares } from './share-checks.ts';
import type { Plan } from '../plan/types.ts';

export type ConsistencyReport = {
  consistent: boolean;
  /** How many stated figures the check compared, so "no findings" is never "checked nothing". */
  checkedFigures: number;
  findings: Finding[];
};

export function checkPlan(plan: Plan): ConsistencyReport {
  const findings: Finding[] = [
    ...checkBudgetResult(plan),
    ...checkRevenueNotes(plan),
    ...plan.contributions.flatMap((table, t) => [
      ...checkContributionTable(plan, table, t),
      ...checkNotesAgainstContributions(plan, table, t),
    ]),
    ...checkShares(plan),
  ];
  return { consistent: findings.length === 0, checkedFigures: countCheckedFigures(plan), findings };
}

/** Stated figures that at least one rule recomputes. */
function countCheckedFigures(plan: Plan): number {
  const results = plan.budget.result.stated.size;
  const noteLines = plan.revenueNotes.reduce(
    (n, note) => n + new Set(note.groups.map((g) => g.budgetLine)).size,
    0,
  );
  const contributionCells = plan.contributions.reduce((n, table) => {
    const rows = table.areas.flatMap((a) => a.rows).filter((r) => r.perMember && r.total !== null);
    const cells = rows.reduce((k, r) => k + 1 + (plan.populationShares ? (r.perMember?.size ?? 0) : 0), 0);
    const totalRow = 1 + table.totalRow.perMember.size;
    const shareRow = table.shareRow ? 1 + table.shareRow.perMember.size : 0;
    return n + cells + totalRow + shareRow;
  }, 0);
  const shareTotal = plan.populationShares?.statedTotal ? 1 : 0;
  return results + noteLines + contributionCells + shareTotal;
}
