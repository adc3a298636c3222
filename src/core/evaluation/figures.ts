// Which financial figures a year is judged on: those recorded at a follow-up period
// (outcome or forecast), else the budget's — the computed result and equity projected
// from the latest stated equity. Figures the plan does not give stay unknown.
import { computedResult, projectEquity } from '../budget/result.ts';
import type { FinancialFigures, Plan } from '../plan/types.ts';
import type { YearFigures } from './financial-goals.ts';

export function budgetFigures(plan: Plan, year: number): FinancialFigures {
  const figures: { result?: FinancialFigures['result']; equity?: FinancialFigures['equity'] } = {};
  if (plan.budget.columns.some((c) => c.year === year)) figures.result = computedResult(plan.budget, year);
  const opening = [...plan.equity]
    .map((e) => ({ year: Number(e.date.slice(0, 4)), amount: e.amount, date: e.date }))
    // Equity at 31 December closes its year; any earlier date opens the next projection too.
    .filter((e) => e.year < year)
    .sort((a, b) => b.date.localeCompare(a.date))[0];
  if (opening) {
    const equity = projectEquity(plan.budget, opening).get(year);
    if (equity !== undefined) figures.equity = equity;
  }
  return figures;
}

export function figuresFor(plan: Plan, year: number, periodId: string | null): YearFigures {
  const period = periodId === null ? undefined : plan.followUpPeriods.find((p) => p.id === periodId);
  if (period?.figures) {
    // A follow-up fills in what it knows; the rest still comes from the budget.
    return { year, basis: 'followUp', figures: { ...budgetFigures(plan, year), ...period.figures } };
  }
  return { year, basis: 'budget', figures: budgetFigures(plan, year) };
}
