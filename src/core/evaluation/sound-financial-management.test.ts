import { describe, expect, it } from 'vitest';
import { parseDecimal } from '../money/decimal.ts';
import { fromKronor, fromTkr } from '../money/money.ts';
import type { Activity, FollowUpStatus, Plan } from '../plan/types.ts';
import { activity, testPlan } from '../testing/plan-builder.ts';
import { evaluatePlan } from './sound-financial-management.ts';

/** The test plan with a follow-up period and the given statuses recorded for it. */
function withStatuses(
  plan: Plan,
  statuses: Record<string, FollowUpStatus>,
  figures?: Plan['followUpPeriods'][number]['figures'],
): Plan {
  const mark = (a: Activity): Activity => ({
    ...a,
    followUp: statuses[a.id] ? [{ period: '2026-annual', status: statuses[a.id] as FollowUpStatus }] : [],
    subActivities: a.subActivities.map(mark),
  });
  return {
    ...plan,
    followUpPeriods: [
      { id: '2026-annual', kind: 'annual', year: 2026, asOf: '2026-12-31', ...(figures ? { figures } : {}) },
    ],
    goals: plan.goals.map((g) => ({ ...g, activities: g.activities.map(mark) })),
  };
}

const goodFigures = { lowestBankBalance: fromKronor(612_000), equity: fromTkr(1_400), result: fromTkr(12) };

