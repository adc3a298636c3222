// Full-year forecast (helårsprognos) per budget line: by default the outcome to date plus
// the budget for the months still to come; the economist may override a line with an
// amount and a comment saying why. The forecast result feeds financial goal "positivt
// resultat" (NRF 2026–2028, mål 4) in the delårsrapport.
import { add, subtract, sum } from '../money/money.ts';
import type { Ore } from '../money/money.ts';
import type { BudgetLineCategory } from '../plan/types.ts';
import type { BudgetVsOutcome } from './budget-vs-outcome.ts';

export type ForecastOverride = { lineKey: string; amount: Ore; comment: string };

export type LineForecast = {
  lineKey: string;
  label: string;
  category: BudgetLineCategory;
  annualBudget: Ore;
  outcomeToDate: Ore;
  /** Budget of months throughMonth+1..12 (the spread's, so it adds up to the annual budget). */
  remainingBudget: Ore;
  /** outcomeToDate + remainingBudget, whatever the override says. */
  defaultForecast: Ore;
  forecast: Ore;
  method: 'outcomePlusRemainingBudget' | 'override';
  comment?: string;
  /** forecast − annual budget: positive is in the organisation's favour. */
  varianceToBudget: Ore;
};

export type YearForecast = {
  year: number;
  throughMonth: number;
  lines: readonly LineForecast[];
  /**
   * The forecast result: revenue less costs, the sum of every line except återföring eget
   * kapital. That line is equity spent, not income (see budget/result.ts), and goal 4 asks
   * that revenue cover costs; its forecast is shown on its own line.
   */
  result: Ore;
  /** The same lines' budget, to compare the result with. */
  budgetResult: Ore;
  /** The outcome result to date on the same lines: the year's result once throughMonth is 12. */
  outcomeResultToDate: Ore;
};

export class ForecastError extends Error {
  override name = 'ForecastError';
}

/** Whether a line counts in the result (everything but återföring eget kapital). */
export function countsInResult(category: BudgetLineCategory): boolean {
  return category !== 'equityReversal';
}

function checkOverrides(comparison: BudgetVsOutcome, overrides: readonly ForecastOverride[]): void {
  const seen = new Set<string>();
  for (const o of overrides) {
    if (!comparison.lines.some((l) => l.lineKey === o.lineKey)) {
      throw new ForecastError(`override for "${o.lineKey}": the budget has no such line`);
    }
    if (o.comment.trim() === '') {
      throw new ForecastError(`override for "${o.lineKey}": a comment saying why is required`);
    }
    if (seen.has(o.lineKey)) throw new ForecastError(`"${o.lineKey}" has two overrides; keep one`);
    seen.add(o.lineKey);
  }
}

export function forecastYear(
  comparison: BudgetVsOutcome,
  overrides: readonly ForecastOverride[] = [],
): YearForecast {
  checkOverrides(comparison, overrides);
  const lines = comparison.lines.map((line): LineForecast => {
    const outcomeToDate = line.yearToDate.outcome;
    const remainingBudget = subtract(line.annualBudget, line.yearToDate.budget);
    const defaultForecast = add(outcomeToDate, remainingBudget);
    const override = overrides.find((o) => o.lineKey === line.lineKey);
    const forecast = override?.amount ?? defaultForecast;
    const base = {
      lineKey: line.lineKey,
      label: line.label,
      category: line.category,
      annualBudget: line.annualBudget,
      outcomeToDate,
      remainingBudget,
      defaultForecast,
      forecast,
      varianceToBudget: subtract(forecast, line.annualBudget),
    };
    return override
      ? { ...base, method: 'override', comment: override.comment }
      : { ...base, method: 'outcomePlusRemainingBudget' };
  });
  const inResult = lines.filter((l) => countsInResult(l.category));
  return {
    year: comparison.year,
    throughMonth: comparison.throughMonth,
    lines,
    result: sum(inResult.map((l) => l.forecast)),
    budgetResult: sum(inResult.map((l) => l.annualBudget)),
    outcomeResultToDate: sum(inResult.map((l) => l.outcomeToDate)),
  };
}
