// planvis import-sie against a fresh database prepared as serve would (embedded in a new
// data directory, or a fresh schema on the server): what it prints, its exit codes, and
// that an invalid file stores nothing.
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useCliDatabase } from './testing/cli-database.ts';
import { testDrivers } from '../db/testing/test-database.ts';
import { runCli } from './main.ts';
import { databaseConfig, prepareDatabase } from './shared/database.ts';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../db/accounting/fixtures/${name}`, import.meta.url));
const OK = fixture('ok/nrf-2026.se');
const UNBALANCED = fixture('not-ok/nrf-2026-unbalanced.se');

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, {
    out: (t) => (out += t.endsWith('\n') ? t : t + '\n'),
    err: (t) => (err += t.endsWith('\n') ? t : t + '\n'),
  });
  return { code, out, err };
}

async function storedRows(): Promise<{ imports: number; transactions: number }> {
  const { db } = await prepareDatabase(databaseConfig(), 'test');
  try {
    const r = await sql<{ imports: number; transactions: number }>`select
      (select count(*)::int from sie_imports) as imports,
      (select count(*)::int from transactions) as transactions`.execute(db.db);
    return r.rows[0] ?? { imports: -1, transactions: -1 };
  } finally {
    await db.close();
  }
}

describe.each(testDrivers())('planvis import-sie on %s', (kind) => {
  useCliDatabase(kind, 'sie');

  it('exits 2 listing each error with line, column and text, and stores nothing', async () => {
    const r = await run('import-sie', UNBALANCED);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(
      `planvis: ${UNBALANCED} has 1 error; nothing was stored:\n` +
        `  ${UNBALANCED}:56:1: voucher A 3 does not balance: its #TRANS rows sum to 0.10, not 0.00 (found: #VER A 3 20260210 "Kopt vard RVN")\n`,
    );
    const json = await run('import-sie', UNBALANCED, '--json');
    expect(json.code).toBe(2);
    expect(JSON.parse(json.out)).toMatchObject({
      ok: false,
      errorCount: 1,
      errors: [{ line: 56, column: 1, text: '#VER A 3 20260210 "Kopt vard RVN"' }],
    });
    expect(await storedRows()).toEqual({ imports: 0, transactions: 0 });
  }, 120_000);

  it('prints what it read and stored, with progress on stderr', async () => {
    const r = await run('import-sie', OK, '--org', 'NRF', '--progress-every', '10');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines.slice(0, 7)).toEqual([
      'Imported nrf-2026.se for Norra sjukvardsregionforbundet (222000-1234): SIE type 4, financial year 2026-01-01 – 2026-12-31, figures up to 2026-08-31.',
      '  financial years  0: 2026-01-01 – 2026-12-31, -1: 2025-01-01 – 2025-12-31',
      '  accounts         5 (dimensions 1, objects 2)',
      '  vouchers         4 dated 2026-01-15 – 2026-02-20',
      '  transactions     9 (10 #TRANS rows read)',
      '  balances         12, period figures 6',
      '  warnings         0',
    ]);
    // Each table's batch is written at the end: 12 balances, +6 period figures = 18, +4
    // vouchers = 22, +9 rows = 31; a line each time a multiple of 10 is passed. The file is
    // read as it is stored, and this one fits in the first chunk read.
    expect(r.err).toBe(
      'stored 12 rows (100 % of the file read)\nstored 22 rows (100 % of the file read)\n' +
        'stored 31 rows (100 % of the file read)\nbuilding keys and indexes …\n',
    );
    expect(await storedRows()).toEqual({ imports: 1, transactions: 9 });
  }, 120_000);

  it('replaces the year on a second import, and says so; --json gives the summary', async () => {
    const r = await run('import-sie', OK, '--json');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const result = JSON.parse(r.out) as {
      ok: boolean;
      summary: { stored: { transactions: number }; replaced: { fileName: string }[] };
    };
    expect(result.ok).toBe(true);
    expect(result.summary.stored.transactions).toBe(9);
    expect(result.summary.replaced.map((x) => x.fileName)).toEqual(['nrf-2026.se']);
    expect(await storedRows()).toEqual({ imports: 2, transactions: 9 });
  }, 120_000);

  it('exits 2 for a missing file or an unknown organisation', async () => {
    const missing = await run('import-sie', '/no/such/file.se');
    expect([missing.code, missing.err]).toEqual([
      2,
      'planvis: cannot read the SIE file "/no/such/file.se"\n',
    ]);
    const org = await run('import-sie', OK, '--org', 'XYZ');
    expect([org.code, org.err]).toEqual([2, 'planvis: no organisation XYZ in the database\n']);
  }, 120_000);
});
