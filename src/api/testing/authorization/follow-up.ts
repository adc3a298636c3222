// The matrix entries for a version's follow-up (/api/v1/plans/{slug}/versions/{version}/follow-up...):
// forecast overrides, vouchers, balance requirement, liquidity, mapping, payment check and figures.
import { systemActor } from '../../../db/plan-store/actor.ts';
import { findVersion } from '../../../db/plan-store/versions.ts';
import type { Endpoint } from './matrix.ts';
import { P, READERS, draftWithPeriod, ensureOpening, everyone, get, only } from './matrix.ts';

export const FOLLOW_UP_ENDPOINTS: readonly Endpoint[] = [
  {
    method: 'GET',
    route: '/api/v1/plans/{slug}/versions/{version}/follow-up',
    prepare: get(`${P}/versions/1/follow-up?year=2026`),
    expect: everyone(200),
  },
  {
    // Overrides belong to the plan, not the version: they may be set on a decided version.
    method: 'PUT',
    route: '/api/v1/plans/{slug}/versions/{version}/follow-up/forecast/{lineKey}',
    prepare: async () => ({
      path: `${P}/versions/1/follow-up/forecast/revenue`,
      body: { year: 2026, amountOre: 4_500_000_000, comment: 'Högre samfinansiering' },
    }),
    expect: only(200, ['admin', 'economist']),
  },
  {
    method: 'DELETE',
    route: '/api/v1/plans/{slug}/versions/{version}/follow-up/forecast/{lineKey}',
    prepare: async (ctx) => {
      const { putOverride } = await import('../../../db/follow-up/forecast-overrides.ts');
      const { ore } = await import('../../../core/money/money.ts');
      const plan = await findVersion(ctx.db.db, ctx.orgId, 'nrf-2026-2028', '1');
      await ctx.db.db.transaction().execute((trx) =>
        putOverride(
          trx,
          systemActor(ctx.orgId),
          { id: plan.plan_id, slug: 'nrf-2026-2028' },
          {
            year: 2026,
            lineKey: 'otherCosts',
            amount: ore(-150_000_000),
            comment: 'Lägre lokalkostnader',
          },
        ),
      );
      return { path: `${P}/versions/1/follow-up/forecast/otherCosts?year=2026` };
    },
    expect: only(200, ['admin', 'economist']),
  },
  {
    method: 'GET',
    route: '/api/v1/plans/{slug}/versions/{version}/follow-up/vouchers',
    prepare: get(`${P}/versions/1/follow-up/vouchers?line=revenue&year=2026`),
    expect: only(200, READERS),
  },
  {
    method: 'GET',
    route: '/api/v1/plans/{slug}/versions/{version}/follow-up/balance-requirement',
    prepare: get(`${P}/versions/1/follow-up/balance-requirement?year=2026`),
    expect: everyone(200),
  },
  {
    method: 'PUT',
    route: '/api/v1/plans/{slug}/versions/{version}/follow-up/balance-requirement/{year}',
    prepare: async () => ({
      path: `${P}/versions/1/follow-up/balance-requirement/2026`,
      body: {
        realisationGainsOre: 0,
        exemptedGainsOre: 0,
        exemptedLossesOre: 0,
        unrealisedSecuritiesOre: 0,
        reserveProvisionOre: 0,
        reserveUseOre: 100_000_000,
        comment: 'Disposition ur RER',
      },
    }),
    expect: only(200, ['admin', 'economist']),
  },
  {
    method: 'GET',
    route: '/api/v1/plans/{slug}/versions/{version}/follow-up/liquidity',
    prepare: async (ctx) => {
      await ensureOpening(ctx);
      return { path: `${P}/versions/1/follow-up/liquidity` };
    },
    expect: only(200, READERS),
  },
  {
    method: 'PUT',
    route: '/api/v1/plans/{slug}/versions/{version}/follow-up/liquidity/settings',
    prepare: async () => ({
      path: `${P}/versions/1/follow-up/liquidity/settings`,
      body: { floorOre: 50_000_000, opening: { date: '2026-01-01', balanceOre: 200_000_000 } },
    }),
    expect: only(200, ['admin', 'economist']),
  },
  {
    method: 'GET',
    route: '/api/v1/plans/{slug}/versions/{version}/follow-up/mapping',
    prepare: get(`${P}/versions/1/follow-up/mapping`),
    expect: only(200, READERS),
  },
  {
    method: 'PUT',
    route: '/api/v1/plans/{slug}/versions/{version}/follow-up/mapping',
    prepare: async () => ({
      path: `${P}/versions/1/follow-up/mapping`,
      body: {
        ranges: [{ from: '30', to: '38', line: 'revenue' }],
        accounts: [{ account: '8810', line: 'otherCosts' }],
      },
    }),
    expect: only(200, ['admin', 'economist']),
  },
  {
    method: 'POST',
    route: '/api/v1/plans/{slug}/versions/{version}/follow-up/liquidity/flows',
    prepare: async () => ({
      path: `${P}/versions/1/follow-up/liquidity/flows`,
      body: { date: '2026-11-25', amountOre: -50_000_000, label: 'Löner', kind: 'salaries', repeat: null },
    }),
    expect: only(201, ['admin', 'economist']),
  },
  {
    method: 'DELETE',
    route: '/api/v1/plans/{slug}/versions/{version}/follow-up/liquidity/flows/{id}',
    prepare: async (ctx) => {
      const { insertFlow } = await import('../../../db/follow-up/planned-flows.ts');
      const { ore } = await import('../../../core/money/money.ts');
      const flow = await ctx.db.db.transaction().execute((trx) =>
        insertFlow(trx, systemActor(ctx.orgId), {
          date: '2026-12-01',
          amount: ore(-100),
          label: 'Att ta bort',
          kind: 'other',
          repeatUntil: null,
        }),
      );
      return { path: `${P}/versions/1/follow-up/liquidity/flows/${flow.id}` };
    },
    expect: only(204, ['admin', 'economist']),
  },
  {
    // Changes nothing: the office and the board may check; members do not see the treasury.
    method: 'POST',
    route: '/api/v1/plans/{slug}/versions/{version}/follow-up/payment-check',
    prepare: async (ctx) => {
      await ensureOpening(ctx);
      return {
        path: `${P}/versions/1/follow-up/payment-check`,
        body: { date: '2026-12-15', amountOre: 100 },
      };
    },
    expect: only(200, READERS),
  },
  {
    // A draft with a follow-up period: a member sees decided versions only (404).
    method: 'GET',
    route: '/api/v1/plans/{slug}/versions/{version}/follow-up/figures',
    prepare: async (ctx) => {
      const d = await draftWithPeriod(ctx);
      return { path: `${P}/versions/${d.number}/follow-up/figures?period=2026-interim` };
    },
    expect: { ...everyone(200), member: 404 },
  },
  {
    method: 'POST',
    route: '/api/v1/plans/{slug}/versions/{version}/follow-up/figures/apply',
    prepare: async (ctx) => {
      const d = await draftWithPeriod(ctx);
      return {
        path: `${P}/versions/${d.number}/follow-up/figures/apply?period=2026-interim&revision=${d.revision}`,
      };
    },
    expect: only(200, ['admin', 'economist']),
  },
];
