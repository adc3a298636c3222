// Converts the budget table, revenue notes, contribution tables and equity figures
// of a plan file to the core model.
import { parseDecimal } from '../../core/money/decimal.ts';
import type * as M from '../../core/plan/types.ts';
import { memberMap, toOre, unknownReference, yearMap } from './convert-helpers.ts';
import type { Collector } from './convert-helpers.ts';
import type { IssuePath } from './issues.ts';
import type { PlanFile } from './schema.ts';

export function budget(raw: PlanFile, c: Collector): M.Budget {
  const b = raw.budget;
  const years = b.columns.map((col) => col.year);
  b.columns.forEach((col, i) => {
    if (years.indexOf(col.year) !== i)
      c.add(
        ['budget', 'columns', i, 'year'],
        `found a second column for ${col.year}, expected one column per year`,
      );
  });
  for (let y = raw.period.from; y <= raw.period.to; y++) {
    if (!years.includes(y))
      c.add(
        ['budget', 'columns'],
        `missing a column for ${y}; expected one for every year of the plan period ${raw.period.from}–${raw.period.to}`,
      );
  }
  const keys = new Set<string>();
  const lines = b.lines.map((line, i): M.BudgetLine => {
    if (keys.has(line.key))
      c.add(
        ['budget', 'lines', i, 'key'],
        `found the budget line key "${line.key}" a second time, expected each key once`,
      );
    keys.add(line.key);
    return {
      key: line.key,
      label: line.label,
      category: line.category,
      amounts: yearMap(c, ['budget', 'lines', i, 'amounts'], line.amounts, b.unit, years),
      ...(line.footnote === undefined ? {} : { footnote: line.footnote }),
    };
  });
  const allowance = b.deficitAllowance;
  if (allowance?.decision && !raw.decisions.some((d) => d.id === allowance.decision)) {
    c.add(
      ['budget', 'deficitAllowance', 'decision'],
      unknownReference(
        allowance.decision,
        'a decision of the plan',
        raw.decisions.map((d) => d.id),
        'decisions',
      ),
    );
  }
  allowance?.years.forEach((y, i) => {
    if (!years.includes(y)) c.add(['budget', 'deficitAllowance', 'years', i], notAColumn(y, years));
  });
  return {
    title: b.title,
    unit: b.unit,
    columns: b.columns,
    lines,
    result: {
      label: b.result.label,
      stated: yearMap(c, ['budget', 'result', 'stated'], b.result.stated, b.unit, years),
    },
    footnotes: b.footnotes ?? [],
    ...(allowance
      ? {
          deficitAllowance: {
            years: allowance.years,
            law: allowance.law,
            reason: allowance.reason,
            decisionId: allowance.decision,
          },
        }
      : {}),
  };
}

export function revenueNotes(raw: PlanFile, c: Collector): M.RevenueNotes[] {
  const years = raw.budget.columns.map((col) => col.year);
  const lineKeys = new Set(raw.budget.lines.map((l) => l.key));
  return raw.revenueNotes.map((note, i) => {
    if (!years.includes(note.year)) c.add(['revenueNotes', i, 'year'], notAColumn(note.year, years));
    return {
      year: note.year,
      unit: note.unit,
      title: note.title,
      groups: note.groups.map((g, j) => {
        if (!lineKeys.has(g.budgetLine)) {
          c.add(
            ['revenueNotes', i, 'groups', j, 'budgetLine'],
            unknownReference(g.budgetLine, 'a budget line key', lineKeys, 'budget.lines'),
          );
        }
        return {
          label: g.label,
          financing: g.financing,
          budgetLine: g.budgetLine,
          items: g.items.map((item, k) => ({
            area: item.area,
            label: item.label,
            amount: toOre(c, ['revenueNotes', i, 'groups', j, 'items', k, 'amount'], item.amount, note.unit),
            ...(item.footnote === undefined ? {} : { footnote: item.footnote }),
          })),
        };
      }),
    };
  });
}

export function contributions(
  raw: PlanFile,
  c: Collector,
  members: ReadonlySet<string>,
): M.ContributionTable[] {
  return raw.contributions.map((t, i) => {
    const path = ['contributions', i];
    const money = (v: number, at: IssuePath) => toOre(c, at, v, t.unit);
    return {
      year: t.year,
      unit: t.unit,
      title: t.title,
      areas: t.areas.map((a, j) => ({
        area: a.area,
        heading: a.heading,
        rows: a.rows.map((r, k) => ({
          label: r.label,
          financing: r.financing,
          total: r.total === null ? null : money(r.total, [...path, 'areas', j, 'rows', k, 'total']),
          perMember: r.perMember
            ? memberMap(c, [...path, 'areas', j, 'rows', k, 'perMember'], r.perMember, members, money)
            : null,
        })),
      })),
      totalRow: {
        label: t.totalRow.label,
        total: money(t.totalRow.total, [...path, 'totalRow', 'total']),
        perMember: memberMap(c, [...path, 'totalRow', 'perMember'], t.totalRow.perMember, members, money),
      },
      ...(t.shareRow
        ? {
            shareRow: {
              label: t.shareRow.label,
              total: parseDecimal(t.shareRow.total),
              perMember: memberMap(
                c,
                [...path, 'shareRow', 'perMember'],
                t.shareRow.perMember,
                members,
                (v) => parseDecimal(v),
              ),
            },
          }
        : {}),
    };
  });
}

export function followUpPeriods(raw: PlanFile, c: Collector): M.FollowUpPeriod[] {
  return raw.followUpPeriods.map((p, i) => {
    const f = p.figures;
    if (!f) return { id: p.id, kind: p.kind, year: p.year, asOf: p.asOf };
    const figures: M.FinancialFigures = {};
    for (const key of ['result', 'equity', 'lowestBankBalance', 'externalBorrowing'] as const) {
      const value = f[key];
      if (value !== undefined) figures[key] = toOre(c, ['followUpPeriods', i, 'figures', key], value, f.unit);
    }
    return { id: p.id, kind: p.kind, year: p.year, asOf: p.asOf, figures };
  });
}

function notAColumn(year: number, years: readonly number[]): string {
  return `found year ${year}, which is not a column of the budget; expected one of ${years.join(', ')}`;
}
