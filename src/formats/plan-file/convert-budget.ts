// Converts the budget table, revenue notes, contribution tables and equity figures
// of a plan file to the core model.
import { parseDecimal } from '../../core/money/decimal.ts';
import { fromUnits } from '../../core/money/money.ts';
import type * as M from '../../core/plan/types.ts';
import { memberMap, yearMap } from './convert-helpers.ts';
import type { Collector } from './convert-helpers.ts';
import type { PlanFile } from './schema.ts';

export function budget(raw: PlanFile, c: Collector): M.Budget {
  const b = raw.budget;
  const years = b.columns.map((col) => col.year);
  b.columns.forEach((col, i) => {
    if (years.indexOf(col.year) !== i)
      c.add(['budget', 'columns', i, 'year'], `duplicate column for ${col.year}`);
  });
  for (let y = raw.period.from; y <= raw.period.to; y++) {
    if (!years.includes(y))
      c.add(
        ['budget', 'columns'],
        `no column for ${y}, a year of the plan period ${raw.period.from}–${raw.period.to}`,
      );
  }
  const keys = new Set<string>();
  const lines = b.lines.map((line, i): M.BudgetLine => {
    if (keys.has(line.key)) c.add(['budget', 'lines', i, 'key'], `duplicate budget line key "${line.key}"`);
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
      `unknown decision "${allowance.decision}"; declare it under decisions`,
    );
  }
  allowance?.years.forEach((y, i) => {
    if (!years.includes(y))
      c.add(['budget', 'deficitAllowance', 'years', i], `year ${y} is not a column of the budget`);
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
    if (!years.includes(note.year))
      c.add(['revenueNotes', i, 'year'], `year ${note.year} is not a column of the budget`);
    return {
      year: note.year,
      unit: note.unit,
      title: note.title,
      groups: note.groups.map((g, j) => {
        if (!lineKeys.has(g.budgetLine)) {
          c.add(
            ['revenueNotes', i, 'groups', j, 'budgetLine'],
            `unknown budget line "${g.budgetLine}"; lines are ${[...lineKeys].join(', ')}`,
          );
        }
        return {
          label: g.label,
          financing: g.financing,
          budgetLine: g.budgetLine,
          items: g.items.map((item) => ({
            area: item.area,
            label: item.label,
            amount: fromUnits(item.amount, note.unit),
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
    const money = (v: number) => fromUnits(v, t.unit);
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
          total: r.total === null ? null : money(r.total),
          perMember: r.perMember
            ? memberMap(c, [...path, 'areas', j, 'rows', k, 'perMember'], r.perMember, members, money)
            : null,
        })),
      })),
      totalRow: {
        label: t.totalRow.label,
        total: money(t.totalRow.total),
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

export function followUpPeriods(raw: PlanFile): M.FollowUpPeriod[] {
  return raw.followUpPeriods.map((p) => {
    const f = p.figures;
    const money = (v: number | undefined) => (v === undefined || !f ? undefined : fromUnits(v, f.unit));
    const figures: M.FinancialFigures | undefined = f && {
      ...(f.result === undefined ? {} : { result: money(f.result) }),
      ...(f.equity === undefined ? {} : { equity: money(f.equity) }),
      ...(f.lowestBankBalance === undefined ? {} : { lowestBankBalance: money(f.lowestBankBalance) }),
      ...(f.externalBorrowing === undefined ? {} : { externalBorrowing: money(f.externalBorrowing) }),
    };
    return { id: p.id, kind: p.kind, year: p.year, asOf: p.asOf, ...(figures ? { figures } : {}) };
  });
}
