// Every endpoint × every role (and no session), asserting the exact status. The list is
// checked against the OpenAPI document, so a new route cannot go untested. The entries live in
// src/api/testing/authorization/, one module per feature area; add a new route's entry there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../db/plan-store/actor.ts';
import { seedOrganisation } from '../db/plan-store/seed.ts';
import { decideVersion, findVersion } from '../db/plan-store/versions.ts';
import { testDrivers } from '../db/testing/test-database.ts';
import { ACCOUNTING_ENDPOINTS } from './testing/authorization/accounting.ts';
import { AUDIT_ENDPOINTS } from './testing/authorization/audit.ts';
import { AUTH_USERS_ENDPOINTS } from './testing/authorization/auth-users.ts';
import { FOLLOW_UP_ENDPOINTS } from './testing/authorization/follow-up.ts';
import type { Caller, Endpoint } from './testing/authorization/matrix.ts';
import { CALLERS, PLANS } from './testing/authorization/matrix.ts';
import { PLANS_ENDPOINTS } from './testing/authorization/plans.ts';
import { REPORTS_ENDPOINTS } from './testing/authorization/reports.ts';
import { createTestContext } from './testing/test-app.ts';
import type { Client, TestContext } from './testing/test-app.ts';

/** Every entry, area by area, in the order the tests run. */
const ENDPOINTS: readonly Endpoint[] = [
  ...AUTH_USERS_ENDPOINTS,
  ...PLANS_ENDPOINTS,
  ...REPORTS_ENDPOINTS,
  ...ACCOUNTING_ENDPOINTS,
  ...FOLLOW_UP_ENDPOINTS,
  ...AUDIT_ENDPOINTS,
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