describe('evaluatePlan', () => {
  it('counts top-level activities of the operational goals, not sub-activities', () => {
    const v = evaluatePlan(testPlan());
    expect(v.activities.map((a) => a.activity.id)).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(v.activityCounts).toEqual({ notStarted: 4, inProgress: 0, done: 0, notDone: 0 });
  });

  it('is not met with too few activities done, and met at the threshold with all financial goals met', () => {
    const two = evaluatePlan(
      withStatuses(testPlan(), { a1: 'done', a2: 'done', a3: 'inProgress' }, goodFigures),
      { period: '2026-annual' },
    );
    expect(two.status).toBe('notMet');
    expect(two.conditions[0]?.reason).toBe(
      '2 of 4 activities of the operational goals done; required: at least 3 of 4',
    );
    expect(two.conditions[1]?.status).toBe('met');

    const three = evaluatePlan(
      withStatuses(testPlan(), { a1: 'done', a2: 'done', a4: 'done', a3: 'notDone' }, goodFigures),
      { period: '2026-annual' },
    );
    expect(three.status).toBe('met');
    expect(three.basis).toBe('followUp');
    expect(three.financialGoals.map((g) => g.status)).toEqual(['met', 'met', 'met']);
    expect(three.activityCounts).toEqual({ notStarted: 0, inProgress: 0, done: 3, notDone: 1 });
  });

  it('fails the verdict when one financial goal is not met, and names it', () => {
    const v = evaluatePlan(
      withStatuses(
        testPlan(),
        { a1: 'done', a2: 'done', a3: 'done', a4: 'done' },
        { ...goodFigures, lowestBankBalance: fromKronor(499_999) },
      ),
      { period: '2026-annual' },
    );
    expect(v.status).toBe('notMet');
    expect(v.conditions[1]?.reason).toBe('2 of 3 financial goals met; not met: God likviditet');
    expect(v.financialGoals[1]?.reason).toBe(
      'lowest bank balance 2026 is 499\u00a0999\u00a0kr; the floor is 500\u00a0000\u00a0kr',
    );
  });

  it('is undetermined, never met, when a financial figure is missing', () => {
    const v = evaluatePlan(
      withStatuses(testPlan(), { a1: 'done', a2: 'done', a3: 'done' }, { result: fromTkr(5) }),
      { period: '2026-annual' },
    );
    // Equity comes from the budget projection (1 200 + 0 = 1 200 tkr); the bank balance is unknown.
    expect(v.financialGoals.map((g) => g.status)).toEqual(['met', 'unknown', 'met']);
    expect(v.status).toBe('unknown');
  });

  it('allows a deficit only with a board decision for the year', () => {
    const plan = testPlan();
    const deficit = evaluatePlan(plan, { year: 2027 });
    expect(deficit.financialGoals[0]).toMatchObject({ status: 'notMet', figure: fromTkr(-50) });

    const cited: Plan = {
      ...plan,
      budget: {
        ...plan.budget,
        deficitAllowance: {
          years: [2027],
          law: 'KL 11 kap 5 §',
          reason: 'stark finansiell ställning',
          decisionId: null,
        },
      },
    };
    expect(evaluatePlan(cited, { year: 2027 }).financialGoals[0]?.reason).toBe(
      'result 2027 is \u221250\u00a0tkr; the plan cites exceptional reasons (KL 11 kap 5 §) but no board decision (date, §) is recorded',
    );
    const decided: Plan = {
      ...plan,
      budget: {
        ...plan.budget,
        deficitAllowance: { years: [2027], law: 'KL 11 kap 5 §', reason: 'x', decisionId: 'fd-1' },
      },
    };
    expect(evaluatePlan(decided, { year: 2027 }).financialGoals[0]).toMatchObject({
      status: 'allowedByDecision',
      reason:
        'result 2027 is \u221250\u00a0tkr; a deficit is allowed with exceptional reasons (KL 11 kap 5 §) by board decision 2025-12-03 § 12',
    });
  });

  it('projects equity from the latest stated figure through the computed results', () => {
    // 1 200 tkr at 2025-12-31; results 0 (2026) and −50 (2027).
    expect(evaluatePlan(testPlan(), { year: 2026 }).financialGoals[2]?.figure).toBe(fromTkr(1200));
    expect(evaluatePlan(testPlan(), { year: 2027 }).financialGoals[2]?.figure).toBe(fromTkr(1150));
  });

  it('applies a percentage rule exactly: 100 % of 3 prioritised needs all 3', () => {
    const plan: Plan = {
      ...testPlan(),
      soundFinancialManagement: {
        text: '100 %',
        conditions: [
          { kind: 'activitiesDone', scope: 'prioritised', expectedCount: 3, minPercent: parseDecimal('100') },
        ],
      },
    };
    expect(
      evaluatePlan(withStatuses(plan, { a1: 'done', a2: 'done' }), { period: '2026-annual' }).status,
    ).toBe('notMet');
    const all = evaluatePlan(withStatuses(plan, { a1: 'done', a2: 'done', a3: 'done' }), {
      period: '2026-annual',
    });
    expect(all.status).toBe('met');
    expect(all.conditions[0]?.reason).toBe('3 of 3 prioritised activities done; required: 100 % of 3');
  });

  it('warns when the rule speaks of another count of activities than the plan has', () => {
    const plan: Plan = {
      ...testPlan(),
      goals: testPlan().goals.map((g) =>
        g.id === 'g2' ? { ...g, activities: [...g.activities, activity('a5')] } : g,
      ),
    };
    expect(evaluatePlan(plan).conditions[0]?.warnings).toEqual([
      "the plan's rule speaks of 4 activities but 5 are in scope (operationalGoals)",
    ]);
  });

  it('takes the latest status recorded up to the period', () => {
    const base = testPlan();
    const plan: Plan = {
      ...base,
      followUpPeriods: [
        { id: 'interim', kind: 'interim', year: 2026, asOf: '2026-08-31' },
        { id: 'annual', kind: 'annual', year: 2026, asOf: '2026-12-31' },
      ],
      goals: base.goals.map((g) =>
        g.id === 'g1'
          ? {
              ...g,
              activities: g.activities.map((a) =>
                a.id === 'a1'
                  ? {
                      ...a,
                      followUp: [
                        { period: 'annual', status: 'done' as const },
                        { period: 'interim', status: 'inProgress' as const, comment: 'halvvägs' },
                      ],
                    }
                  : a,
              ),
            }
          : g,
      ),
    };
    expect(evaluatePlan(plan, { period: 'interim' }).activities[0]).toMatchObject({
      status: 'inProgress',
      comment: 'halvvägs',
      recordedFor: 'interim',
    });
    expect(evaluatePlan(plan, { period: 'annual' }).activities[0]).toMatchObject({
      status: 'done',
      recordedFor: 'annual',
    });
    expect(() => evaluatePlan(plan, { period: 'nope' })).toThrow(
      'unknown follow-up period "nope"; the plan has interim, annual',
    );
  });
});
