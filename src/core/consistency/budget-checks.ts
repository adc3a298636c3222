// Budget-table checks: the stated result against the lines, and revenue notes against
// the budget lines they explain.
import { subtract, sum } from '../money/money.ts';
import type { Ore } from '../money/money.ts';
import { computedResult } from '../budget/result.ts';
import type { Plan } from '../plan/types.ts';
import { formatTableAmount } from './describe.ts';
import type { AmountFinding } from './finding.ts';

export function checkBudgetResult(plan: Plan): AmountFinding[] {
  const { budget } = plan;
  const findings: AmountFinding[] = [];
  for (const column of budget.columns) {
    const stated = budget.result.stated.get(column.year);
    if (stated === undefined) continue;
    const computed = computedResult(budget, column.year);
    if (stated === computed) continue;
    findings.push({
      rule: 'resultFromLines',
      measure: 'amount',
      table: budget.title,
      row: budget.result.label,
      column: column.label,
      path: `budget.result.stated.${column.year}`,
      unit: budget.unit,
      stated,
      computed,
      difference: subtract(stated, computed),
      message: `${budget.result.label} ${column.label} is stated as ${formatTableAmount(stated, budget.unit)} but the lines add up to ${formatTableAmount(computed, budget.unit)}`,
    });
  }
  return findings;
}

export function checkRevenueNotes(plan: Plan): AmountFinding[] {
  const { budget } = plan;
  const findings: AmountFinding[] = [];
  plan.revenueNotes.forEach((note, noteIndex) => {
    const byLine = new Map<string, Ore[]>();
    for (const group of note.groups) {
      byLine.set(group.budgetLine, [
        ...(byLine.get(group.budgetLine) ?? []),
        ...group.items.map((i) => i.amount),
      ]);
    }
    for (const [lineKey, items] of byLine) {
      const lineIndex = budget.lines.findIndex((l) => l.key === lineKey);
      const line = budget.lines[lineIndex];
      const stated = line?.amounts.get(note.year);
      if (!line || stated === undefined) continue;
      const computed = sum(items);
      if (stated === computed) continue;
      findings.push({
        rule: 'notesSumToBudgetLine',
        measure: 'amount',
        table: budget.title,
        row: line.label,
        column: String(note.year),
        path: `budget.lines[${lineIndex}].amounts.${note.year}`,
        unit: budget.unit,
        stated,
        computed,
        difference: subtract(stated, computed),
        message: `${line.label} ${note.year} is stated as ${formatTableAmount(stated, budget.unit)} but ${note.title} (note ${noteIndex + 1}) adds up to ${formatTableAmount(computed, budget.unit)}`,
      });
    }
  });
  return findings;
}
