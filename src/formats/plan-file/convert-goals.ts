// Converts goals, activities and population shares of a plan file to the core model.
import { compareDecimals, decimalToString, parseDecimal, sumDecimals } from '../../core/money/decimal.ts';
import type * as M from '../../core/plan/types.ts';
import { amountOrIssue, memberMap, uniqueIds, unknownReference } from './convert-helpers.ts';
import type { Collector } from './convert-helpers.ts';
import type { IssuePath } from './issues.ts';
import type { PlanFile } from './schema.ts';

type RawActivity = NonNullable<PlanFile['goals'][number]['activities']>[number];

export function shares(c: Collector, raw: PlanFile['populationShares'], members: ReadonlySet<string>) {
  if (!raw) return undefined;
  const path = ['populationShares', 'shares'];
  const map = memberMap(c, path, raw.shares, members, (v) => parseDecimal(v));
  const total = sumDecimals(map.values());
  const hundred = parseDecimal('100');
  if (raw.basis === 'percent' && map.size > 0 && compareDecimals(total, hundred) !== 0) {
    c.add(path, `found shares adding up to ${decimalToString(total).replace('.', ',')} %, expected 100 %`);
  }
  const result: M.PopulationShares = {
    referenceDate: raw.referenceDate,
    source: raw.source,
    basis: raw.basis,
    shares: map,
    ...(raw.statedTotal === undefined ? {} : { statedTotal: parseDecimal(raw.statedTotal) }),
  };
  return result;
}

function activity(raw: RawActivity, periods: ReadonlySet<string>, path: IssuePath, c: Collector): M.Activity {
  (raw.followUp ?? []).forEach((entry, i) => {
    if (!periods.has(entry.period)) {
      c.add(
        [...path, 'followUp', i, 'period'],
        unknownReference(entry.period, 'a follow-up period of the plan', periods, 'followUpPeriods'),
      );
    }
  });
  return {
    id: raw.id,
    ...(raw.label === undefined ? {} : { label: raw.label }),
    text: raw.text,
    ...(raw.context === undefined ? {} : { context: raw.context }),
    prioritised: raw.prioritised ?? false,
    recurring: raw.recurring ?? false,
    ...(raw.responsible === undefined ? {} : { responsible: raw.responsible }),
    subActivities: (raw.subActivities ?? []).map((s, i) =>
      activity(s, periods, [...path, 'subActivities', i], c),
    ),
    followUp: (raw.followUp ?? []).map((e) => ({
      period: e.period,
      status: e.status,
      ...(e.comment === undefined ? {} : { comment: e.comment }),
    })),
  };
}

function activityIds(raw: readonly RawActivity[], path: IssuePath): { id: string; path: IssuePath }[] {
  return raw.flatMap((a, i) => [
    { id: a.id, path: [...path, i, 'id'] },
    ...activityIds(a.subActivities ?? [], [...path, i, 'subActivities']),
  ]);
}

export function goals(raw: PlanFile, c: Collector): M.Goal[] {
  const decisions = new Set(raw.decisions.map((d) => d.id));
  const periods = new Set(raw.followUpPeriods.map((p) => p.id));
  uniqueIds(
    c,
    raw.goals.flatMap((g, i) => [
      { id: g.id, path: ['goals', i, 'id'] },
      ...activityIds(g.activities ?? [], ['goals', i, 'activities']),
    ]),
    'goal or activity',
  );
  return raw.goals.map((g, i) => {
    const path = ['goals', i];
    if (g.kind === 'financial' && !g.rule)
      c.add(
        [...path, 'rule'],
        'missing field "rule": a financial goal needs one, expected a rule of kind result, minBankBalance, minEquity or noExternalBorrowing',
      );
    if (g.kind === 'operational' && g.rule)
      c.add([...path, 'rule'], 'found a rule on an operational goal, expected rules only on financial goals');
    if (g.decision !== undefined && !decisions.has(g.decision)) {
      c.add(
        [...path, 'decision'],
        unknownReference(g.decision, 'a decision of the plan', decisions, 'decisions'),
      );
    }
    let rule: M.FinancialGoalRule | undefined;
    if (g.rule?.kind === 'minBankBalance' || g.rule?.kind === 'minEquity') {
      rule = { kind: g.rule.kind, floor: amountOrIssue(c, [...path, 'rule', 'floor'], g.rule.floor) };
    } else if (g.rule) {
      rule = g.rule;
    }
    return {
      id: g.id,
      ...(g.number === undefined ? {} : { number: g.number }),
      kind: g.kind,
      title: g.title,
      ...(g.description === undefined ? {} : { description: g.description }),
      measures: g.measures ?? [],
      activities: (g.activities ?? []).map((a, j) => activity(a, periods, [...path, 'activities', j], c)),
      ...(rule ? { rule } : {}),
      ...(g.decision === undefined ? {} : { decisionId: g.decision }),
    };
  });
}
