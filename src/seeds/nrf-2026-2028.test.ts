// Acceptance tests against NRF's Verksamhetsplan och budget 2026–2028. Every expected
// figure below is taken from the seed document or worked out by hand from it (the
// arithmetic is in the comments), never from the code under test.
import { describe, expect, it } from 'vitest';
import { allocateAmount } from '../core/allocation/allocate.ts';
import { sharesFromPercentages } from '../core/allocation/shares.ts';
import { computedResult } from '../core/budget/result.ts';
import { checkPlan } from '../core/consistency/check-plan.ts';
import { evaluatePlan } from '../core/evaluation/sound-financial-management.ts';
import { fromKronor, fromTkr, sum } from '../core/money/money.ts';
import type { Activity, Plan } from '../core/plan/types.ts';
import { loadSeedPlan } from './load-seed.ts';

const plan = loadSeedPlan('nrf-2026-2028');
const NRF_SHARES = sharesFromPercentages([
  ['RVN', '26,71'],
  ['RJH', '14,69'],
  ['RV', '31,10'],
  ['RN', '27,50'],
]);

describe('NRF 2026–2028: budget', () => {
  it('computes the budgeted result of each year from the lines', () => {
    // 2025: 54 220 − 8 739 − 63 367 − 3 071 + 18 247 = −2 710 (as stated)
    // 2026: 44 376 − 8 423 − 46 828 − 1 392 + 10 279 = −1 988 (as stated)
    // 2027: 44 937 − 8 549 − 46 426 − 1 424 + 10 514 = −948 (stated −947)
    // 2028: 45 672 − 8 384 − 46 555 − 1 489 + 10 755 = −1 (stated 0)
    expect([2025, 2026, 2027, 2028].map((y) => computedResult(plan.budget, y))).toEqual(
      [-2710, -1988, -948, -1].map(fromTkr),
    );
  });

  it('has revenue notes for 2026 that add up to Intäkter and Bidrag från medlemmar 2026', () => {
    const notes = plan.revenueNotes[0];
    const byLine = (line: string) =>
      sum(
        (notes?.groups ?? [])
          .filter((g) => g.budgetLine === line)
          .flatMap((g) => g.items.map((i) => i.amount)),
      );
    // Co-financing 15 855 + 7 726 + 1 681 + 605 + 1 100 = 26 967; state grants 16 916 + 493 = 17 409;
    // 26 967 + 17 409 = 44 376 = Intäkter 2026.
    expect(byLine('revenue')).toBe(fromTkr(44_376));
    expect(byLine('memberContributions')).toBe(fromTkr(10_279));
  });
});

describe('NRF 2026–2028: member contributions', () => {
  it('splits the 2026 member contribution of 10 279 tkr by population share', () => {
    // Exact shares: 2 745,5209 / 1 509,9851 / 3 196,769 / 2 826,725; floors add to 10 276;
    // the 3 tkr left go to the largest remainders RJH (,9851), RV (,769), RN (,725).
    const split = allocateAmount(fromTkr(10_279), NRF_SHARES, { unit: 'tkr' });
    expect(split.parts.map((p) => [p.key, p.amount])).toEqual([
      ['RVN', fromTkr(2745)],
      ['RJH', fromTkr(1510)],
      ['RV', fromTkr(3197)],
      ['RN', fromTkr(2827)],
    ]);
    // Bilaga 1 prints RV 3 196: one tkr from the split, within the table's precision.
    const stated = plan.contributions[0]?.areas[0]?.rows[0]?.perMember;
    expect([...(stated ?? [])]).toEqual([
      ['RVN', fromTkr(2745)],
      ['RJH', fromTkr(1510)],
      ['RV', fromTkr(3196)],
      ['RN', fromTkr(2827)],
    ]);
  });
});

