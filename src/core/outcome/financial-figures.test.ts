import { describe, expect, it } from 'vitest';
import { fromKronor } from '../money/money.ts';
import { evaluatePlan } from '../evaluation/sound-financial-management.ts';
import type { FinancialFigures, Plan } from '../plan/types.ts';
import { testPlan } from '../testing/plan-builder.ts';
import { compareBudgetToOutcome } from './budget-vs-outcome.ts';
import { closingDifferences } from './accounts.ts';
import { equityPosition, externalBorrowing } from './equity.ts';
import { followUpFigures } from './financial-figures.ts';
import { forecastYear } from './forecast.ts';
import { bankBalanceAt, projectLiquidity } from './liquidity.ts';
import { mapOutcome } from './mapping.ts';
import { NRF_DEFAULT_MAPPING } from './nrf-mapping.ts';
import { paymentCheck } from './payment-check.ts';
import { autumnFlows, scenarioMovements } from './test-scenario.ts';
import type { AccountBalance } from './types.ts';

const kr = fromKronor;

// Opening balances 2026: bank 1930 1 860 000 kr (the scenario's January movement +640 000
// brings it to 2 500 000 by 31 August), equity 2010 −1 500 000 (credit), loans 2310 0.
const balances: AccountBalance[] = [
  { account: '1930', year: 2026, kind: 'opening', amount: kr(1_860_000) },
  { account: '2010', year: 2026, kind: 'opening', amount: kr(-1_500_000) },
  { account: '2310', year: 2026, kind: 'opening', amount: kr(0) },
];
const movements = scenarioMovements();
const august = { balances, movements, year: 2026, throughMonth: 8 };

function interimForecast() {
  const c = compareBudgetToOutcome({
    budget: testPlan().budget,
    year: 2026,
    outcome: mapOutcome(NRF_DEFAULT_MAPPING, movements),
    throughMonth: 8,
  });
  // forecast result 26 664 kr (forecast.test.ts): members overridden to the 1 000 000 invoiced
  const override = { lineKey: 'memberContributions', amount: kr(1_000_000), comment: 'Fakturerat i januari' };
  return forecastYear(c, [override]);
}

function withInterimFigures(figures: FinancialFigures): Plan {
  return {
    ...testPlan(),
    followUpPeriods: [{ id: '2026-08', kind: 'interim', year: 2026, asOf: '2026-08-31', figures }],
  };
}

describe('equityPosition and externalBorrowing', () => {
  it('projects class-20 equity to the year end with the forecast result', () => {
    const e = equityPosition({ ...august, forecastResult: kr(26_664), floor: kr(1_000_000) });
    // 1 500 000 + 26 664 = 1 526 664
    expect(e).toEqual({
      date: '2026-08-31',
      equity: kr(1_500_000),
      forecastResult: kr(26_664),
      projectedYearEnd: kr(1_526_664),
      floor: kr(1_000_000),
      meetsFloorNow: true,
      projectedMeetsFloor: true,
    });
    // a forecast loss of exactly 500 000 leaves exactly the floor: "ej understiga" is met
    expect(
      equityPosition({ ...august, forecastResult: kr(-500_000), floor: kr(1_000_000) }).projectedMeetsFloor,
    ).toBe(true);
    expect(
      equityPosition({ ...august, forecastResult: kr(-500_001), floor: kr(1_000_000) }).projectedMeetsFloor,
    ).toBe(false);
  });
  it('reads external borrowing from the loan accounts, credit positive', () => {
    expect(externalBorrowing(august)).toBe(kr(0));
    const loan = [...movements, { account: '2410', year: 2026, month: 5 as const, amount: kr(-200_000) }];
    expect(externalBorrowing({ ...august, movements: loan })).toBe(kr(200_000));
  });
});

