// Storing SIE imports on both drivers. Expected figures are hand-summed from
// fixtures/ok/nrf-2026.se (amounts in öre, debit positive).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../repos/audit.ts';
import { openTestDatabase, testDrivers } from '../testing/test-database.ts';
import type { TestDb } from '../testing/test-database.ts';
import { importSie } from './import-sie.ts';
import { balancesAt, balancesForYear, outcomeByMonth, voucherRows } from './queries.ts';
import { SieImportRefused } from './types.ts';
import type { SieImportProgress } from './types.ts';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const OK = fixture('ok/nrf-2026.se');
const TABLES = [
  'sie_imports',
  'accounts',
  'dimensions',
  'objects',
  'account_balances',
  'period_balances',
  'vouchers',
  'transactions',
  'outcome_months',
] as const;

describe.each(testDrivers())('SIE import on %s', (kind) => {
  let db: TestDb;
  let orgId: string;
  const actor = () => ({ orgId, userId: null, username: 'ekonom' });

  async function counts(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const table of TABLES) {
      const r = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(db.db);
      out[table] = r.rows[0]?.n ?? -1;
    }
    return out;
  }
  const empty = Object.fromEntries(TABLES.map((t) => [t, 0]));

  /** An import's own tables that were never attached (import-tables.ts): none may stay. */
  async function bareTables(): Promise<number> {
    const r = await sql<{ n: number }>`select count(*)::int as n from pg_tables
      where schemaname = current_schema() and tablename ~ '^(vouchers|transactions)_[0-9a-f]{32}$'
      and tablename not in (select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid)`.execute(
      db.db,
    );
    return r.rows[0]?.n ?? -1;
  }

  /** What an import stored, without what differs by run (ids, times). */
  async function storedFigures() {
    const rows = await sql`select account, voucher_seq, row_no, kind, amount_ore::text, date, text
      from transactions order by voucher_seq, row_no`.execute(db.db);
    const balances = await sql`select kind, year_index, year_start, account, object, amount_ore::text
      from account_balances order by kind, year_index, account, object nulls first`.execute(db.db);
    // Replaced imports stay listed in sie_imports (replace.ts); their rows do not.
    const { sie_imports: _imports, ...stored } = await counts();
    return { rows: rows.rows, balances: balances.rows, counts: stored };
  }

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    const org = await db.db
      .insertInto('organisations')
      .values({ code: 'NRF', name: 'Norra sjukvårdsregionförbundet', kind: 'federation' })
      .returning('id')
      .executeTakeFirstOrThrow();
    orgId = org.id;
  });
  afterAll(async () => db.dispose());
  beforeEach(async () => {
    // Data tables first (they reference sie_imports); the audit log is append-only and stays.
    for (const table of [...TABLES].reverse().filter((t) => t !== 'sie_imports'))
      await sql`delete from ${sql.table(table)}`.execute(db.db);
    await sql`delete from sie_imports`.execute(db.db);
  });

  it('stores a type-4 file and reports what it read and stored', async () => {
    const progress: SieImportProgress[] = [];
    const r = await importSie(
      db,
      actor(),
      { fileName: 'nrf-2026.se', data: OK },
      { onProgress: (p) => progress.push(p), batchRows: 4 },
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.summary).toMatchObject({
      fileName: 'nrf-2026.se',
      sieType: 4,
      program: 'Planvis test 1.0',
      company: { name: 'Norra sjukvardsregionforbundet', orgNumber: '222000-1234' },
      financialYear: { start: '2026-01-01', end: '2026-12-31' },
      coverageDate: '2026-08-31',
      voucherDates: { first: '2026-01-15', last: '2026-02-20' },
      read: {
        vouchers: 4,
        transRows: 10,
        transactions: 9,
        balances: 11,
        objectBalances: 1,
        periodBalances: 6,
      },
      stored: {
        accounts: 5,
        dimensions: 1,
        objects: 2,
        balances: 12,
        periodBalances: 6,
        vouchers: 4,
        transactions: 9,
        skipped: 0,
      },
      warnings: [],
      replaced: [],
      importedBy: 'ekonom',
    });
    expect(r.summary.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(r.summary.byteSize).toBe(readFileSync(OK).byteLength);
    expect(await counts()).toEqual({
      sie_imports: 1,
      accounts: 5,
      dimensions: 1,
      objects: 2,
      account_balances: 12,
      period_balances: 6,
      vouchers: 4,
      transactions: 9,
      // 1930 Jan+Feb, 3010 Jan, 4510 Feb, 5010 Jan+Feb
      outcome_months: 6,
    });
    // Batches of 4 over 12 + 6 + 4 + 9 = 31 rows: progress climbs to 31, the file read whole.
    const store = progress.filter((p) => p.phase === 'store');
    const size = readFileSync(OK).byteLength;
    expect(store.at(-1)).toEqual({ phase: 'store', rows: 31, bytes: size, totalBytes: size });
    expect(store.map((p) => p.rows)).toEqual([...store.map((p) => p.rows)].sort((a, b) => a - b));
    expect(progress.at(-1)).toEqual({ phase: 'done', rows: 31, totalRows: 31 });
    const audit = await listAudit(db.db, orgId, { action: 'sie.import', limit: 1 });
    expect(audit[0]).toMatchObject({ entityType: 'sie_import', entityId: r.summary.id, username: 'ekonom' });
  });

  it('gives outcome per account and month without removed rows or #RTRANS mirrors', async () => {
    await importSie(db, actor(), { fileName: 'nrf-2026.se', data: OK });
    const outcome = await outcomeByMonth(db.db, orgId, { year: 2026 });
    expect(outcome.map((o) => [o.account, o.month, o.amountOre, o.rows])).toEqual([
      ['1930', 1, 256_975_000 - 41_000_025, 2],
      ['1930', 2, -15_000_000 - 100_000, 2],
      ['3010', 1, -256_975_000, 1],
      ['4510', 2, 15_000_000, 1], // the #BTRANS row of 1 000,00 is not counted
      ['5010', 1, 41_000_025, 1],
      ['5010', 2, 100_000, 1], // the #RTRANS row once, on its own date 2026-02-22
    ]);
    expect(await outcomeByMonth(db.db, orgId, { year: 2026, account: '4510' })).toHaveLength(1);
    expect(await outcomeByMonth(db.db, orgId, { year: 2025 })).toEqual([]);
    // The sums made while streaming equal the database's own over the stored rows.
    const summed = await sql<{ account: string; month: number; amount: string; n: number }>`
      select account, extract(month from date)::int as month, sum(amount_ore)::text as amount, count(*)::int as n
      from transactions where kind <> 'removed' group by 1, 2 order by 1, 2`.execute(db.db);
    expect(summed.rows.map((r) => [r.account, r.month, Number(r.amount), r.n])).toEqual(
      outcome.map((o) => [o.account, o.month, o.amountOre, o.rows]),
    );
  });

  it('gives balances per financial year and at a date', async () => {
    await importSie(db, actor(), { fileName: 'nrf-2026.se', data: OK });
    const y2026 = await balancesForYear(db.db, orgId, 2026);
    expect(y2026.map((b) => [b.account, b.kind, b.amountOre])).toEqual([
      ['1930', 'IB', 200_000_000],
      ['1930', 'UB', 400_874_975],
      ['2010', 'IB', -200_000_000],
      ['2010', 'UB', -200_000_000],
      ['3010', 'RES', -256_975_000],
      ['4510', 'RES', 15_000_000],
      ['5010', 'RES', 41_100_025],
    ]);
    const y2025 = await balancesForYear(db.db, orgId, 2025);
    expect(y2025.map((b) => [b.account, b.kind, b.amountOre, b.yearStart])).toEqual([
      ['1930', 'IB', 150_000_000, '2025-01-01'],
      ['1930', 'UB', 200_000_000, '2025-01-01'],
      ['2010', 'IB', -150_000_000, '2025-01-01'],
      ['2010', 'UB', -200_000_000, '2025-01-01'],
    ]);
    const bank = await balancesAt(db.db, orgId, '2026-01-31', '1930');
    expect(bank).toEqual([
      {
        account: '1930',
        date: '2026-01-31',
        openingOre: 200_000_000,
        movementOre: 215_974_975,
        amountOre: 415_974_975,
      },
    ]);
    // At the year's last date the computed balance meets the stated #UB.
    const end = await balancesAt(db.db, orgId, '2026-12-31', '1930');
    expect(end[0]?.amountOre).toBe(400_874_975);
  });

  it('pages the rows behind a figure, removed rows marked', async () => {
    await importSie(db, actor(), { fileName: 'nrf-2026.se', data: OK });
    const feb = await voucherRows(db.db, orgId, { account: '4510', from: '2026-02-01', to: '2026-02-28' });
    expect(feb.hasMore).toBe(false);
    expect(feb.rows.map((r) => [r.series, r.number, r.date, r.kind, r.amountOre, r.text])).toEqual([
      ['A', '3', '2026-02-12', 'normal', 15_000_000, 'Faktura 88'],
      ['A', '4', '2026-02-22', 'removed', 100_000, 'Fel konto'],
    ]);
    expect(feb.rows[0]).toMatchObject({
      voucherDate: '2026-02-10',
      objects: [{ dimension: 1, object: '200' }],
    });
    const bank = await voucherRows(db.db, orgId, {
      account: '1930',
      from: '2026-01-01',
      to: '2026-12-31',
      limit: 3,
    });
    expect([bank.hasMore, bank.rows.map((r) => r.number)]).toEqual([true, ['1', '2', '3']]);
    const next = await voucherRows(db.db, orgId, {
      account: '1930',
      from: '2026-01-01',
      to: '2026-12-31',
      limit: 3,
      offset: 3,
    });
    expect([next.hasMore, next.rows.map((r) => r.number)]).toEqual([false, ['4']]);
  });

  it('replaces a financial year on re-import instead of duplicating it', async () => {
    const first = await importSie(db, actor(), { fileName: 'nrf-2026.se', data: OK });
    // The same year again, with one more voucher.
    const more = Buffer.concat([
      readFileSync(OK),
      Buffer.from('#VER A 5 20260305 "Kopt vard"\n{\n#TRANS 4510 {} 500.00\n#TRANS 1930 {} -500.00\n}\n'),
    ]);
    const second = await importSie(db, actor(), { fileName: 'nrf-2026-mars.se', data: new Uint8Array(more) });
    if (!first.ok || !second.ok) throw new Error('import failed');
    expect(second.summary.replaced).toEqual([
      {
        id: first.summary.id,
        fileName: 'nrf-2026.se',
        importedAt: first.summary.importedAt,
        importedBy: 'ekonom',
        stored: first.summary.stored,
      },
    ]);
    expect(await counts()).toMatchObject({
      sie_imports: 2,
      accounts: 5,
      vouchers: 5,
      transactions: 11,
      account_balances: 12,
      period_balances: 6,
    });
    const imports = await db.db
      .selectFrom('sie_imports')
      .select(['id', 'status', 'replaced_by'])
      .orderBy('imported_at')
      .execute();
    expect(imports).toEqual([
      { id: first.summary.id, status: 'replaced', replaced_by: second.summary.id },
      { id: second.summary.id, status: 'current', replaced_by: null },
    ]);
    const march = await outcomeByMonth(db.db, orgId, { year: 2026, account: '4510' });
    expect(march.map((o) => [o.month, o.amountOre])).toEqual([
      [2, 15_000_000],
      [3, 50_000],
    ]);
    const audit = await listAudit(db.db, orgId, { action: 'sie.import', limit: 1 });
    expect(audit[0]?.before).toEqual({ replaced: second.summary.replaced });
  });

  it('stores nothing from an unbalanced file and names the voucher, line and text', async () => {
    const r = await importSie(db, actor(), {
      fileName: 'nrf-2026-unbalanced.se',
      data: fixture('not-ok/nrf-2026-unbalanced.se'),
    });
    expect(r).toMatchObject({ ok: false, errorCount: 1 });
    if (r.ok) return;
    expect(r.errors).toEqual([
      {
        line: 56,
        column: 1,
        text: '#VER A 3 20260210 "Kopt vard RVN"',
        message: 'voucher A 3 does not balance: its #TRANS rows sum to 0.10, not 0.00',
      },
    ]);
    expect(await counts()).toEqual(empty);
    // The file is stored as it is read: what the pass wrote before the error was rolled back.
    expect(await bareTables()).toBe(0);
  });

  it('stores a file that names its financial years after its rows as one in order', async () => {
    await importSie(db, actor(), { fileName: 'nrf-2026.se', data: OK });
    const ordered = await storedFigures();
    const text = readFileSync(OK, 'latin1');
    const late = (lines: string[]) => {
      let moved = text;
      for (const line of lines) moved = moved.replace(`${line}\n`, '') + `${line}\n`;
      return new Uint8Array(Buffer.from(moved, 'latin1'));
    };
    // #RAR -1 after the rows: read as the top said, then again once the whole file told more.
    // #RAR 0 after the rows: nothing to decide by at the top, so validated whole first.
    // The reader notes the first balance it meets before its year.
    const before = (index: number) => `year index ${index} has no #RAR record`;
    // The phases show the way taken: two stores with a validation between, or one after it.
    const cases: [moved: string[], warnings: string[], phases: string[]][] = [
      [['#RAR -1 20250101 20251231'], [before(-1)], ['replace', 'store', 'validate', 'replace', 'store']],
      [
        ['#RAR 0 20260101 20261231', '#RAR -1 20250101 20251231'],
        [before(-1), before(0)],
        ['validate', 'replace', 'store'],
      ],
    ];
    for (const [lines, expected, phases] of cases) {
      const seen: string[] = [];
      const r = await importSie(
        db,
        actor(),
        { fileName: 'sent.se', data: late(lines) },
        { onProgress: (p) => (seen.at(-1) === p.phase ? undefined : seen.push(p.phase)) },
      );
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      expect(seen.filter((p) => p !== 'index' && p !== 'summarise' && p !== 'done')).toEqual(phases);
      expect(r.summary.warnings.map((w) => w.message)).toEqual(expected);
      expect(r.summary.stored.skipped).toBe(0);
      expect(r.summary.replaced).toHaveLength(1);
      expect(await storedFigures()).toEqual(ordered);
      expect(await bareTables()).toBe(0);
    }
  });

  it('reports progress by the bytes read while it stores a file of several chunks', async () => {
    // The fixture and 4 000 more balanced vouchers: 365 kB, read in chunks of 256 kB. Their
    // "Lön" (ö is 0x94 in CP437) lets the reader settle the encoding early; in a file of
    // plain ASCII it reads up to 1 MiB before it decides (src/formats/sie/encoding.ts).
    let extra = '';
    for (let i = 1; i <= 4_000; i++) {
      extra += `#VER B ${i} 20260301 "L\u0094n ${i}"\n{\n#TRANS 5010 {1 "100"} ${i}.25\n#TRANS 1930 {} -${i}.25\n}\n`;
    }
    const data = new Uint8Array(Buffer.concat([readFileSync(OK), Buffer.from(extra, 'latin1')]));
    const progress: SieImportProgress[] = [];
    const r = await importSie(
      db,
      actor(),
      { fileName: 'stor.se', data },
      { onProgress: (p) => progress.push(p), batchRows: 1000 },
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.summary.stored.transactions).toBe(9 + 8_000);
    const store = progress.filter((p) => p.phase === 'store' && p.rows > 0);
    expect(store.every((p) => p.totalBytes === data.byteLength)).toBe(true);
    const bytes = store.map((p) => p.bytes ?? -1);
    expect(bytes).toEqual([...bytes].sort((a, b) => a - b));
    expect(bytes[0]).toBeLessThan(data.byteLength);
    expect(bytes.at(-1)).toBe(data.byteLength);
  });

  it('stores nothing when storing fails half-way (one transaction)', async () => {
    const failing = importSie(
      db,
      actor(),
      { fileName: 'nrf-2026.se', data: OK },
      {
        batchRows: 2,
        onProgress: (p) => {
          if (p.phase === 'store' && p.rows >= 20) throw new Error('disk full');
        },
      },
    );
    await expect(failing).rejects.toThrow('disk full');
    expect(await counts()).toEqual(empty);
    // Nor is the import's own table left behind (import-tables.ts): its creation rolled back too.
    expect(await bareTables()).toBe(0);
  });

  it('refuses a file without #RAR 0, another company, and an overlapping year', async () => {
    await expect(
      importSie(db, actor(), { fileName: 'x.se', data: fixture('not-ok/no-financial-year.se') }),
    ).rejects.toThrow(SieImportRefused);
    expect(await counts()).toEqual(empty);

    await importSie(db, actor(), { fileName: 'nrf-2026.se', data: OK });
    const before = await counts();
    const text = readFileSync(OK, 'latin1');
    const other = Buffer.from(text.replace('#ORGNR 222000-1234', '#ORGNR 232100-0000'), 'latin1');
    await expect(
      importSie(db, actor(), { fileName: 'annan.se', data: new Uint8Array(other) }),
    ).rejects.toThrow(
      /organisation number 232100-0000 .* came from 222000-1234 \(nrf-2026\.se\); nothing was stored/,
    );
    const broken = Buffer.from(
      text.replace('#RAR 0 20260101 20261231', '#RAR 0 20260701 20270630'),
      'latin1',
    );
    await expect(
      importSie(db, actor(), { fileName: 'brutet.se', data: new Uint8Array(broken) }),
    ).rejects.toThrow(
      "the file's financial year 2026-07-01–2027-06-30 overlaps the stored year 2026-01-01–2026-12-31 (nrf-2026.se) with other dates; nothing was stored",
    );
    expect(await counts()).toEqual(before);
  });
});
