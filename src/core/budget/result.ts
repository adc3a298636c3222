// The budgeted result is computed from the lines, never taken from the document:
// lines are signed as printed (costs negative), so the result is their sum.
import { ZERO, add, subtract, sum } from '../money/money.ts';
import type { Ore } from '../money/money.ts';
import type { Budget, BudgetLineCategory } from '../plan/types.ts';

export function lineAmount(budget: Budget, key: string, year: number): Ore {
  return budget.lines.find((l) => l.key === key)?.amounts.get(year) ?? ZERO;
}

export function categoryTotal(budget: Budget, category: BudgetLineCategory, year: number): Ore {
  return sum(budget.lines.filter((l) => l.category === category).map((l) => l.amounts.get(year) ?? ZERO));
}

/** Budgeterat resultat: revenue and member contributions less costs, plus any equity reversal. */
export function computedResult(budget: Budget, year: number): Ore {
  return sum(budget.lines.map((l) => l.amounts.get(year) ?? ZERO));
}

export type ResultRow = { year: number; label: string; stated: Ore | undefined; computed: Ore };

export function resultRows(budget: Budget): ResultRow[] {
  return budget.columns.map((c) => ({
    year: c.year,
    label: c.label,
    stated: budget.result.stated.get(c.year),
    computed: computedResult(budget, c.year),
  }));
}

/**
 * The change in equity a year's result brings. Återföring eget kapital is equity
 * spent to cover costs: it is shown as income in the budget, but it is not a gain,
 * so it is taken out again here.
 */
export function equityChange(budget: Budget, year: number): Ore {
  return subtract(computedResult(budget, year), categoryTotal(budget, 'equityReversal', year));
}

/** Equity at the end of each later budget year, from a known opening figure. */
export function projectEquity(budget: Budget, opening: { year: number; amount: Ore }): Map<number, Ore> {
  const out = new Map<number, Ore>();
  let equity = opening.amount;
  const years = budget.columns
    .map((c) => c.year)
    .filter((y) => y > opening.year)
    .sort((a, b) => a - b);
  for (const year of years) {
    equity = add(equity, equityChange(budget, year));
    out.set(year, equity);
  }
  return out;
}
