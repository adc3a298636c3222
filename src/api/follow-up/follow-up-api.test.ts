// Budget versus outcome, forecast overrides, vouchers drill-down and the balance
// requirement over the API, against hand arithmetic on the fixture (test-setup.ts) and the
// 2026 budget of nrf-2026-2028 (tkr): revenue 44 376, staff −8 423, purchased −46 828,
// other −1 392, members 10 279, reversal 0; result −1 988.
// Even spread in whole kronor, leftovers one each to the last months:
//   revenue 44 376 000 / 12 = 3 698 000 a month → Jan–Aug 29 584 000
//   staff 8 423 000 = 12 × 701 916 + 8 → May–Dec 701 917 → Jan–Aug 4 × 701 916 + 4 × 701 917 = 5 615 332
//   purchased 46 828 000 = 12 × 3 902 333 + 4 → Jan–Aug 8 × 3 902 333 = 31 218 664
//   other 1 392 000 / 12 = 116 000 → Jan–Aug 928 000
//   members 10 279 000 = 12 × 856 583 + 4 → Jan–Aug 8 × 856 583 = 6 852 664
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../db/repos/audit.ts';
import { testDrivers } from '../../db/testing/test-database.ts';
import type { TestContext } from '../testing/test-app.ts';
import { FU, followUpContext, importFixture, kr } from './test-setup.ts';
import type { BalanceRequirementViewJson, FollowUpViewJson, VoucherListJson } from './views.ts';

const line = (view: FollowUpViewJson, key: string) => {
  const found = view.lines.find((l) => l.key === key);
  if (!found) throw new Error(`no line ${key}`);
  return found;
};

