// The liquidity guard, the payment check and the period figures feeding the verdict, over
// the API, against hand arithmetic on the fixture (test-setup.ts): the bank holds
// 810 000 kr after the last voucher, 2026-08-25.
// Planned flows added here: member invoices +2 100 000 on 09-15, salaries −500 000 on the
// 25th of September–December. Projection (kr):
//   08-25 810 000 → 09-15 2 910 000 → 09-25 2 410 000 → 10-25 1 910 000
//   → 11-25 1 410 000 → 12-25 910 000 (the lowest from 16 September on)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../db/plan-store/actor.ts';
import { applyEdits } from '../../db/plan-store/update.ts';
import { findVersion } from '../../db/plan-store/versions.ts';
import { testDrivers } from '../../db/testing/test-database.ts';
import type { TestContext } from '../testing/test-app.ts';
import { FU, followUpContext, importFixture, kr } from './test-setup.ts';
import type { LiquidityViewJson, PaymentCheckJson, PlannedFlowJson } from './views.ts';
import type { FiguresJson } from './figures.ts';

const V1 = '/api/v1/plans/nrf-2026-2028/versions/1';

describe.each(testDrivers())('liquidity and figures API on %s', (kind) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await followUpContext(kind);
  }, 60_000);
  afterAll(async () => ctx.close());

  it('has no opening balance before any outcome: 409', async () => {
    const economist = await ctx.login('economist');
    const response = await economist.get(`${FU}/liquidity`);
    expect(response.status).toBe(409);
    const body = (await response.json()) as { error: { code: string; details: unknown } };
    expect(body.error.code).toBe('no_opening_balance');
    // The floor in force (the seeds' 500 000 kr), for a client that enters an opening balance.
    expect(body.error.details).toEqual({ floorOre: 500_000_00 });
  });

  it('opens at the bank balance of the last voucher date and projects the planned flows', async () => {
    await importFixture(ctx);
    const economist = await ctx.login('economist');
    const salaries = {
      date: '2026-09-25',
      amountOre: kr(-500_000),
      label: 'Löner',
      kind: 'salaries',
      repeat: { monthly: true, until: '2026-12-31' },
    };
    const created = await economist.post(`${FU}/liquidity/flows`, salaries);
    expect(created.status).toBe(201);
    expect((await created.json()) as PlannedFlowJson).toMatchObject(salaries);
    const invoices = { ...salaries, date: '2026-09-15', amountOre: kr(2_100_000), label: 'Medlemsfakturor' };
    expect(
      (await economist.post(`${FU}/liquidity/flows`, { ...invoices, kind: 'memberInvoice', repeat: null }))
        .status,
    ).toBe(201);
    expect((await economist.post(`${FU}/liquidity/flows`, { ...invoices, amountOre: 0 })).status).toBe(400);
    expect((await (await ctx.login('reader')).post(`${FU}/liquidity/flows`, invoices)).status).toBe(403);

    const view = (await (await economist.get(`${FU}/liquidity?from=2026-09-01`)).json()) as LiquidityViewJson;
    expect(view.opening).toEqual({ date: '2026-08-25', balanceOre: kr(810_000), source: 'outcome' });
    expect(view.floorOre).toBe(kr(500_000));
    // From 1 September: 810 000 until the invoices come in on 09-15.
    expect(view.lowest).toEqual({ date: '2026-09-01', balanceOre: kr(810_000) });
    expect(view.breaksFloor).toBe(false);
    // September 30 + October 31 + November 30 + December 31 days
    expect(view.days.length).toBe(122);
    expect(view.days[0]).toEqual({ date: '2026-09-01', balanceOre: kr(810_000) });
    expect(view.days[14]).toEqual({ date: '2026-09-15', balanceOre: kr(2_910_000) });
    expect(view.days.at(-1)).toEqual({ date: '2026-12-31', balanceOre: kr(910_000) });
    // The guard does not lean on a receipt the day it comes in (09-15's low is 810 000): from 09-16.
    const later = (await (
      await economist.get(`${FU}/liquidity?from=2026-09-16`)
    ).json()) as LiquidityViewJson;
    expect(later.lowest).toEqual({ date: '2026-12-25', balanceOre: kr(910_000) });
    expect(view.flows.map((f) => f.label)).toEqual(['Medlemsfakturor', 'Löner']);
    expect((await (await ctx.login('member')).get(`${FU}/liquidity`)).status).toBe(403);
  });

  it('refuses a payment that breaks 500 000 kr and allows one that keeps it', async () => {
    const reader = await ctx.login('reader');
    const refused = await reader.post(`${FU}/payment-check`, { date: '2026-10-15', amountOre: kr(750_000) });
    expect(refused.status).toBe(200);
    // 910 000 − 750 000 = 160 000 on 12-25: 340 000 short; at most 910 000 − 500 000
    expect((await refused.json()) as PaymentCheckJson).toEqual({
      allowed: false,
      floorOre: kr(500_000),
      lowestBefore: { date: '2026-12-25', balanceOre: kr(910_000) },
      lowestAfter: { date: '2026-12-25', balanceOre: kr(160_000) },
      shortfallOre: kr(340_000),
      maxPaymentOre: kr(410_000),
    });
    const exactly = (await (
      await reader.post(`${FU}/payment-check`, { date: '2026-10-15', amountOre: kr(410_000) })
    ).json()) as PaymentCheckJson;
    expect([exactly.allowed, exactly.lowestAfter.balanceOre, exactly.shortfallOre]).toEqual([
      true,
      kr(500_000),
      0,
    ]);
    const bad = await reader.post(`${FU}/payment-check`, { date: '2026-08-01', amountOre: kr(1) });
    expect(bad.status).toBe(400);
    expect(
      (await (await ctx.login('member')).post(`${FU}/payment-check`, { date: '2026-10-15', amountOre: 1 }))
        .status,
    ).toBe(403);
  });

  it('applies the period figures to the version: liquidity goal met, then not met after a large payment', async () => {
    const row = await findVersion(ctx.db.db, ctx.orgId, 'nrf-2026-2028', '1');
    const period = { id: '2026-interim', kind: 'interim', year: 2026, asOf: '2026-08-31' };
    await ctx.db.db
      .transaction()
      .execute((trx) =>
        applyEdits(
          trx,
          systemActor(ctx.orgId),
          'nrf-2026-2028',
          row,
          row.revision,
          [{ path: ['followUpPeriods'], value: [period] }],
          'update',
        ),
      );
    const economist = await ctx.login('economist');
    const figures = (await (await economist.get(`${FU}/figures?period=2026-interim`)).json()) as FiguresJson;
    // result: the default forecast −1 862 668 kr; equity 2 000 000 − 1 862 668 = 137 332;
    // lowest bank: 810 000 after the salaries of 08-25 (observed), the projection stays above
    expect(figures).toEqual({
      period,
      throughMonth: 8,
      figures: {
        resultOre: kr(-1_862_668),
        equityOre: kr(137_332),
        lowestBankBalanceOre: kr(810_000),
        lowestBankBalanceDate: '2026-08-25',
        externalBorrowingOre: 0,
      },
    });
    const goal5 = async () => {
      const verdict = (await (await economist.get(`${V1}/evaluation?period=2026-interim`)).json()) as {
        financialGoals: { goalId: string; status: string }[];
      };
      return verdict.financialGoals.map((g) => [g.goalId, g.status]);
    };
    const revision = (await findVersion(ctx.db.db, ctx.orgId, 'nrf-2026-2028', '1')).revision;
    const applied = await economist.post(`${FU}/figures/apply?period=2026-interim&revision=${revision}`);
    expect(applied.status).toBe(200);
    expect(await goal5()).toEqual([
      ['mal-4', 'notMet'],
      ['mal-5', 'met'],
      ['mal-6', 'notMet'],
    ]);

    // A payment of 750 000 kr planned anyway: 160 000 kr on 12-25, below the floor.
    const payment = {
      date: '2026-10-15',
      amountOre: kr(-750_000),
      label: 'Köpt verksamhet RN',
      kind: 'purchasedServices',
      repeat: null,
    };
    expect((await economist.post(`${FU}/liquidity/flows`, payment)).status).toBe(201);
    const after = (await (await economist.get(`${FU}/figures?period=2026-interim`)).json()) as FiguresJson;
    expect([after.figures.lowestBankBalanceOre, after.figures.lowestBankBalanceDate]).toEqual([
      kr(160_000),
      '2026-12-25',
    ]);
    expect(
      (await economist.post(`${FU}/figures/apply?period=2026-interim&revision=${revision + 1}`)).status,
    ).toBe(200);
    expect(await goal5()).toEqual([
      ['mal-4', 'notMet'],
      ['mal-5', 'notMet'],
      ['mal-6', 'notMet'],
    ]);
    const document = (await findVersion(ctx.db.db, ctx.orgId, 'nrf-2026-2028', '1')).document as {
      followUpPeriods: { figures?: unknown }[];
    };
    expect(document.followUpPeriods[0]?.figures).toEqual({
      unit: 'kr',
      result: -1_862_668,
      equity: 137_332,
      lowestBankBalance: 160_000,
      externalBorrowing: 0,
    });
    expect(
      (await (await ctx.login('reader')).post(`${FU}/figures/apply?period=2026-interim&revision=1`)).status,
    ).toBe(403);
    expect((await economist.get(`${FU}/figures?period=nope`)).status).toBe(400);
  });

  it('an entered opening balance newer than the outcome is used', async () => {
    const economist = await ctx.login('economist');
    const saved = await economist.put(`${FU}/liquidity/settings`, {
      floorOre: kr(500_000),
      opening: { date: '2026-09-30', balanceOre: kr(3_000_000) },
    });
    expect(saved.status).toBe(200);
    const view = (await saved.json()) as LiquidityViewJson;
    expect(view.opening).toEqual({ date: '2026-09-30', balanceOre: kr(3_000_000), source: 'entered' });
    // 3 000 000 − 500 000 (10-25) − 750 000 (10-15) − 500 000 (11-25) − 500 000 (12-25) = 750 000
    expect(view.lowest).toEqual({ date: '2026-12-25', balanceOre: kr(750_000) });
  });
});
