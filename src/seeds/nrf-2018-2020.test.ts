// Acceptance tests against NRF's Preliminär verksamhetsplan och budgetramar 2018–2020.
// Expected figures come from the seed document or hand arithmetic on it.
import { describe, expect, it } from 'vitest';
import { computedResult } from '../core/budget/result.ts';
import { checkPlan } from '../core/consistency/check-plan.ts';
import { evaluatePlan } from '../core/evaluation/sound-financial-management.ts';
import { fromTkr } from '../core/money/money.ts';
import type { Plan } from '../core/plan/types.ts';
import { loadSeedPlan } from './load-seed.ts';

const plan = loadSeedPlan('nrf-2018-2020');

describe('NRF 2018–2020', () => {
  it('computes the results and finds the two stated results that differ by 1 tkr', () => {
    // 2018: 25 585 − 3 059 − 25 585 − 2 310 + 5 184 = −185 (stated −186)
    // 2019: 26 455 − 3 163 − 26 455 − 2 389 + 5 360 = −192 (as stated)
    // 2020: 27 248 − 3 258 − 27 248 − 2 460 + 5 521 = −197 (stated −198)
    expect([2018, 2019, 2020].map((y) => computedResult(plan.budget, y))).toEqual(
      [-185, -192, -197].map(fromTkr),
    );
    expect(
      checkPlan(plan).findings.map((f) => [f.path, f.measure === 'amount' ? f.difference : null]),
    ).toEqual([
      ['budget.result.stated.2018', fromTkr(-1)],
      ['budget.result.stated.2020', fromTkr(-1)],
    ]);
  });

  it('projects equity from 1 955 tkr (2017) and finds the 1 000 000 kr floor met each year', () => {
    // 1 955 − 185 = 1 770; 1 770 − 192 = 1 578; 1 578 − 197 = 1 381 tkr
    const equity = [2018, 2019, 2020].map((year) =>
      evaluatePlan(plan, { year }).financialGoals.find((g) => g.goalId === 'fm-eget-kapital'),
    );
    expect(equity.map((g) => [g?.status, g?.figure])).toEqual([
      ['met', fromTkr(1770)],
      ['met', fromTkr(1578)],
      ['met', fromTkr(1381)],
    ]);
  });

  it('requires all 7 prioritised activities; the recurring 8a–8f do not count', () => {
    const withDone = (ids: readonly string[]): Plan => ({
      ...plan,
      followUpPeriods: [{ id: '2018-annual', kind: 'annual', year: 2018, asOf: '2018-12-31' }],
      goals: plan.goals.map((g) => ({
        ...g,
        activities: g.activities.map((a) =>
          ids.includes(a.id) ? { ...a, followUp: [{ period: '2018-annual', status: 'done' as const }] } : a,
        ),
      })),
    });
    const seven = [
      'aktivitet-1',
      'aktivitet-2',
      'aktivitet-3',
      'aktivitet-4',
      'aktivitet-5',
      'aktivitet-6',
      'aktivitet-7',
    ];
    const six = evaluatePlan(withDone([...seven.slice(0, 6), 'aktivitet-8']), { period: '2018-annual' });
    expect(six.status).toBe('notMet');
    expect(six.conditions[0]?.reason).toBe('6 of 7 prioritised activities done; required: 100 % of 7');
    const all = evaluatePlan(withDone(seven), { period: '2018-annual' });
    expect(all.status).toBe('met');
    expect(all.conditions[0]?.warnings).toEqual([]);
  });
});