describe.each(testDrivers())('follow-up API on %s', (kind) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await followUpContext(kind);
  }, 60_000);
  afterAll(async () => ctx.close());

  it('without outcome: outcome 0, months null, source null, forecast = budget', async () => {
    const economist = await ctx.login('economist');
    const response = await economist.get(`${FU}?year=2026`);
    expect(response.status).toBe(200);
    const view = (await response.json()) as FollowUpViewJson;
    expect([view.throughMonth, view.source, view.unmapped]).toEqual([0, null, []]);
    const revenue = line(view, 'revenue');
    expect(revenue.outcomeToDateOre).toBe(0);
    expect(revenue.months.every((m) => m.outcomeOre === null)).toBe(true);
    expect(revenue.forecastOre).toBe(kr(44_376_000));
    expect(view.result).toEqual({
      budgetYearOre: kr(-1_988_000),
      budgetToDateOre: 0,
      outcomeToDateOre: 0,
      forecastOre: kr(-1_988_000),
    });
  });

  it('budget versus outcome through August, with variance, default forecast and unmapped accounts', async () => {
    await importFixture(ctx);
    const reader = await ctx.login('reader');
    const view = (await (await reader.get(`${FU}?year=2026`)).json()) as FollowUpViewJson;
    expect(view.throughMonth).toBe(8);
    expect(view.source?.fileName).toBe('nrf-follow-up-2026.se');
    const revenue = line(view, 'revenue');
    // 1 200 000 − 29 584 000 = −28 384 000; / 29 584 000 = −95.94375 % → −95.94
    expect(revenue).toMatchObject({
      budgetYearOre: kr(44_376_000),
      budgetToDateOre: kr(29_584_000),
      outcomeToDateOre: kr(1_200_000),
      varianceOre: kr(-28_384_000),
      variancePercent: '-95.94',
      // 1 200 000 + (44 376 000 − 29 584 000)
      defaultForecastOre: kr(15_992_000),
      forecastOre: kr(15_992_000),
      override: null,
    });
    expect(revenue.months[4]).toEqual({ month: 5, budgetOre: kr(3_698_000), outcomeOre: kr(1_200_000) });
    expect(revenue.months[8]).toEqual({ month: 9, budgetOre: kr(3_698_000), outcomeOre: null });
    // staff: −4 000 000 − (−5 615 332) = +1 615 332 in our favour; forecast −4 000 000 − 2 807 668
    expect(line(view, 'staffCosts')).toMatchObject({
      budgetToDateOre: kr(-5_615_332),
      outcomeToDateOre: kr(-4_000_000),
      varianceOre: kr(1_615_332),
      forecastOre: kr(-6_807_668),
    });
    // purchased: −2 300 000 + (−46 828 000 + 31 218 664) = −17 909 336
    expect(line(view, 'purchasedServices').forecastOre).toBe(kr(-17_909_336));
    expect(line(view, 'otherCosts').forecastOre).toBe(kr(-564_000));
    // members: 4 000 000 + (10 279 000 − 6 852 664) = 7 426 336
    expect(line(view, 'memberContributions').forecastOre).toBe(kr(7_426_336));
    expect(line(view, 'equityReversal')).toMatchObject({ outcomeToDateOre: 0, variancePercent: null });
    expect(view.result).toEqual({
      budgetYearOre: kr(-1_988_000),
      // 29 584 000 − 5 615 332 − 31 218 664 − 928 000 + 6 852 664
      budgetToDateOre: kr(-1_325_332),
      // 1 200 000 − 4 000 000 − 2 300 000 − 100 000 + 4 000 000
      outcomeToDateOre: kr(-1_200_000),
      // 15 992 000 − 6 807 668 − 17 909 336 − 564 000 + 7 426 336
      forecastOre: kr(-1_862_668),
    });
    expect(view.unmapped).toEqual([
      { account: '8810', name: 'Extraordinara intakter', amountOre: kr(-10_000) },
    ]);
  });

  it('through=4 counts January–April only', async () => {
    const reader = await ctx.login('reader');
    const view = (await (await reader.get(`${FU}?year=2026&through=4`)).json()) as FollowUpViewJson;
    expect(view.throughMonth).toBe(4);
    // 4 × 701 916 = 2 807 664; salaries 4 × 500 000
    expect(line(view, 'staffCosts')).toMatchObject({
      budgetToDateOre: kr(-2_807_664),
      outcomeToDateOre: kr(-2_000_000),
    });
    expect(line(view, 'revenue').outcomeToDateOre).toBe(0);
    expect(view.unmapped).toEqual([]);
  });

  it('overrides a forecast with a comment; refuses one without (400, nothing stored)', async () => {
    const economist = await ctx.login('economist');
    const body = { year: 2026, amountOre: kr(16_500_000), comment: 'Samfinansiering RCC väntas högre' };
    const ok = await economist.put(`${FU}/forecast/revenue`, body);
    expect(ok.status).toBe(200);
    const view = (await ok.json()) as FollowUpViewJson;
    expect(line(view, 'revenue')).toMatchObject({
      forecastOre: kr(16_500_000),
      defaultForecastOre: kr(15_992_000),
      override: { amountOre: kr(16_500_000), comment: body.comment, by: 'economist' },
    });
    // −1 862 668 + (16 500 000 − 15 992 000)
    expect(view.result.forecastOre).toBe(kr(-1_354_668));

    const blank = await economist.put(`${FU}/forecast/staffCosts`, { ...body, comment: '  ' });
    expect(blank.status).toBe(400);
    expect(JSON.stringify(await blank.json())).toMatch(/comment/);
    const missing = await economist.put(`${FU}/forecast/staffCosts`, { year: 2026, amountOre: 1 });
    expect(missing.status).toBe(400);
    expect((await economist.put(`${FU}/forecast/nope`, body)).status).toBe(400);
    expect((await economist.put(`${FU}/forecast/revenue`, { ...body, year: 2031 })).status).toBe(400);
    expect((await (await ctx.login('reader')).put(`${FU}/forecast/revenue`, body)).status).toBe(403);
    const after = (await (await economist.get(`${FU}?year=2026`)).json()) as FollowUpViewJson;
    expect(line(after, 'staffCosts').override).toBeNull();
    expect(line(after, 'revenue').override?.amountOre).toBe(kr(16_500_000));
    const audit = await listAudit(ctx.db.db, ctx.orgId, { entityType: 'forecastOverride' });
    expect(audit.map((a) => [a.action, a.entityId, a.username])).toEqual([
      ['forecastOverride.create', 'nrf-2026-2028/2026/revenue', 'economist'],
    ]);
  });

  it('removes an override and puts it back', async () => {
    const economist = await ctx.login('economist');
    const removed = await economist.delete(`${FU}/forecast/revenue?year=2026`);
    expect(removed.status).toBe(200);
    expect(line((await removed.json()) as FollowUpViewJson, 'revenue').forecastOre).toBe(kr(15_992_000));
    expect((await economist.delete(`${FU}/forecast/revenue?year=2026`)).status).toBe(404);
    const body = { year: 2026, amountOre: kr(16_500_000), comment: 'Samfinansiering RCC väntas högre' };
    expect((await economist.put(`${FU}/forecast/revenue`, body)).status).toBe(200);
  });

  it('drills down from purchased services to its vouchers, newest first', async () => {
    const reader = await ctx.login('reader');
    const list = (await (
      await reader.get(`${FU}/vouchers?line=purchasedServices&year=2026`)
    ).json()) as VoucherListJson;
    expect(list).toEqual({
      total: 2,
      vouchers: [
        {
          series: 'A',
          number: '9',
          date: '2026-06-15',
          text: 'Kopt verksamhet RJH',
          rows: [{ account: '4510', amountOre: kr(800_000), text: 'Faktura 91' }],
        },
        {
          series: 'A',
          number: '3',
          date: '2026-02-10',
          text: 'Kopt verksamhet RVN',
          rows: [{ account: '4510', amountOre: kr(1_500_000), text: 'Faktura 88' }],
        },
      ],
    });
    const feb = (await (
      await reader.get(`${FU}/vouchers?line=purchasedServices&year=2026&month=2`)
    ).json()) as VoucherListJson;
    expect(feb.vouchers.map((v) => v.number)).toEqual(['3']);
    expect((await reader.get(`${FU}/vouchers?line=nope&year=2026`)).status).toBe(400);
    expect((await (await ctx.login('member')).get(`${FU}/vouchers?line=revenue&year=2026`)).status).toBe(403);
  });

  it('balanskravsutredning from the forecast, with an adjustment, and the deficit to restore', async () => {
    const economist = await ctx.login('economist');
    const adjustments = {
      realisationGainsOre: kr(50_000),
      exemptedGainsOre: 0,
      exemptedLossesOre: 0,
      unrealisedSecuritiesOre: 0,
      reserveProvisionOre: 0,
      reserveUseOre: kr(300_000),
      comment: 'Försäljning av inventarier; disposition ur RER enligt beslut',
    };
    const bad = await economist.put(`${FU}/balance-requirement/2026`, {
      ...adjustments,
      exemptedGainsOre: kr(60_000),
    });
    expect(bad.status).toBe(400);
    const saved = await economist.put(`${FU}/balance-requirement/2026`, adjustments);
    expect(saved.status).toBe(200);
    const view = (await (
      await economist.get(`${FU}/balance-requirement?year=2026`)
    ).json()) as BalanceRequirementViewJson;
    // result = the forecast with the revenue override: −1 354 668 kr
    // after adjustments −1 354 668 − 50 000 = −1 404 668; + 300 000 from RER = −1 104 668
    expect(view).toMatchObject({
      year: 2026,
      basis: 'forecast',
      reserve: 'RER',
      balanceRequirementResultOre: kr(-1_104_668),
    });
    expect(view.rows.map((r) => [r.kind, r.amountOre])).toEqual([
      ['result', kr(-1_354_668)],
      ['adjustment', kr(-50_000)],
      ['adjustment', 0],
      ['adjustment', 0],
      ['adjustment', 0],
      ['adjustment', 0],
      ['subtotal', kr(-1_404_668)],
      ['reserve', 0],
      ['reserve', kr(300_000)],
      ['total', kr(-1_104_668)],
    ]);
    expect(view.deficits).toEqual([
      {
        year: 2026,
        amountOre: kr(1_104_668),
        restoredOre: 0,
        remainingOre: kr(1_104_668),
        deadlineYear: 2029,
        status: 'open',
      },
    ]);
  });
});
