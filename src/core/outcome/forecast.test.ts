import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromKronor } from '../money/money.ts';
import type { Budget } from '../plan/types.ts';
import { testPlan } from '../testing/plan-builder.ts';
import { compareBudgetToOutcome } from './budget-vs-outcome.ts';
import { ForecastError, forecastYear } from './forecast.ts';
import type { YearForecast } from './forecast.ts';
import { mapOutcome } from './mapping.ts';
import { NRF_DEFAULT_MAPPING } from './nrf-mapping.ts';
import { scenarioMovements } from './test-scenario.ts';
import type { AccountMovement, Month } from './types.ts';

const kr = fromKronor;
const plan = testPlan();
const comparison = (throughMonth: number, budget: Budget = plan.budget, movements = scenarioMovements()) =>
  compareBudgetToOutcome({
    budget,
    year: 2026,
    outcome: mapOutcome(NRF_DEFAULT_MAPPING, movements),
    throughMonth,
  });
const forecastOf = (f: YearForecast, key: string) => f.lines.find((l) => l.lineKey === key)?.forecast;

describe('forecastYear', () => {
  it('is outcome to date plus the remaining budget by default', () => {
    const f = forecastYear(comparison(8));
    // revenue: 1 020 000 + (1 500 000 − 1 000 000) = 1 520 000
    expect(forecastOf(f, 'revenue')).toBe(kr(1_520_000));
    // staff: −760 000 + (−1 200 000 + 800 000) = −1 160 000
    expect(forecastOf(f, 'staffCosts')).toBe(kr(-1_160_000));
    // other: −900 000 + (−1 300 000 + 866 664) = −900 000 − 433 336 = −1 333 336
    expect(f.lines.find((l) => l.lineKey === 'otherCosts')).toMatchObject({
      outcomeToDate: kr(-900_000),
      remainingBudget: kr(-433_336),
      forecast: kr(-1_333_336),
      method: 'outcomePlusRemainingBudget',
      varianceToBudget: kr(-33_336),
    });
    // members: 1 000 000 + (1 000 000 − 666 664) = 1 333 336
    expect(forecastOf(f, 'memberContributions')).toBe(kr(1_333_336));
    // result: 1 520 000 − 1 160 000 − 1 333 336 + 1 333 336 + 0 = 360 000
    expect(f.result).toBe(kr(360_000));
    // budget result: 1 500 000 − 1 200 000 − 1 300 000 + 1 000 000 = 0
    expect(f.budgetResult).toBe(kr(0));
    // outcome to date: 1 020 000 − 760 000 − 900 000 + 1 000 000 = 360 000
    expect(f.outcomeResultToDate).toBe(kr(360_000));
  });

  it('takes an override with its comment, and refuses one without', () => {
    const comment = 'Hela medlemsbidraget fakturerades i januari';
    const f = forecastYear(comparison(8), [
      { lineKey: 'memberContributions', amount: kr(1_000_000), comment },
    ]);
    expect(f.lines.find((l) => l.lineKey === 'memberContributions')).toMatchObject({
      defaultForecast: kr(1_333_336),
      forecast: kr(1_000_000),
      method: 'override',
      comment,
      varianceToBudget: kr(0),
    });
    // 1 520 000 − 1 160 000 − 1 333 336 + 1 000 000 = 26 664
    expect(f.result).toBe(kr(26_664));

    const c = comparison(8);
    expect(() => forecastYear(c, [{ lineKey: 'revenue', amount: kr(1), comment: '  ' }])).toThrow(
      ForecastError,
    );
    expect(() => forecastYear(c, [{ lineKey: 'revenue', amount: kr(1), comment: '' }])).toThrow(
      'a comment saying why is required',
    );
    expect(() => forecastYear(c, [{ lineKey: 'rent', amount: kr(1), comment: 'x' }])).toThrow('no such line');
    const twice = [
      { lineKey: 'revenue', amount: kr(1), comment: 'a' },
      { lineKey: 'revenue', amount: kr(2), comment: 'b' },
    ];
    expect(() => forecastYear(c, twice)).toThrow('two overrides');
  });

  it('is the budget with no outcome yet, and the outcome with all twelve months', () => {
    const none = forecastYear(comparison(0));
    expect(none.lines.map((l) => l.forecast)).toEqual(none.lines.map((l) => l.annualBudget));
    expect(none.result).toBe(kr(0));

    const all = forecastYear(comparison(12));
    expect(all.lines.every((l) => l.remainingBudget === 0)).toBe(true);
    // staff: nine months booked, −855 000, and nothing left to come
    expect(forecastOf(all, 'staffCosts')).toBe(kr(-855_000));
    expect(all.result).toBe(all.outcomeResultToDate);
  });

  it('leaves återföring eget kapital out of the result', () => {
    const budget: Budget = {
      ...plan.budget,
      lines: plan.budget.lines.map((l) =>
        l.category === 'equityReversal' ? { ...l, amounts: new Map([[2026, kr(50_000)]]) } : l,
      ),
    };
    const f = forecastYear(comparison(0, budget));
    expect(forecastOf(f, 'equityReversal')).toBe(kr(50_000));
    expect(f.result).toBe(kr(0));
  });

  it('default forecast − budget equals the year-to-date variance (property)', () => {
    const movement = fc.record({
      account: fc.constantFrom('3010', '3590', '5010', '6110'),
      month: fc.integer({ min: 1, max: 12 }).map((m) => m as Month),
      kronor: fc.integer({ min: -1e8, max: 1e8 }),
    });
    fc.assert(
      fc.property(fc.array(movement, { maxLength: 30 }), fc.integer({ min: 0, max: 12 }), (ms, through) => {
        const movements: AccountMovement[] = ms.map((m) => ({
          account: m.account,
          year: 2026,
          month: m.month,
          amount: kr(m.kronor),
        }));
        const c = comparison(through, plan.budget, movements);
        const f = forecastYear(c);
        for (const [i, l] of f.lines.entries()) {
          expect(l.forecast - l.annualBudget).toBe(c.lines[i]?.yearToDate.variance);
          expect(l.forecast).toBe(l.outcomeToDate + l.remainingBudget);
        }
      }),
    );
  });
});
