// Every endpoint × every role (and no session), asserting the exact status. The list is
// checked against the OpenAPI document, so a new route cannot go untested.
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../db/plan-store/actor.ts';
import { seedOrganisation } from '../db/plan-store/seed.ts';
import { decideVersion, findVersion, reviseVersion } from '../db/plan-store/versions.ts';
import type { Role } from '../db/schema.ts';
import { ROLES } from '../db/schema.ts';
import { testDrivers } from '../db/testing/test-database.ts';
import { createTestContext } from './testing/test-app.ts';
import type { Client, TestContext } from './testing/test-app.ts';

type Caller = Role | 'anonymous';
const CALLERS: readonly Caller[] = [...ROLES, 'anonymous'];
type Prepared = { path: string; body?: unknown; raw?: string; contentType?: string };

type Endpoint = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The OpenAPI path, e.g. /api/v1/plans/{slug}/versions/{version}/budget */
  route: string;
  /** A valid request for the caller: fresh state where the request would change it. */
  prepare: (ctx: TestContext, caller: Caller) => Promise<Prepared>;
  expect: Record<Caller, number>;
};

const PLANS = fileURLToPath(new URL('../../data/plans/', import.meta.url));
const P = '/api/v1/plans/nrf-2026-2028';
const everyone = (ok: number): Record<Caller, number> => ({
  admin: ok,
  economist: ok,
  planner: ok,
  reader: ok,
  member: ok,
  anonymous: 401,
});
const only = (ok: number, roles: readonly Role[]): Record<Caller, number> =>
  ({
    ...Object.fromEntries(ROLES.map((r) => [r, roles.includes(r) ? ok : 403])),
    anonymous: 401,
  }) as Record<Caller, number>;
const OFFICE: Role[] = ['admin', 'economist', 'planner'];
const READERS: Role[] = ['admin', 'economist', 'planner', 'reader'];

/** A fresh draft of nrf-2026-2028 (from the decided version 1), so each caller's write has its own. */
async function freshDraft(ctx: TestContext): Promise<{ number: number; revision: number }> {
  const decided = await findVersion(ctx.db.db, ctx.orgId, 'nrf-2026-2028', '1');
  const draft = await ctx.db.db
    .transaction()
    .execute((trx) => reviseVersion(trx, systemActor(ctx.orgId), 'nrf-2026-2028', decided));
  return { number: draft.number, revision: draft.revision };
}

/** A fresh draft with the follow-up period 2026-interim (the seed plan has none), by the system. */
async function draftWithPeriod(ctx: TestContext): Promise<{ number: number; revision: number }> {
  const d = await freshDraft(ctx);
  const row = await findVersion(ctx.db.db, ctx.orgId, 'nrf-2026-2028', String(d.number));
  const { applyEdits } = await import('../db/plan-store/update.ts');
  const period = { id: '2026-interim', kind: 'interim', year: 2026, asOf: '2026-08-31' };
  const updated = await ctx.db.db
    .transaction()
    .execute((trx) =>
      applyEdits(
        trx,
        systemActor(ctx.orgId),
        'nrf-2026-2028',
        row,
        d.revision,
        [{ path: ['followUpPeriods'], value: [period] }],
        'update',
      ),
    );
  return { number: d.number, revision: updated.version.revision };
}

/** An opening bank balance to project from, whatever else the matrix stored before. */
async function ensureOpening(ctx: TestContext): Promise<void> {
  const { putLiquiditySettings } = await import('../db/follow-up/settings.ts');
  const { ore } = await import('../core/money/money.ts');
  await ctx.db.db.transaction().execute((trx) =>
    putLiquiditySettings(trx, systemActor(ctx.orgId), {
      floor: ore(50_000_000),
      opening: { date: '2026-01-01', balance: ore(200_000_000) },
    }),
  );
}

const get = (path: string) => async () => ({ path });

