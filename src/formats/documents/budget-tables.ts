// The budget table in the plan's unit with its notes, as the 2026–2028 seed prints it
// ("4. Budget i tkr"). Figures are as stated; where the stated result differs from
// what the lines add up to, the computed result is printed beside it (a row of its own).
import { resultRows } from '../../core/budget/result.ts';
import { sum } from '../../core/money/money.ts';
import type { Plan } from '../../core/plan/types.ts';
import type { Table, TableRow } from './model.ts';
import { cell } from './sv-text.ts';

/** Footnote markers as the seeds print them: *, **, *** … */
export function marker(n: number): string {
  return '*'.repeat(n + 1);
}

function deficitNote(plan: Plan): string | null {
  const allowance = plan.budget.deficitAllowance;
  if (!allowance) return null;
  const decision = plan.decisions.find((d) => d.id === allowance.decisionId);
  const cited = decision
    ? `beslut av förbundsdirektionen ${decision.date}${decision.paragraph ? ` ${decision.paragraph}` : ''}`
    : 'planen anger inget beslut (datum, §) för undantaget';
  return `Budgeterat underskott ${allowance.years.join(' och ')} med stöd av ${allowance.law} (synnerliga skäl); ${cited}.`;
}

/**
 * The budget table. `findingsRef` names the appendix that lists the differences
 * ("Bilaga 2"), or is null when the plan has none.
 */
export function budgetTable(plan: Plan, findingsRef: string | null): Table {
  const budget = plan.budget;
  const unit = budget.unit;
  const notes: string[] = [];
  const rows: TableRow[] = budget.lines.map((line) => {
    let label = line.label;
    if (line.footnote !== undefined) {
      const m = marker(notes.length);
      label = `${label}${m}`;
      notes.push(`${m} ${line.footnote}`);
    }
    const cells = budget.columns.map((c) => {
      const amount = line.amounts.get(c.year);
      return amount === undefined ? '–' : cell(amount, unit);
    });
    return { kind: 'body', cells: [label, ...cells] };
  });
  const results = resultRows(budget);
  rows.push({
    kind: 'total',
    cells: [
      budget.result.label,
      ...results.map((r) => (r.stated === undefined ? '–' : cell(r.stated, unit))),
    ],
  });
  const differing = results.filter((r) => r.stated !== r.computed);
  if (differing.length > 0) {
    rows.push({
      kind: 'body',
      cells: [`${budget.result.label}, beräknat av Planvis`, ...results.map((r) => cell(r.computed, unit))],
    });
    for (const r of differing) {
      const stated = r.stated === undefined ? 'inget resultat' : cell(r.stated, unit);
      notes.push(
        `${r.label}: planen anger ${stated} ${unit}, budgetraderna summerar till ${cell(r.computed, unit)} ${unit}.`,
      );
    }
    notes.push(
      `Planens siffror återges som de är angivna; Planvis räknar om resultatet från raderna${findingsRef ? ` (se ${findingsRef})` : ''}.`,
    );
  }
  notes.push(...budget.footnotes);
  const deficit = deficitNote(plan);
  if (deficit) notes.push(deficit);
  return {
    caption: `Budget i ${unit}`,
    columns: [
      { header: budget.title, align: 'left', weight: 2.4 },
      ...budget.columns.map((c) => ({ header: c.label, align: 'right' as const, weight: 1 })),
    ],
    rows,
    notes,
  };
}

/** Revenue notes ("Not intäkter 2026, tkr"): items by financing, and what they add up to. */
export function revenueNoteTables(plan: Plan): Table[] {
  return plan.revenueNotes.map((note) => {
    const notes: string[] = [];
    const rows: TableRow[] = [];
    for (const group of note.groups) {
      rows.push({ kind: 'group', text: group.label });
      for (const item of group.items) {
        let label = item.label;
        if (item.footnote !== undefined) {
          const m = marker(notes.length);
          label = `${label}${m}`;
          notes.push(`${m} ${item.footnote}`);
        }
        rows.push({ kind: 'body', cells: [label, cell(item.amount, note.unit)], indent: 1 });
      }
    }
    // What the items give per budget line, so the reader can compare with the budget table.
    for (const key of [...new Set(note.groups.map((g) => g.budgetLine))]) {
      const line = plan.budget.lines.find((l) => l.key === key);
      const total = sum(
        note.groups.filter((g) => g.budgetLine === key).flatMap((g) => g.items.map((i) => i.amount)),
      );
      rows.push({ kind: 'total', cells: [`Summa till raden ${line?.label ?? key}`, cell(total, note.unit)] });
    }
    return {
      caption: note.title,
      columns: [
        { header: 'Intäkt', align: 'left', weight: 4 },
        { header: note.unit, align: 'right', weight: 1 },
      ],
      rows,
      notes,
    };
  });
}