describe('closingDifferences', () => {
  it('lists accounts whose stated closing balance is not opening + movements', () => {
    // 1930: 1 860 000 + 640 000 = 2 500 000 stated 2 500 000 (agrees);
    // 2010: −1 500 000 + 0 stated −1 765 000 (a closing entry of the year's result outside months 1–12)
    const closing: AccountBalance[] = [
      { account: '1930', year: 2026, kind: 'closing', amount: kr(2_500_000) },
      { account: '2010', year: 2026, kind: 'closing', amount: kr(-1_765_000) },
    ];
    expect(closingDifferences([...balances, ...closing], movements, 2026)).toEqual([
      { account: '2010', computed: kr(-1_500_000), stated: kr(-1_765_000) },
    ]);
  });
});

describe('followUpFigures', () => {
  it('gives the interim figures from forecast, projected equity and the lowest bank balance', () => {
    const forecast = interimForecast();
    const opening = bankBalanceAt(august);
    expect(opening).toEqual({ date: '2026-08-31', balance: kr(2_500_000) });
    const projection = projectLiquidity({ opening, flows: autumnFlows(), floor: kr(500_000) });
    const figures = followUpFigures({
      kind: 'interim',
      forecast,
      equity: equityPosition({ ...august, forecastResult: forecast.result, floor: kr(1_000_000) }),
      // lowest so far, from the daily bank transactions, and the projection's 800 000 on 23 Oct
      bankBalances: [{ date: '2026-03-10', balance: kr(1_200_000) }, projection.lowest],
      externalBorrowing: externalBorrowing(august),
    });
    expect(figures).toEqual({
      result: kr(26_664),
      equity: kr(1_526_664),
      lowestBankBalance: kr(800_000),
      externalBorrowing: kr(0),
    });
  });
  it('takes the outcome, not the forecast, for the annual report', () => {
    const forecast = interimForecast();
    expect(() => followUpFigures({ kind: 'annual', forecast })).toThrow('through month 8');
    const c = compareBudgetToOutcome({
      budget: testPlan().budget,
      year: 2026,
      outcome: mapOutcome(NRF_DEFAULT_MAPPING, movements),
      throughMonth: 12,
    });
    const override = { lineKey: 'revenue', amount: kr(9_999_999), comment: 'ignored at year end' };
    // 1 020 000 − 855 000 − 900 000 + 1 000 000 = 265 000 (September's staff cost now counts)
    expect(followUpFigures({ kind: 'annual', forecast: forecastYear(c, [override]) })).toEqual({
      result: kr(265_000),
    });
  });
});

describe('financial goals 4–6 from the follow-up', () => {
  it('fails goal 5 (liquidity) when a payment would take the bank below 500 000 kr', () => {
    const forecast = interimForecast();
    const equity = equityPosition({ ...august, forecastResult: forecast.result, floor: kr(1_000_000) });
    const input = { opening: bankBalanceAt(august), flows: autumnFlows(), floor: kr(500_000) };
    // 500 000 on 1 November: the lowest, 900 000 on 25 December, becomes 400 000
    const check = paymentCheck(input, {
      date: '2026-11-01',
      amount: kr(500_000),
      label: 'Projektutbetalning',
    });
    expect(check.allowed).toBe(false);

    const paid = followUpFigures({
      kind: 'interim',
      forecast,
      equity,
      bankBalances: [check.projection.lowest],
    });
    const verdict = evaluatePlan(withInterimFigures(paid), { period: '2026-08' });
    expect(verdict.basis).toBe('followUp');
    expect(verdict.financialGoals.map((g) => [g.goalId, g.status, g.figure])).toEqual([
      ['result', 'met', kr(26_664)],
      ['liquidity', 'notMet', kr(400_000)],
      ['equity', 'met', kr(1_526_664)],
    ]);
    expect(verdict.conditions[1]?.reason).toBe('2 of 3 financial goals met; not met: God likviditet');

    const unpaid = followUpFigures({
      kind: 'interim',
      forecast,
      equity,
      bankBalances: [projectLiquidity(input).lowest],
    });
    const ok = evaluatePlan(withInterimFigures(unpaid), { period: '2026-08' });
    expect(ok.financialGoals.map((g) => g.status)).toEqual(['met', 'met', 'met']);
  });
});
