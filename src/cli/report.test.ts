// planvis report and planvis import-xlsx against a fresh data directory (embedded
// database, seeded as serve would): files written and read back, the XLSX round trip
// with its audit entry, and the exit-2 paths that store nothing.
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../db/plan-store/actor.ts';
import { decideVersion, findVersion } from '../db/plan-store/versions.ts';
import { loadWorkbook } from '../formats/xlsx/load.ts';
import { runCli } from './main.ts';
import { databaseConfig, prepareDatabase } from './shared/database.ts';

const dir = mkdtempSync(join(tmpdir(), 'planvis-report-'));
// Vitest runs each test file in its own process (pool: forks), so this stays here.
process.env.PLANVIS_DATA_DIR = join(dir, 'data');
process.env.DATABASE_URL = '';

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, {
    out: (t) => (out += t.endsWith('\n') ? t : t + '\n'),
    err: (t) => (err += t.endsWith('\n') ? t : t + '\n'),
  });
  return { code, out, err };
}

async function withDb<T>(work: (db: Awaited<ReturnType<typeof prepareDatabase>>['db']) => Promise<T>) {
  const { db } = await prepareDatabase(databaseConfig(), 'test');
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

beforeAll(async () => {
  // The first run creates and seeds the database: both bundled plans as draft version 1.
  const r = await run('report', 'nrf-2026-2028', '--format', 'xlsx', '--out', join(dir, 'first.xlsx'));
  expect(r.err).toBe('');
}, 120_000);

describe('planvis report', () => {
  it('writes the budget workbook of a version', async () => {
    const out = join(dir, 'v1.xlsx');
    const r = await run(
      'report',
      'nrf-2026-2028',
      '--version',
      '1',
      '--format',
      'xlsx',
      '--out',
      out,
      '--json',
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({
      plan: 'nrf-2026-2028',
      version: 1,
      status: 'draft',
      format: 'xlsx',
    });
    const budget = (await loadWorkbook(new Uint8Array(readFileSync(out)))).getWorksheet('Budget');
    expect(budget?.getCell('D8').value).toBe(10279);
  });

  it('writes the plan as PDF', async () => {
    const out = join(dir, 'plan.pdf');
    const r = await run('report', 'nrf-2026-2028', '--format', 'pdf', '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Wrote nrf-2026-2028 version 1 \(draft\) as pdf to .*plan\.pdf in \d+ ms\.\n$/);
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('exits 2 for an unknown format, plan, version or period', async () => {
    const out = join(dir, 'x');
    const format = await run('report', 'nrf-2026-2028', '--format', 'odt', '--out', out);
    expect([format.code, format.err]).toEqual([
      2,
      'planvis: --format must be one of pdf, docx, xlsx, fdp, got "odt"\n',
    ]);
    expect((await run('report', 'nrf-1999', '--format', 'pdf', '--out', out)).code).toBe(2);
    expect(
      (await run('report', 'nrf-2026-2028', '--version', '9', '--format', 'pdf', '--out', out)).code,
    ).toBe(2);
    const period = await run('report', 'nrf-2026-2028', '--format', 'pdf', '--period', 'x', '--out', out);
    expect(period.err).toBe('planvis: unknown follow-up period "x"; the plan has none\n');
    expect((await run('report', 'nrf-2026-2028', '--format', 'pdf')).code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it('writes open data only for a decided version, as a directory', async () => {
    const out = join(dir, 'open-data');
    const draft = await run('report', 'nrf-2018-2020', '--format', 'fdp', '--out', out);
    expect(draft.code).toBe(2);
    expect(draft.err).toContain(
      'version 1 of nrf-2018-2020 is draft: open data is published from decided versions only',
    );
    await withDb(async (db) => {
      const org = await db.db.selectFrom('organisations').select('id').executeTakeFirstOrThrow();
      const v1 = await findVersion(db.db, org.id, 'nrf-2018-2020', '1');
      await db.db
        .transaction()
        .execute((trx) =>
          decideVersion(
            trx,
            systemActor(org.id),
            'nrf-2018-2020',
            v1,
            { date: '2017-11-20', paragraph: '§ 5' },
            v1.revision,
          ),
        );
    });
    const r = await run('report', 'nrf-2018-2020', '--format', 'fdp', '--out', out);
    expect([r.code, r.err]).toEqual([0, '']);
    expect(readdirSync(out).sort()).toEqual(['budget.csv', 'contributions.csv', 'datapackage.json']);
    const descriptor = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8')) as { profile: string };
    expect(descriptor.profile).toBe('fiscal-data-package');
  });
});

describe('planvis import-xlsx', () => {
  it('stores the one changed figure with an audit entry', async () => {
    const out = join(dir, 'edit.xlsx');
    expect((await run('report', 'nrf-2026-2028', '--format', 'xlsx', '--out', out)).code).toBe(0);
    const wb = await loadWorkbook(new Uint8Array(readFileSync(out)));
    const sheet = wb.getWorksheet('Budget');
    if (!sheet) throw new Error('no Budget sheet');
    sheet.getCell('E5').value = -8600; // staffCosts 2027, was −8 549
    writeFileSync(out, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));

    const r = await run('import-xlsx', out, '--plan', 'nrf-2026-2028', '--version', '1');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      'Stored 1 changed figure in nrf-2026-2028 version 1 (revision 2):\n  budget.lines[1].amounts.2027: -8549 → -8600\n',
    );
    const audit = await withDb((db) =>
      db.db
        .selectFrom('audit_log')
        .select(['action', 'path', 'username'])
        .where('action', '=', 'planVersion.importXlsx')
        .execute(),
    );
    expect(audit).toEqual([
      {
        action: 'planVersion.importXlsx',
        path: 'budget.lines[1].amounts.2027',
        username: 'planvis import-xlsx',
      },
    ]);
    // The same file again: nothing differs any more.
    expect((await run('import-xlsx', out, '--plan', 'nrf-2026-2028')).out).toContain('nothing to store');
  });

  it('exits 2 listing every bad cell, and stores nothing', async () => {
    const out = join(dir, 'bad.xlsx');
    expect((await run('report', 'nrf-2026-2028', '--format', 'xlsx', '--out', out)).code).toBe(0);
    const wb = await loadWorkbook(new Uint8Array(readFileSync(out)));
    const sheet = wb.getWorksheet('Budget');
    if (!sheet) throw new Error('no Budget sheet');
    sheet.getCell('C4').value = 1; // a good change among bad ones
    sheet.getCell('C7').value = 'tusen';
    sheet.getCell('F2').value = 2031;
    writeFileSync(out, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));

    const r = await run('import-xlsx', out, '--plan', 'nrf-2026-2028');
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `planvis: ${out} has 2 bad cells; nothing was stored:\n` +
        "  Budget!F2: unknown year 2031; the plan's columns are 2025, 2026, 2027, 2028\n" +
        '  Budget!C7: not a number: found the text "tusen" (type the figure as a number, e.g. 10279)\n',
    );
    const revision = await withDb(async (db) => {
      const org = await db.db.selectFrom('organisations').select('id').executeTakeFirstOrThrow();
      return (await findVersion(db.db, org.id, 'nrf-2026-2028', '1')).revision;
    });
    expect(revision).toBe(2); // only the earlier import
  });

  it('exits 2 for a decided version and an unreadable file', async () => {
    const out = join(dir, 'old.xlsx');
    expect((await run('report', 'nrf-2018-2020', '--format', 'xlsx', '--out', out)).code).toBe(0);
    const decided = await run('import-xlsx', out, '--plan', 'nrf-2018-2020', '--version', '1');
    expect(decided.code).toBe(0); // nothing differs: nothing to store, so nothing refused
    const wb = await loadWorkbook(new Uint8Array(readFileSync(out)));
    const sheet = wb.getWorksheet('Budget');
    if (!sheet) throw new Error('no Budget sheet');
    sheet.getCell('D4').value = 1;
    writeFileSync(out, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const refused = await run('import-xlsx', out, '--plan', 'nrf-2018-2020', '--version', '1');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('version 1 of "nrf-2018-2020" is decided');
    expect((await run('import-xlsx', join(dir, 'missing.xlsx'), '--plan', 'nrf-2018-2020')).err).toBe(
      `planvis: cannot read the workbook "${join(dir, 'missing.xlsx')}"\n`,
    );
  });
});
