// The accounting API on both drivers: import a SIE file, read outcome and drill down, and
// the refusals that store nothing. Figures are hand-summed from
// src/db/accounting/fixtures/ok/nrf-2026.se (öre, debit positive).
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSie } from '../../db/accounting/import-sie.ts';
import { testDrivers } from '../../db/testing/test-database.ts';
import { MAX_BODY_BYTES } from '../app.ts';
import { createTestContext } from '../testing/test-app.ts';
import type { Client, TestContext } from '../testing/test-app.ts';

const text = (name: string) =>
  readFileSync(new URL(`../../db/accounting/fixtures/${name}`, import.meta.url), 'latin1');
const OK = text('ok/nrf-2026.se');
const BASE = '/api/v1/accounting';

describe.each(testDrivers())('accounting API on %s', (kind) => {
  let ctx: TestContext;
  let economist: Client;
  let reader: Client;

  const upload = (body: string, query = '?fileName=nrf-2026.se') =>
    economist.request('POST', `${BASE}/sie-imports${query}`, {
      raw: body,
      headers: { 'content-type': 'application/octet-stream' },
    });
  const stored = async () =>
    (
      await sql<{
        n: number;
      }>`select count(*)::int as n from sie_imports where org_id = ${ctx.orgId}`.execute(ctx.db.db)
    ).rows[0]?.n;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    economist = await ctx.login('economist');
    reader = await ctx.login('reader');
  });
  afterAll(async () => ctx.close());

  it('refuses an unbalanced file with 422, each error with line, column and text, storing nothing', async () => {
    const response = await upload(text('not-ok/nrf-2026-unbalanced.se'));
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: { code: string; message: string; details: unknown } };
    expect(body.error.code).toBe('invalid_sie');
    expect(body.error.message).toBe(
      'the SIE file has 1 error; nothing was stored: line 56:1: voucher A 3 does not balance: its #TRANS rows sum to 0.10, not 0.00',
    );
    expect(body.error.details).toMatchObject({
      ok: false,
      errorCount: 1,
      errors: [{ line: 56, column: 1, text: '#VER A 3 20260210 "Kopt vard RVN"' }],
    });
    expect(await stored()).toBe(0);
  });

  it('refuses an empty body (400) and a file without #RAR 0 (422)', async () => {
    expect((await upload('')).status).toBe(400);
    const noYear = await upload(text('not-ok/no-financial-year.se'));
    expect(noYear.status).toBe(422);
    expect(((await noYear.json()) as { error: { code: string } }).error.code).toBe('no_financial_year');
    expect(await stored()).toBe(0);
  });

  it('imports a file with 201 and the summary, then lists it', async () => {
    const response = await upload(OK);
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({
      fileName: 'nrf-2026.se',
      company: { name: 'Norra sjukvardsregionforbundet', orgNumber: '222000-1234' },
      financialYear: { start: '2026-01-01', end: '2026-12-31' },
      stored: { accounts: 5, vouchers: 4, transactions: 9, balances: 12, periodBalances: 6 },
      importedBy: 'economist',
      replaced: [],
    });
    const list = (await (await reader.get(`${BASE}/sie-imports`)).json()) as {
      imports: { fileName: string; status: string; stored: { transactions: number } }[];
    };
    expect(list.imports.map((i) => [i.fileName, i.status, i.stored.transactions])).toEqual([
      ['nrf-2026.se', 'current', 9],
    ]);
  });

  it('gives outcome per account and month', async () => {
    const all = (await (await reader.get(`${BASE}/outcome?year=2026`)).json()) as {
      year: number;
      months: { account: string; month: number; amountOre: number; rows: number }[];
    };
    expect(all.year).toBe(2026);
    expect(all.months.map((m) => [m.account, m.month, m.amountOre])).toEqual([
      ['1930', 1, 215_974_975],
      ['1930', 2, -15_100_000],
      ['3010', 1, -256_975_000],
      ['4510', 2, 15_000_000],
      ['5010', 1, 41_000_025],
      ['5010', 2, 100_000],
    ]);
    const one = (await (await reader.get(`${BASE}/outcome?year=2026&account=5010`)).json()) as {
      months: unknown[];
    };
    expect(one.months).toEqual([
      { account: '5010', month: 1, amountOre: 41_000_025, rows: 1 },
      { account: '5010', month: 2, amountOre: 100_000, rows: 1 },
    ]);
    expect((await reader.get(`${BASE}/outcome`)).status).toBe(400);
  });

  it('drills down to the rows of an account in a period', async () => {
    const response = await reader.get(`${BASE}/vouchers?account=4510&from=2026-02-01&to=2026-02-28`);
    expect(response.status).toBe(200);
    const page = (await response.json()) as { rows: Record<string, unknown>[]; hasMore: boolean };
    expect(page.hasMore).toBe(false);
    expect(page.rows.map((r) => [r.series, r.number, r.date, r.kind, r.amountOre])).toEqual([
      ['A', '3', '2026-02-12', 'normal', 15_000_000],
      ['A', '4', '2026-02-22', 'removed', 100_000],
    ]);
    expect((await reader.get(`${BASE}/vouchers?account=4510&from=2026-03-01&to=2026-02-01`)).status).toBe(
      400,
    );
    expect((await reader.get(`${BASE}/vouchers?account=abc&from=2026-01-01&to=2026-02-01`)).status).toBe(400);
  });

  it("refuses another company's file with 409 and keeps what was stored", async () => {
    const response = await upload(OK.replace('#ORGNR 222000-1234', '#ORGNR 232100-0000'), '');
    expect(response.status).toBe(409);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('other_company');
    expect(await stored()).toBe(1);
  });

  it("keeps organisations apart: another organisation's import is not in NRF's figures", async () => {
    const other = await ctx.db.db
      .insertInto('organisations')
      .values({ code: 'RVN', name: 'Region Västernorrland', kind: 'region' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const data = new TextEncoder().encode(OK.replace('#ORGNR 222000-1234', '#ORGNR 232100-0000'));
    const r = await importSie(
      ctx.db,
      { orgId: other.id, userId: null, username: 'rvn' },
      { fileName: 'rvn.se', data },
    );
    expect(r.ok).toBe(true);
    const nrf = (await (await reader.get(`${BASE}/outcome?year=2026&account=3010`)).json()) as {
      months: { amountOre: number }[];
    };
    expect(nrf.months.map((m) => m.amountOre)).toEqual([-256_975_000]);
    const list = (await (await reader.get(`${BASE}/sie-imports`)).json()) as { imports: unknown[] };
    expect(list.imports).toHaveLength(1);
  });

  it('takes a SIE file over the general body limit, up to PLANVIS_SIE_MAX_BYTES (else 413)', async () => {
    // Blank lines pad the file past 5 MB without adding rows to store.
    const padded = OK + '\r\n'.repeat(MAX_BODY_BYTES / 2 + 1000);
    expect(padded.length).toBeGreaterThan(MAX_BODY_BYTES);
    const general = await economist.request('POST', '/api/v1/plans', {
      raw: padded,
      headers: { 'content-type': 'application/json' },
    });
    expect(general.status).toBe(413);

    const accepted = await upload(padded);
    expect(accepted.status).toBe(201);
    expect(await accepted.json()).toMatchObject({ byteSize: padded.length, stored: { transactions: 9 } });

    const before = process.env.PLANVIS_SIE_MAX_BYTES;
    process.env.PLANVIS_SIE_MAX_BYTES = String(padded.length - 1);
    try {
      const refused = await upload(padded);
      expect(refused.status).toBe(413);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
      // Declared too large up front: refused before a byte is read.
      const declared = await economist.request('POST', `${BASE}/sie-imports`, {
        raw: padded,
        headers: { 'content-type': 'application/octet-stream', 'content-length': String(padded.length) },
      });
      expect(declared.status).toBe(413);
    } finally {
      if (before === undefined) delete process.env.PLANVIS_SIE_MAX_BYTES;
      else process.env.PLANVIS_SIE_MAX_BYTES = before;
    }
  });
});
