import { describe, expect, it } from 'vitest';
import type { BudgetView } from '../../api/types.ts';
import { describeChange, splitPath, valueText } from './describe-change.ts';
import type { DiffContext } from './describe-change.ts';

// The first two budget lines of nrf-2026-2028, labelled as in the seed (amounts are not needed).
const budget: BudgetView = {
  revision: 1,
  title: 'Budget',
  unit: 'tkr',
  columns: [{ year: 2026, label: 'Budget 2026', status: 'budget' }],
  lines: [
    { index: 0, key: 'revenue', label: 'Intäkter', category: 'revenue', amountsOre: {}, footnote: null },
    {
      index: 1,
      key: 'staffCosts',
      label: 'Personalkostnader',
      category: 'staffCosts',
      amountsOre: {},
      footnote: null,
    },
  ],
  result: { label: 'Budgeterat resultat', rows: [] },
  deficitAllowance: null,
};

const context: DiffContext = {
  budgetFrom: budget,
  budgetTo: budget,
  contributions: null,
  statedResult: (label) => `${label}, angivet`,
};

describe('describing a diff change', () => {
  it('splits a document path into names and indexes', () => {
    expect(splitPath('budget.lines[1].amounts.2026')).toEqual(['budget', 'lines', 1, 'amounts', '2026']);
    expect(splitPath('goals[2].activities[0].title')).toEqual(['goals', 2, 'activities', 0, 'title']);
  });

  it('names a budget figure by its line and year, in the budget unit', () => {
    const change = {
      path: 'budget.lines[1].amounts.2026',
      kind: 'figure' as const,
      change: 'changed' as const,
      before: -8423,
      after: -8500,
    };
    expect(describeChange(change, context)).toEqual({
      section: 'budget',
      place: 'Personalkostnader, 2026',
      unit: 'tkr',
    });
    expect(valueText(-8423, 'tkr', '–', '(innehåll)')).toBe('\u22128\u00a0423\u00a0tkr');
  });

  it('names the stated result and leaves other paths to the path itself', () => {
    const stated = { path: 'budget.result.stated.2027', kind: 'figure' as const, change: 'changed' as const };
    expect(describeChange({ ...stated, before: -947, after: -948 }, context).place).toBe(
      'Budgeterat resultat, angivet, 2027',
    );
    const text = { path: 'goals[0].title', kind: 'goal' as const, change: 'changed' as const };
    expect(describeChange({ ...text, before: 'A', after: 'B' }, context)).toEqual({
      section: 'goals',
      place: null,
      unit: null,
    });
  });

  it('writes values that are no amounts as they are', () => {
    expect(valueText(2026, null, '–', '(innehåll)')).toBe('2026');
    expect(valueText(undefined, null, '–', '(innehåll)')).toBe('–');
    expect(valueText({ id: 'g1', title: 'Mål 1' }, null, '–', '(innehåll)')).toBe('Mål 1');
    expect(valueText([1, 2], null, '–', '(innehåll)')).toBe('(innehåll) (2)');
  });
});
