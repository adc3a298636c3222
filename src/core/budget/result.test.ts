import { describe, expect, it } from 'vitest';
import { fromTkr } from '../money/money.ts';
import { testPlan } from '../testing/plan-builder.ts';
import { computedResult, equityChange, projectEquity, resultRows } from './result.ts';

describe('budget result', () => {
  it('is the sum of the signed lines of its year', () => {
    const { budget } = testPlan();
    // 1500 − 1200 − 1300 + 1000 + 0 = 0 and 1500 − 1250 − 1300 + 1000 + 0 = −50
    expect(computedResult(budget, 2026)).toBe(fromTkr(0));
    expect(computedResult(budget, 2027)).toBe(fromTkr(-50));
    expect(resultRows(budget).map((r) => [r.year, r.stated, r.computed])).toEqual([
      [2026, fromTkr(0), fromTkr(0)],
      [2027, fromTkr(-50), fromTkr(-50)],
    ]);
  });

  it('takes an equity reversal out of the change in equity', () => {
    const plan = testPlan();
    const reversal = plan.budget.lines.find((l) => l.key === 'equityReversal');
    (reversal?.amounts as Map<number, ReturnType<typeof fromTkr>>).set(2027, fromTkr(50));
    // The result balances (0) because 50 tkr of equity is used: equity falls by 50.
    expect(computedResult(plan.budget, 2027)).toBe(fromTkr(0));
    expect(equityChange(plan.budget, 2027)).toBe(fromTkr(-50));
    expect([...projectEquity(plan.budget, { year: 2025, amount: fromTkr(1200) })]).toEqual([
      [2026, fromTkr(1200)],
      [2027, fromTkr(1150)],
    ]);
  });
});
