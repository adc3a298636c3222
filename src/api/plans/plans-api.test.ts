// The plan endpoints as clients meet them: reading with the core's figures, writing with
// optimistic concurrency, the version lifecycle, and what a member region may see.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validate } from '@readme/openapi-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOrganisation } from '../../db/plan-store/seed.ts';
import { testDrivers } from '../../db/testing/test-database.ts';
import { MAX_BODY_BYTES } from '../app.ts';
import { createTestContext } from '../testing/test-app.ts';
import type { Client, TestContext } from '../testing/test-app.ts';

const PLANS = fileURLToPath(new URL('../../../data/plans/', import.meta.url));
const P = '/api/v1/plans/nrf-2026-2028';
type Json = Record<string, unknown>;
const json = async (r: Response) => (await r.json()) as Json;

describe.each(testDrivers())('plan API on %s', (kind) => {
  let ctx: TestContext;
  let economist: Client;
  let planner: Client;
  let member: Client;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    await seedOrganisation(
      ctx.db,
      { code: 'NRF', name: 'Norra sjukvårdsregionförbundet', kind: 'federation' },
      ['nrf-2018-2020.yaml', 'nrf-2026-2028.yaml'].map((f) => PLANS + f),
    );
    economist = await ctx.login('economist');
    planner = await ctx.login('planner');
    member = await ctx.login('member');
  });
  afterAll(async () => ctx.close());

  it('serves a valid OpenAPI 3.1 document', async () => {
    const doc = await json(await ctx.anonymous().get('/api/v1/openapi.json'));
    expect(doc.openapi).toBe('3.1.0');
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  it('reads the budget with stated and computed results in öre', async () => {
    const budget = await json(await economist.get(`${P}/versions/latest/budget`));
    const result = budget.result as {
      rows: { year: number; statedOre: number; computedOre: number; differs: boolean }[];
    };
    // Seed: stated −947 and 0 for 2027 and 2028; the lines give −948 and −1 tkr.
    expect(
      result.rows.map((r) => [r.year, r.statedOre / 100_000, r.computedOre / 100_000, r.differs]),
    ).toEqual([
      [2025, -2710, -2710, false],
      [2026, -1988, -1988, false],
      [2027, -947, -948, true],
      [2028, 0, -1, true],
    ]);
    const findings = await json(await economist.get(`${P}/versions/latest/findings`));
    expect((findings.findings as unknown[]).length).toBe(8);
  });

  it('saves a budget change, and a second client from the same revision gets 409 with both values', async () => {
    const { version } = (await json(await economist.get(`${P}/versions/latest`))) as {
      version: { revision: number };
    };
    const base = version.revision;
    const first = await economist.patch(`${P}/versions/latest/budget`, {
      revision: base,
      changes: [{ line: 'staffCosts', year: 2027, amount: -8548 }],
    });
    expect(first.status).toBe(200);
    const other = await ctx.login('admin');
    const second = await other.patch(`${P}/versions/latest/budget`, {
      revision: base,
      changes: [{ line: 'staffCosts', year: 2027, amount: -9000 }],
    });
    expect(second.status).toBe(409);
    const body = (await json(second)).error as {
      code: string;
      details: { conflicts: unknown[]; revision: number };
    };
    expect(body.code).toBe('conflict');
    expect(body.details.conflicts).toEqual([
      { path: 'budget.lines[1].amounts.2027', current: -8548, yours: -9000 },
    ]);
    expect(body.details.revision).toBe(base + 1);
    // With the change the 2027 result is −947: the stated figure now agrees.
    const budget = await json(await economist.get(`${P}/versions/latest/budget`));
    const rows = (budget.result as { rows: { year: number; computedOre: number; differs: boolean }[] }).rows;
    expect(rows.find((r) => r.year === 2027)).toMatchObject({ computedOre: -94_700_000, differs: false });
    const audit = await json(await economist.get('/api/v1/audit?entityId=nrf-2026-2028/1&limit=50'));
    const changes = (audit.entries as { path: string | null }[]).filter(
      (e) => e.path === 'budget.lines[1].amounts.2027',
    );
    expect(changes).toHaveLength(1);
  });

  it('refuses bad input with the field path, never a 500', async () => {
    const unknownLine = await economist.patch(`${P}/versions/latest/budget`, {
      revision: 1,
      changes: [{ line: 'nope', year: 2026, amount: 1 }],
    });
    expect(unknownLine.status).toBe(400);
    expect(((await json(unknownLine)).error as { message: string }).message).toContain(
      'changes[0].line: no budget line "nope"',
    );
    const wrongType = await economist.patch(`${P}/versions/latest/budget`, {
      revision: 1,
      changes: [{ line: 'staffCosts', year: 2026, amount: 1.5 }],
    });
    expect(wrongType.status).toBe(400);
    expect(
      ((await json(wrongType)).error as { details: { issues: { path: string }[] } }).details.issues[0]?.path,
    ).toBe('changes.0.amount');
    const malformed = await economist.request('PATCH', `${P}/versions/latest/budget`, {
      raw: '{"revision": 1,',
    });
    expect(malformed.status).toBe(400);
    const huge = await economist.request('PATCH', `${P}/versions/latest/budget`, {
      raw: `{"x":"${'a'.repeat(MAX_BODY_BYTES)}"}`,
    });
    expect(huge.status).toBe(413);
    expect((await economist.get(`${P}/versions/99/budget`)).status).toBe(404);
    expect((await economist.get('/api/v1/plans/finns-inte/versions')).status).toBe(404);
    const badPeriod = await economist.get(`${P}/versions/latest/evaluation?period=nope`);
    expect(badPeriod.status).toBe(400);
  });

  it('records follow-up statuses and the verdict follows', async () => {
    let { version } = (await json(await economist.get(`${P}/versions/latest`))) as {
      version: { revision: number };
    };
    const period = {
      id: '2026-annual',
      kind: 'annual',
      year: 2026,
      asOf: '2026-12-31',
      figures: { unit: 'tkr', result: 10, lowestBankBalance: 800, equity: 2000 },
    };
    const addPeriod = await planner.patch(`${P}/versions/latest/figures`, {
      revision: version.revision,
      changes: [{ path: 'followUpPeriods', value: [period] }],
    });
    expect(addPeriod.status).toBe(200);
    ({ version } = (await json(addPeriod)) as { version: { revision: number } });
    const ids = ['mal-1-a1', 'mal-1-a2', 'mal-1-a3', 'mal-2-a1', 'mal-2-a2', 'mal-2-a3'];
    for (const id of ids) {
      const r = await planner.put(`${P}/versions/latest/activities/${id}/follow-up`, {
        revision: version.revision,
        period: '2026-annual',
        status: 'done',
      });
      expect(r.status).toBe(200);
      ({ version } = (await json(r)) as { version: { revision: number } });
    }
    const verdict = await json(await planner.get(`${P}/versions/latest/evaluation?period=2026-annual`));
    expect(verdict.status).toBe('met');
    expect((verdict.conditions as { reason: string }[])[0]?.reason).toBe(
      '6 of 8 activities of the operational goals done; required: at least 6 of 8',
    );
  });

  it('decides a version with date and §; it is then locked, and a revision starts a new draft', async () => {
    const { version } = (await json(await economist.get(`${P}/versions/latest`))) as {
      version: { number: number; revision: number };
    };
    const decided = await economist.post(`${P}/versions/${version.number}/decide`, {
      revision: version.revision,
      date: '2025-12-03',
      paragraph: '§12',
    });
    expect(decided.status).toBe(200);
    expect(await json(decided)).toMatchObject({
      status: 'decided',
      decision: { date: '2025-12-03', paragraph: '§ 12' },
    });
    const locked = await economist.patch(`${P}/versions/${version.number}/budget`, {
      revision: version.revision + 1,
      changes: [{ line: 'staffCosts', year: 2026, amount: -1 }],
    });
    expect(locked.status).toBe(409);
    expect(((await json(locked)).error as { message: string }).message).toContain(
      'is decided (board decision 2025-12-03 § 12) and cannot be changed; start a revision',
    );
    const revision = await economist.post(`${P}/versions`, { from: String(version.number) });
    expect(revision.status).toBe(201);
    expect(await json(revision)).toMatchObject({ number: version.number + 1, status: 'draft', revision: 1 });
    const diff = await json(await economist.get(`${P}/diff?from=${version.number}&to=${version.number + 1}`));
    expect(diff.changes).toEqual([]);
  });

  it('shows a member region only decided versions and its own column', async () => {
    const versions = (await json(await member.get(`${P}/versions`))).versions as { status: string }[];
    expect(versions.map((v) => v.status)).toEqual(['decided']);
    expect((await member.get('/api/v1/plans/nrf-2018-2020/versions/latest')).status).toBe(404);
    const contributions = await json(await member.get(`${P}/versions/latest/contributions`));
    const table = (
      contributions.tables as {
        areas: { rows: { perMemberOre: Json | null; totalOre: number | null }[] }[];
      }[]
    )[0];
    const row = table?.areas[0]?.rows[0];
    // Bilaga 1: RVN's member contribution 2 745 tkr; no other region's figures.
    expect(row?.perMemberOre).toEqual({ RVN: 274_500_000 });
    expect(row?.totalOre).toBeNull();
    expect((await member.get(`${P}/versions/latest/export`)).status).toBe(403);
  });

  it('imports a plan file all or nothing, and exports it back', async () => {
    const bad = await economist.request('POST', '/api/v1/plans/trasig/import', {
      raw: 'schemaVersion: 1\ntitle: 5\n',
      headers: { 'content-type': 'application/yaml' },
    });
    expect(bad.status).toBe(400);
    expect(
      ((await json(bad)).error as { details: { issues: { path: string; line: number }[] } }).details
        .issues[0],
    ).toMatchObject({ path: 'title', line: 2 });
    expect((await economist.get('/api/v1/plans/trasig/versions')).status).toBe(404);
    const text = readFileSync(`${PLANS}nrf-2018-2020.yaml`, 'utf8');
    const imported = await economist.request('POST', '/api/v1/plans/kopia/import', {
      raw: text,
      headers: { 'content-type': 'application/yaml' },
    });
    expect(imported.status).toBe(201);
    const exported = await economist.get('/api/v1/plans/kopia/versions/latest/export');
    expect(exported.headers.get('content-type')).toContain('application/yaml');
    const again = await economist.request('POST', '/api/v1/plans/kopia/import', {
      raw: await exported.text(),
      headers: { 'content-type': 'application/yaml' },
    });
    expect(again.status).toBe(201);
    const diff = await json(await economist.get('/api/v1/plans/kopia/diff?from=1&to=2'));
    expect(diff.changes).toEqual([]);
  });
});
