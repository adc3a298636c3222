// An import's own partitions (import-tables.ts): named from the import id, loaded bare,
// then keyed and attached — and ATTACH is where a row without its voucher is refused.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testDrivers } from '../testing/test-database.ts';
import type { TestDb } from '../testing/test-database.ts';
import { attachImportTables, createImportTables, importTableNames } from './import-tables.ts';

describe('importTableNames', () => {
  it('uses the id without dashes, and refuses what is not a UUID', () => {
    expect(importTableNames('0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0')).toEqual({
      vouchers: 'vouchers_0f1e2d3c4b5a69788796a5b4c3d2e1f0',
      transactions: 'transactions_0f1e2d3c4b5a69788796a5b4c3d2e1f0',
    });
    expect(() => importTableNames('x"; drop table vouchers; --')).toThrow(/is not a lower-case UUID/);
  });
});

describe.each(testDrivers())('import partitions on %s', (kind) => {
  let db: TestDb;
  let orgId: string;

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

  /** A sie_imports row for the partitions to belong to (the vouchers' foreign key). */
  async function newImport(trx: typeof db.db, year: number): Promise<string> {
    const id = randomUUID();
    await trx
      .insertInto('sie_imports')
      .values({
        id,
        org_id: orgId,
        file_name: 'test.se',
        sha256: '0'.repeat(64),
        byte_size: 1,
        encoding: 'cp437',
        sie_type: 4,
        program: null,
        company_name: null,
        org_number: null,
        year_start: `${year}-01-01`,
        year_end: `${year}-12-31`,
        financial_years: '[]',
        coverage_date: null,
        first_voucher_date: null,
        last_voucher_date: null,
        counts: '{}',
        warnings: '[]',
        warning_count: 0,
        replaced: '[]',
        status: 'current',
        replaced_by: null,
        imported_by: null,
        imported_by_name: 'test',
      })
      .execute();
    return id;
  }

  const voucher = (table: string, seq: number) =>
    sql`insert into ${sql.table(table)} (seq, series, number, date, line) values (${seq}, 'A', ${String(seq)}, '2026-03-01', 1)`;
  const row = (table: string, seq: number, amount: number) =>
    sql`insert into ${sql.table(table)} (voucher_seq, row_no, kind, account, amount_ore, date)
      values (${seq}, 1, 'normal', '4510', ${amount}, '2026-03-01')`;

  it('loads bare tables with the ids as defaults, then attaches them keyed, without the defaults', async () => {
    const importId = await db.db.transaction().execute(async (trx) => {
      const id = await newImport(trx, 2026);
      const names = await createImportTables(trx, { orgId, importId: id });
      await voucher(names.vouchers, 1).execute(trx);
      await row(names.transactions, 1, 125_00).execute(trx);
      const bare = await sql<{ n: number }>`select count(*)::int as n from pg_inherits
        where inhrelid = ${names.transactions}::regclass`.execute(trx);
      expect(bare.rows[0]?.n).toBe(0);
      await attachImportTables(trx, { orgId, importId: id });
      return id;
    });
    const names = importTableNames(importId);
    const read = await sql<{ org_id: string; import_id: string; amount_ore: string }>`
      select org_id, import_id, amount_ore::text from transactions where import_id = ${importId}`.execute(
      db.db,
    );
    expect(read.rows).toEqual([{ org_id: orgId, import_id: importId, amount_ore: '12500' }]);

    const parents = await sql<{ child: string; parent: string }>`
      select c.relname as child, p.relname as parent from pg_inherits i
      join pg_class c on c.oid = i.inhrelid join pg_class p on p.oid = i.inhparent
      where c.relname in (${names.vouchers}, ${names.transactions}) order by 1`.execute(db.db);
    expect(parents.rows).toEqual([
      { child: names.transactions, parent: 'transactions' },
      { child: names.vouchers, parent: 'vouchers' },
    ]);
    // Each partition index belongs to one of the parent's: the keys and the account lookup.
    const indexes = await sql<{ table: string; n: number }>`
      select c.relname as table, count(*)::int as n from pg_index x
      join pg_class c on c.oid = x.indrelid join pg_inherits i on i.inhrelid = x.indexrelid
      where c.relname in (${names.vouchers}, ${names.transactions}) group by 1 order by 1`.execute(db.db);
    expect(indexes.rows).toEqual([
      { table: names.transactions, n: 2 },
      { table: names.vouchers, n: 1 },
    ]);
    const defaults = await sql<{ n: number }>`select count(*)::int as n from information_schema.columns
      where table_schema = current_schema() and table_name in (${names.vouchers}, ${names.transactions})
      and column_default is not null`.execute(db.db);
    expect(defaults.rows[0]?.n).toBe(0);
  });

  it('refuses to attach a row whose voucher is missing, and the transaction leaves no table', async () => {
    let names = { vouchers: '', transactions: '' };
    const attaching = db.db.transaction().execute(async (trx) => {
      const id = await newImport(trx, 2027);
      names = await createImportTables(trx, { orgId, importId: id });
      await voucher(names.vouchers, 1).execute(trx);
      await row(names.transactions, 2, 1).execute(trx);
      await attachImportTables(trx, { orgId, importId: id });
    });
    await expect(attaching).rejects.toThrow(/transactions_voucher_fkey/);
    const left = await sql<{ n: number }>`select count(*)::int as n from pg_tables
      where schemaname = current_schema() and tablename in (${names.vouchers}, ${names.transactions})`.execute(
      db.db,
    );
    expect(left.rows[0]?.n).toBe(0);
  });
});