describe('NRF 2026–2028: consistency check', () => {
  const report = checkPlan(plan);

  it('finds exactly the eight places where the document disagrees with itself', () => {
    // Worked by hand from the seed:
    // - results 2027 and 2028 (above);
    // - Bilaga 1, Medlemsbidrag: 2 745 + 1 510 + 3 196 + 2 827 = 10 278, stated 10 279;
    // - Koordinator apotekare: 161 + 89 + 188 + 166 = 604, stated 605;
    // - Summa från regionerna: 9 948 + 5 473 + 11 582 + 10 243 = 37 246, stated 37 245;
    // - RVN column: 2 745 + 4 235 + 2 063 + 449 + 161 + 294 = 9 947, stated 9 948;
    // - RN column: 2 827 + 4 360 + 2 125 + 462 + 166 + 302 = 10 242, stated 10 243;
    // - row totals: 10 279 + 15 855 + 7 726 + 1 681 + 605 + 1 100 = 37 246, stated 37 245.
    // RJH: 1 510 + 2 330 + 1 135 + 247 + 89 + 162 = 5 473 and RV: 3 196 + 4 930 + 2 403 + 523
    // + 188 + 342 = 11 582 agree. Every member amount is within 1 tkr of its share.
    expect(
      report.findings.map((f) => [f.rule, f.path, f.measure === 'amount' ? [f.stated, f.computed] : null]),
    ).toEqual([
      ['resultFromLines', 'budget.result.stated.2027', [fromTkr(-947), fromTkr(-948)]],
      ['resultFromLines', 'budget.result.stated.2028', [fromTkr(0), fromTkr(-1)]],
      ['rowSumsToTotal', 'contributions[0].areas[0].rows[0].total', [fromTkr(10_279), fromTkr(10_278)]],
      ['rowSumsToTotal', 'contributions[0].areas[4].rows[0].total', [fromTkr(605), fromTkr(604)]],
      ['rowSumsToTotal', 'contributions[0].totalRow.total', [fromTkr(37_245), fromTkr(37_246)]],
      ['columnSumsToTotal', 'contributions[0].totalRow.perMember.RVN', [fromTkr(9948), fromTkr(9947)]],
      ['columnSumsToTotal', 'contributions[0].totalRow.perMember.RN', [fromTkr(10_243), fromTkr(10_242)]],
      ['totalOfRowTotals', 'contributions[0].totalRow.total', [fromTkr(37_245), fromTkr(37_246)]],
    ]);
  });

  it('checks the notes against Bilaga 1 and the shares against 100 % without inventing findings', () => {
    expect(
      report.findings.some((f) => f.rule === 'noteMatchesContribution' || f.rule === 'memberShare'),
    ).toBe(false);
    expect(report.findings.some((f) => f.rule.startsWith('share'))).toBe(false);
    expect(report.checkedFigures).toBeGreaterThan(40);
  });
});

describe('NRF 2026–2028: god ekonomisk hushållning', () => {
  const periodId = '2026-annual';
  function followedUp(doneCount: number, figures: Plan['followUpPeriods'][number]['figures']): Plan {
    let left = doneCount;
    const mark = (a: Activity): Activity => ({
      ...a,
      followUp: [{ period: periodId, status: left-- > 0 ? 'done' : 'inProgress' }],
    });
    return {
      ...plan,
      followUpPeriods: [
        { id: periodId, kind: 'annual', year: 2026, asOf: '2026-12-31', ...(figures ? { figures } : {}) },
      ],
      goals: plan.goals.map((g) => ({ ...g, activities: g.activities.map(mark) })),
    };
  }

  it('is not met as planned: nothing is done yet and the 2026 deficit has no recorded board decision', () => {
    const v = evaluatePlan(plan);
    expect(v.year).toBe(2026);
    expect(v.status).toBe('notMet');
    expect(v.conditions.map((c) => c.reason)).toEqual([
      '0 of 8 activities of the operational goals done; required: at least 6 of 8',
      '0 of 3 financial goals met; not met: Positivt resultat; no figures for: God likviditet, God finansiell ställning',
    ]);
  });

  it('judges the stated 0 of 2028 on the computed −1 tkr', () => {
    const goal4 = evaluatePlan(plan, { year: 2028 }).financialGoals[0];
    expect(goal4).toMatchObject({ goalId: 'mal-4', status: 'notMet', figure: fromTkr(-1) });
    expect(goal4?.reason).toContain('the plan states 0\u00a0tkr');
  });

  it('is met with six of eight activities done and goals 4–6 met by the year-end figures', () => {
    const figures = { result: fromTkr(150), lowestBankBalance: fromKronor(740_000), equity: fromTkr(2_300) };
    expect(evaluatePlan(followedUp(5, figures), { period: periodId }).status).toBe('notMet');
    const v = evaluatePlan(followedUp(6, figures), { period: periodId });
    expect(v.status).toBe('met');
    expect(v.conditions[0]?.reason).toBe(
      '6 of 8 activities of the operational goals done; required: at least 6 of 8',
    );
    expect(v.financialGoals.map((g) => [g.goalId, g.status])).toEqual([
      ['mal-4', 'met'],
      ['mal-5', 'met'],
      ['mal-6', 'met'],
    ]);
    // Equity just under the 1 000 000 kr floor breaks the verdict.
    expect(
      evaluatePlan(followedUp(8, { ...figures, equity: fromKronor(999_999) }), { period: periodId }).status,
    ).toBe('notMet');
  });
});
