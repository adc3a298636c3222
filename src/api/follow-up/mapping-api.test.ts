// The editable account mapping over the API, against hand arithmetic on the fixture
// (test-setup.ts): account 8810 (+10 000 kr as the line counts it) is in no default rule.
// Mapped to otherCosts, that line's outcome to date goes from −100 000 (6550) to
// −100 000 + 10 000 = −90 000 kr, its forecast from −564 000 to −554 000, and nothing is
// left unmapped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../db/repos/audit.ts';
import { testDrivers } from '../../db/testing/test-database.ts';
import type { TestContext } from '../testing/test-app.ts';
import { FU, followUpContext, importFixture, kr } from './test-setup.ts';
import type { AccountMappingViewJson, FollowUpViewJson } from './views.ts';

const otherCosts = (view: FollowUpViewJson) => view.lines.find((l) => l.key === 'otherCosts');

describe.each(testDrivers())('account mapping API on %s', (kind) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await followUpContext(kind);
    await importFixture(ctx);
  }, 60_000);
  afterAll(async () => ctx.close());

  it('reads the default, maps 8810 to otherCosts, and the outcome moves by exactly 10 000 kr', async () => {
    const economist = await ctx.login('economist');
    const initial = (await (await economist.get(`${FU}/mapping`)).json()) as AccountMappingViewJson;
    expect(initial.isDefault).toBe(true);
    expect(initial.accounts).toEqual([]);
    expect(initial.ranges).toContainEqual({ from: '60', to: '79', line: 'otherCosts' });
    expect(initial.ranges).toHaveLength(9);
    expect(initial.lines.map((l) => l.key)).toContain('otherCosts');

    const before = (await (await economist.get(`${FU}?year=2026`)).json()) as FollowUpViewJson;
    expect(otherCosts(before)?.outcomeToDateOre).toBe(kr(-100_000));
    expect(before.unmapped.map((u) => u.account)).toEqual(['8810']);

    const put = await economist.put(`${FU}/mapping`, {
      ranges: initial.ranges,
      accounts: [{ account: '8810', line: 'otherCosts' }],
    });
    expect(put.status).toBe(200);
    const saved = (await put.json()) as AccountMappingViewJson;
    expect(saved.isDefault).toBe(false);
    expect(saved.accounts).toEqual([{ account: '8810', line: 'otherCosts' }]);
    expect(saved.ranges).toHaveLength(9);

    const after = (await (await economist.get(`${FU}?year=2026`)).json()) as FollowUpViewJson;
    expect(otherCosts(after)).toMatchObject({ outcomeToDateOre: kr(-90_000), forecastOre: kr(-554_000) });
    expect(after.unmapped).toEqual([]);
    // The drill-down follows the stored mapping too: A13 is behind otherCosts now.
    const vouchers = (await (await economist.get(`${FU}/vouchers?line=otherCosts&year=2026`)).json()) as {
      vouchers: { series: string; number: string }[];
    };
    expect(vouchers.vouchers.map((v) => `${v.series}${v.number}`).sort()).toEqual(['A11', 'A13']);

    const audit = await listAudit(ctx.db.db, ctx.orgId, { entityType: 'accountMapping' });
    expect(audit.map((a) => [a.action, a.username])).toEqual([['accountMapping.create', 'economist']]);
  });

  it('refuses overlapping ranges and unknown lines with what and where (400), storing nothing', async () => {
    const economist = await ctx.login('economist');
    const overlap = await economist.put(`${FU}/mapping`, {
      ranges: [
        { from: '30', to: '38', line: 'revenue' },
        { from: '3590', to: '3599', line: 'memberContributions' },
      ],
      accounts: [],
    });
    expect(overlap.status).toBe(400);
    const message = JSON.stringify(await overlap.json());
    expect(message).toContain('overlap on accounts 3590–3599');
    expect(message).toContain('rules 1 (30–38 → revenue) and 2 (3590–3599 → memberContributions)');

    const unknown = await economist.put(`${FU}/mapping`, {
      ranges: [{ from: '30', to: '38', line: 'nope' }],
      accounts: [],
    });
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(await unknown.json())).toContain('budget line \\"nope\\" is not in the budget');

    expect(
      (
        await economist.put(`${FU}/mapping`, {
          ranges: [{ from: '3', to: '38', line: 'revenue' }],
          accounts: [],
        })
      ).status,
    ).toBe(400);
    expect(
      (await (await ctx.login('reader')).put(`${FU}/mapping`, { ranges: [], accounts: [] })).status,
    ).toBe(403);

    const still = (await (await economist.get(`${FU}/mapping`)).json()) as AccountMappingViewJson;
    expect(still.accounts).toEqual([{ account: '8810', line: 'otherCosts' }]);
  });

  it('an empty mapping restores the default: 8810 is listed again', async () => {
    const economist = await ctx.login('economist');
    const reset = (await (
      await economist.put(`${FU}/mapping`, { ranges: [], accounts: [] })
    ).json()) as AccountMappingViewJson;
    expect([reset.isDefault, reset.ranges.length, reset.accounts]).toEqual([true, 9, []]);
    const view = (await (await economist.get(`${FU}?year=2026`)).json()) as FollowUpViewJson;
    expect(view.unmapped).toEqual([
      { account: '8810', name: 'Extraordinara intakter', amountOre: kr(-10_000) },
    ]);
    expect(otherCosts(view)?.outcomeToDateOre).toBe(kr(-100_000));
  });
});