const ENDPOINTS: Endpoint[] = [
  {
    method: 'GET',
    route: '/healthz',
    prepare: get('/healthz'),
    expect: { ...everyone(200), anonymous: 200 },
  },
  {
    method: 'GET',
    route: '/api/v1/openapi.json',
    prepare: get('/api/v1/openapi.json'),
    expect: { ...everyone(200), anonymous: 200 },
  },
  {
    method: 'POST',
    route: '/api/v1/auth/login',
    prepare: async (_ctx, caller) => ({
      path: '/api/v1/auth/login',
      body: {
        username: caller === 'anonymous' ? 'reader' : caller,
        password: 'correct horse battery staple',
      },
    }),
    expect: { ...everyone(200), anonymous: 200 },
  },
  {
    method: 'GET',
    route: '/api/v1/auth/session',
    prepare: get('/api/v1/auth/session'),
    expect: everyone(200),
  },
  {
    method: 'POST',
    route: '/api/v1/auth/logout',
    prepare: async () => ({ path: '/api/v1/auth/logout' }),
    expect: everyone(204),
  },
  { method: 'GET', route: '/api/v1/me', prepare: get('/api/v1/me'), expect: everyone(200) },
  { method: 'GET', route: '/api/v1/users', prepare: get('/api/v1/users'), expect: only(200, ['admin']) },
  {
    method: 'POST',
    route: '/api/v1/users',
    prepare: async (_ctx, caller) => ({
      path: '/api/v1/users',
      body: {
        username: `ny-${caller}`,
        displayName: 'Ny',
        password: 'a long enough password',
        role: 'reader',
      },
    }),
    expect: only(201, ['admin']),
  },
  {
    method: 'PATCH',
    route: '/api/v1/users/{id}',
    prepare: async (ctx) => {
      const row = await ctx.db.db
        .selectFrom('users')
        .select(['id', 'version'])
        .where('username', '=', 'reader')
        .executeTakeFirstOrThrow();
      return { path: `/api/v1/users/${row.id}`, body: { version: row.version, displayName: 'Läsare' } };
    },
    expect: only(200, ['admin']),
  },
  {
    method: 'GET',
    route: '/api/v1/organisation',
    prepare: get('/api/v1/organisation'),
    expect: everyone(200),
  },
  { method: 'GET', route: '/api/v1/plans', prepare: get('/api/v1/plans'), expect: everyone(200) },
  {
    method: 'GET',
    route: '/api/v1/plans/{slug}/versions',
    prepare: get(`${P}/versions`),
    expect: everyone(200),
  },
  {
    method: 'GET',
    route: '/api/v1/plans/{slug}/versions/{version}',
    prepare: get(`${P}/versions/1`),
    expect: everyone(200),
  },
  ...[
    'budget',
    'revenue-notes',
    'contributions',
    'goals',
    'findings',
    'index-series',
    'decisions',
    'document',
    'evaluation',
  ].map((part): Endpoint => ({
    method: 'GET',
    route: `/api/v1/plans/{slug}/versions/{version}/${part}`,
    prepare: get(`${P}/versions/1/${part}`),
    expect: everyone(200),
  })),
  {
    method: 'GET',
    route: '/api/v1/plans/{slug}/versions/{version}/allocation',
    prepare: get(`${P}/versions/1/allocation?total=10279`),
    expect: everyone(200),
  },
  {
    method: 'GET',
    route: '/api/v1/plans/{slug}/diff',
    prepare: get(`${P}/diff?from=1&to=1`),
    expect: everyone(200),
  },
  {
    method: 'GET',
    route: '/api/v1/plans/{slug}/versions/{version}/export',
    prepare: get(`${P}/versions/1/export`),
    expect: only(200, READERS),
  },
  {
    method: 'PATCH',
    route: '/api/v1/plans/{slug}/versions/{version}/budget',
    prepare: async (ctx) => {
      const d = await freshDraft(ctx);
      return {
        path: `${P}/versions/${d.number}/budget`,
        body: { revision: d.revision, changes: [{ line: 'otherCosts', year: 2027, amount: -1425 }] },
      };
    },
    expect: only(200, ['admin', 'economist']),
  },
  {
    method: 'PATCH',
    route: '/api/v1/plans/{slug}/versions/{version}/figures',
    prepare: async (ctx) => {
      const d = await freshDraft(ctx);
      return {
        path: `${P}/versions/${d.number}/figures`,
        body: {
          revision: d.revision,
          changes: [{ path: 'contributions[0].areas[0].rows[0].perMember.RV', value: 3197 }],
        },
      };
    },
    expect: { ...only(200, ['admin', 'economist']), planner: 403, reader: 403, member: 403 },
  },
  {
    method: 'PUT',
    route: '/api/v1/plans/{slug}/versions/{version}/activities/{activityId}/follow-up',
    prepare: async (ctx) => {
      const d = await freshDraft(ctx);
      // A follow-up period first (the seed plan has none), by the system.
      const row = await findVersion(ctx.db.db, ctx.orgId, 'nrf-2026-2028', String(d.number));
      const { applyEdits } = await import('../db/plan-store/update.ts');
      const period = { id: '2026-interim', kind: 'interim', year: 2026, asOf: '2026-08-31' };
      const updated = await ctx.db.db
        .transaction()
        .execute((trx) =>
          applyEdits(
            trx,
            systemActor(ctx.orgId),
            'nrf-2026-2028',
            row,
            d.revision,
            [{ path: ['followUpPeriods'], value: [period] }],
            'update',
          ),
        );
      return {
        path: `${P}/versions/${d.number}/activities/mal-1-a1/follow-up`,
        body: {
          revision: updated.version.revision,
          period: '2026-interim',
          status: 'inProgress',
          comment: 'Arbetet pågår',
        },
      };
    },
    expect: only(200, ['admin', 'planner']),
  },
  {
    method: 'POST',
    route: '/api/v1/plans/{slug}/versions',
    prepare: async () => ({ path: `${P}/versions`, body: { from: '1' } }),
    expect: only(201, OFFICE),
  },
  {
    method: 'POST',
    route: '/api/v1/plans/{slug}/versions/{version}/propose',
    prepare: async (ctx) => {
      const d = await freshDraft(ctx);
      return { path: `${P}/versions/${d.number}/propose`, body: { revision: d.revision } };
    },
    expect: only(200, OFFICE),
  },
  {
    method: 'POST',
    route: '/api/v1/plans/{slug}/versions/{version}/decide',
    prepare: async (ctx) => {
      const d = await freshDraft(ctx);
      return {
        path: `${P}/versions/${d.number}/decide`,
        body: { revision: d.revision, date: '2025-12-03', paragraph: '§ 12' },
      };
    },
    expect: only(200, OFFICE),
  },
  {
    method: 'POST',
    route: '/api/v1/plans/{slug}/import',
    prepare: async () => {
      const { readFileSync } = await import('node:fs');
      return {
        path: '/api/v1/plans/importerad/import',
        raw: readFileSync(`${PLANS}nrf-2018-2020.yaml`, 'utf8'),
        contentType: 'application/yaml',
      };
    },
    expect: only(201, ['admin', 'economist']),
  },
  ...['pdf', 'docx', 'xlsx'].map((format): Endpoint => ({
    method: 'GET',
    route: `/api/v1/plans/{slug}/versions/{version}/report.${format}`,
    prepare: get(`${P}/versions/1/report.${format}`),
    expect: everyone(200),
  })),
  {
    // Not a workbook: those allowed get 422 with the problem, nothing is stored.
    method: 'POST',
    route: '/api/v1/plans/{slug}/versions/{version}/import-xlsx',
    prepare: async () => ({
      path: `${P}/versions/1/import-xlsx?revision=1`,
      raw: 'not a workbook',
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    }),
    expect: only(422, ['admin', 'economist']),
  },
  {
    // A valid SIE file: each allowed caller's import replaces the one before (same year).
    method: 'POST',
    route: '/api/v1/accounting/sie-imports',
    prepare: async () => {
      const { readFileSync } = await import('node:fs');
      return {
        path: '/api/v1/accounting/sie-imports?fileName=nrf-2026.se',
        raw: readFileSync(new URL('../db/accounting/fixtures/ok/nrf-2026.se', import.meta.url), 'latin1'),
        contentType: 'application/octet-stream',
      };
    },
    expect: only(201, ['admin', 'economist']),
  },
  {
    // The caller's own upload, put on the board as the POST would (for every role, so the
    // roles that may not import are refused for their role, not for a missing entry).
    method: 'GET',
    route: '/api/v1/accounting/sie-imports/progress/{progressId}',
    prepare: async (ctx, caller) => {
      const id = randomUUID();
      if (caller !== 'anonymous') {
        const user = {
          userId: ctx.users[caller].id,
          orgId: ctx.orgId,
          username: caller,
          displayName: caller,
        };
        const session = { ...user, sessionId: 'matrix', role: caller, memberCode: null, csrfToken: '' };
        ctx.deps.importProgress.track(session, id).importing({ phase: 'done', rows: 31, totalRows: 31 });
      }
      return { path: `/api/v1/accounting/sie-imports/progress/${id}` };
    },
    expect: only(200, ['admin', 'economist']),
  },
  {
    method: 'GET',
    route: '/api/v1/accounting/sie-imports',
    prepare: get('/api/v1/accounting/sie-imports'),
    expect: only(200, READERS),
  },
  {
    method: 'GET',
    route: '/api/v1/accounting/outcome',
    prepare: get('/api/v1/accounting/outcome?year=2026'),
    expect: only(200, READERS),
  },
  {
    method: 'GET',
    route: '/api/v1/accounting/vouchers',
    prepare: get('/api/v1/accounting/vouchers?account=1930&from=2026-01-01&to=2026-12-31'),
    expect: only(200, READERS),
  },
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
      const { putOverride } = await import('../db/follow-up/forecast-overrides.ts');
      const { ore } = await import('../core/money/money.ts');
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
      const { insertFlow } = await import('../db/follow-up/planned-flows.ts');
      const { ore } = await import('../core/money/money.ts');
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
  {
    method: 'GET',
    route: '/api/v1/audit',
    prepare: get('/api/v1/audit?limit=5'),
    expect: only(200, READERS),
  },
];

