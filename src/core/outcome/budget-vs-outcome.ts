// Budget versus outcome per budget line, per month and year to date, through month N
// (e.g. 8 for a delårsrapport per 31 August). Months after N have no outcome yet.
import { ZERO, sum } from '../money/money.ts';
import type { Ore } from '../money/money.ts';
import type { Budget, BudgetLineCategory } from '../plan/types.ts';
import type { MappedOutcome } from './mapping.ts';
import { evenSpread } from './spread.ts';
import type { MonthlySpread } from './spread.ts';
import { MONTHS, OutcomeInputError, checkThroughMonth } from './types.ts';
import type { Month } from './types.ts';
import { varianceFigures } from './variance.ts';
import type { VarianceFigures } from './variance.ts';

export type MonthComparison = {
  month: Month;
  budget: Ore;
  /** Null for months after throughMonth: not yet known, which is not the same as 0. */
  outcome: Ore | null;
  variance: VarianceFigures | null;
};

export type LineComparison = {
  lineKey: string;
  label: string;
  category: BudgetLineCategory;
  annualBudget: Ore;
  months: readonly MonthComparison[];
  yearToDate: VarianceFigures;
};

export type BudgetVsOutcome = {
  year: number;
  throughMonth: number;
  /** The spread method, or 'perLine' when each line chose its own. */
  spread: MonthlySpread['method'] | 'perLine';
  lines: readonly LineComparison[];
};

export type BudgetVsOutcomeInput = {
  budget: Budget;
  year: number;
  outcome: MappedOutcome;
  throughMonth: number;
  /** How each line's year is spread over months; default evenly in whole kronor. */
  spread?: MonthlySpread | ((lineKey: string) => MonthlySpread);
};

/** Each line's outcome per month (index 0 = January) for the year, summed once. */
function outcomeByLineAndMonth(outcome: MappedOutcome, year: number): Map<string, Ore[][]> {
  const out = new Map<string, Ore[][]>();
  for (const m of outcome.movements) {
    if (m.year !== year) continue;
    let months = out.get(m.lineKey);
    if (!months) out.set(m.lineKey, (months = MONTHS.map(() => [])));
    months[m.month - 1]?.push(m.outcome);
  }
  return out;
}

export function compareBudgetToOutcome(input: BudgetVsOutcomeInput): BudgetVsOutcome {
  const { budget, year } = input;
  const through = checkThroughMonth(input.throughMonth);
  if (!budget.columns.some((c) => c.year === year)) {
    throw new OutcomeInputError(`the budget has no column for ${year}`);
  }
  const byLine = outcomeByLineAndMonth(input.outcome, year);
  const unknown = [...byLine.keys()].filter((k) => !budget.lines.some((l) => l.key === k));
  if (unknown.length > 0) {
    throw new OutcomeInputError(
      `the outcome is mapped to lines the budget does not have: ${unknown.join(', ')}`,
    );
  }
  const spreadFor = (key: string): MonthlySpread =>
    typeof input.spread === 'function' ? input.spread(key) : (input.spread ?? evenSpread);
  const lines = budget.lines.map((line): LineComparison => {
    const annualBudget = line.amounts.get(year) ?? ZERO;
    const monthlyBudget = spreadFor(line.key).spread(annualBudget);
    const monthlyOutcome = (byLine.get(line.key) ?? []).map((amounts) => sum(amounts));
    const months = MONTHS.map((month): MonthComparison => {
      const b = monthlyBudget[month - 1] ?? ZERO;
      if (month > through) return { month, budget: b, outcome: null, variance: null };
      const o = monthlyOutcome[month - 1] ?? ZERO;
      return { month, budget: b, outcome: o, variance: varianceFigures(b, o) };
    });
    const known = months.filter((m) => m.month <= through);
    const yearToDate = varianceFigures(
      sum(known.map((m) => m.budget)),
      sum(known.map((m) => m.outcome ?? ZERO)),
    );
    return {
      lineKey: line.key,
      label: line.label,
      category: line.category,
      annualBudget,
      months,
      yearToDate,
    };
  });
  const method = typeof input.spread === 'function' ? 'perLine' : (input.spread ?? evenSpread).method;
  return { year, throughMonth: through, spread: method, lines };
}