describe.each(testDrivers())('authorisation matrix on %s', (kind) => {
  let ctx: TestContext;
  const clients = new Map<Caller, Client>();

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    await seedOrganisation(
      ctx.db,
      { code: 'NRF', name: 'Norra sjukvårdsregionförbundet', kind: 'federation' },
      [`${PLANS}nrf-2026-2028.yaml`],
    );
    const v1 = await findVersion(ctx.db.db, ctx.orgId, 'nrf-2026-2028', '1');
    await ctx.db.db
      .transaction()
      .execute((trx) =>
        decideVersion(
          trx,
          systemActor(ctx.orgId),
          'nrf-2026-2028',
          v1,
          { date: '2025-12-03', paragraph: '§ 12' },
          v1.revision,
        ),
      );
  });
  afterAll(async () => ctx.close());

  it('lists every route of the OpenAPI document', async () => {
    const doc = (await (await ctx.anonymous().get('/api/v1/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    const tested = ENDPOINTS.map((e) => `${e.method} ${e.route}`).filter(
      (r) => r !== 'GET /healthz' && r !== 'GET /api/v1/openapi.json',
    );
    expect(new Set(tested)).toEqual(new Set(documented));
  });

  it('checks the session and role before the body: a bad body still gets 401 or 403', async () => {
    // A POST that changes nothing and a reader may make (the payment check) is not a write here.
    const writes = ENDPOINTS.filter(
      (e) => e.method !== 'GET' && !e.route.startsWith('/api/v1/auth/') && e.expect.reader === 403,
    );
    const reader = await ctx.login('reader');
    for (const endpoint of writes) {
      const path = endpoint.route
        .replace('{slug}', 'nrf-2026-2028')
        .replace('{version}', 'latest')
        .replace('{id}', ctx.users.admin.id)
        .replace('{activityId}', 'mal-1-a1');
      const anonymous = await ctx.anonymous().request(endpoint.method, path, { raw: '{"not": "valid"' });
      const denied = await reader.request(endpoint.method, path, { raw: '{"not": "valid"' });
      expect([endpoint.route, anonymous.status, denied.status]).toEqual([endpoint.route, 401, 403]);
    }
  });

  for (const endpoint of ENDPOINTS) {
    it(`${endpoint.method} ${endpoint.route}`, async () => {
      const statuses: Partial<Record<Caller, number>> = {};
      for (const caller of CALLERS) {
        // A fresh session per request: logout ends it.
        const client = caller === 'anonymous' ? ctx.anonymous() : await ctx.login(caller);
        clients.set(caller, client);
        const req = await endpoint.prepare(ctx, caller);
        const response = await client.request(endpoint.method, req.path, {
          ...(req.raw !== undefined ? { raw: req.raw } : req.body !== undefined ? { body: req.body } : {}),
          ...(req.contentType ? { headers: { 'content-type': req.contentType } } : {}),
        });
        statuses[caller] = response.status;
        if (response.status >= 500) throw new Error(`${caller}: ${response.status} ${await response.text()}`);
      }
      expect(statuses).toEqual(endpoint.expect);
    });
  }
});
