// Migration 0006 partitions vouchers and transactions by SIE import. Rows written at
// version 5 must come through unchanged, each in its import's partition, under the same
// columns, keys and names the code (and the importer's ATTACH) relies on.
import { sql } from 'kysely';
import type { RawBuilder } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from './migrate.ts';
import type { Db } from './open.ts';
import { openTestDatabase, testDrivers } from './testing/test-database.ts';
import type { TestDb } from './testing/test-database.ts';

const ORG = '0a000000-0000-4000-8000-000000000001';
const IMPORT_A = '1a000000-0000-4000-8000-00000000000a';
const IMPORT_B = '1b000000-0000-4000-8000-00000000000b';

type Row = Record<string, unknown>;

async function rows(db: Db, query: RawBuilder<Row>): Promise<Row[]> {
  return (await query.execute(db.db)).rows;
}

/** What must not change: the two tables' columns, constraints, indexes and rows. */
async function snapshot(db: Db): Promise<Record<string, Row[]>> {
  return {
    columns: await rows(
      db,
      sql<Row>`select table_name, ordinal_position, column_name, data_type, is_nullable, column_default
        from information_schema.columns
        where table_schema = current_schema() and table_name in ('vouchers', 'transactions')
        order by table_name, ordinal_position`,
    ),
    // conparentid = 0 leaves out the per-partition copies PostgreSQL keeps of a foreign key.
    constraints: await rows(
      db,
      sql<Row>`select conrelid::regclass::text as table_name, conname, pg_get_constraintdef(oid) as definition
        from pg_constraint
        where conrelid in ('vouchers'::regclass, 'transactions'::regclass) and conparentid = 0
        order by 1, 2`,
    ),
    // A partitioned table's index reads "on only <table>": the same index for our purpose.
    indexes: await rows(
      db,
      sql<Row>`select c.relname, replace(pg_get_indexdef(i.indexrelid), ' ON ONLY ', ' ON ') as definition
        from pg_index i join pg_class c on c.oid = i.indexrelid
        where i.indrelid in ('vouchers'::regclass, 'transactions'::regclass)
        order by 1`,
    ),
    vouchers: await rows(db, sql<Row>`select * from vouchers order by import_id, seq`),
    transactions: await rows(
      db,
      sql<Row>`select * from transactions order by import_id, voucher_seq, row_no`,
    ),
  };
}

/**
 * Version 5's snapshot as version 6 means it: everything equal except the vouchers' keys,
 * where the primary key (org_id, import_id, seq) replaces the primary key (import_id, seq),
 * the unique key vouchers_org_import_seq and the index vouchers_number.
 */
function version6(v5: Record<string, Row[]>): Record<string, Row[]> {
  const gone = new Set(['vouchers_org_import_seq', 'vouchers_number']);
  const pkey = (definition: string) =>
    definition
      .replace('PRIMARY KEY (import_id, seq)', 'PRIMARY KEY (org_id, import_id, seq)')
      .replace('btree (import_id, seq)', 'btree (org_id, import_id, seq)');
  return {
    ...v5,
    constraints: (v5.constraints ?? [])
      .filter((c) => !gone.has(String(c.conname)))
      .map((c) => (c.conname === 'vouchers_pkey' ? { ...c, definition: pkey(String(c.definition)) } : c)),
    indexes: (v5.indexes ?? [])
      .filter((i) => !gone.has(String(i.relname)))
      .map((i) => (i.relname === 'vouchers_pkey' ? { ...i, definition: pkey(String(i.definition)) } : i)),
  };
}

/** An organisation with two imports of different years, each with its vouchers and rows. */
async function insertVersion5Data(db: Db): Promise<void> {
  await sql`insert into organisations (id, code, name, kind)
    values (${ORG}, 'NRF', 'Norra sjukvårdsregionförbundet', 'federation')`.execute(db.db);
  await sql`insert into sie_imports (id, org_id, file_name, sha256, byte_size, encoding, year_start, year_end,
      financial_years, counts, warnings, warning_count, status, imported_by_name)
    values
      (${IMPORT_A}::uuid, ${ORG}::uuid, 'nrf-2025.se', 'aa', 1200, 'cp437', '2025-01-01', '2025-12-31',
        '[{"index": 0, "start": "2025-01-01", "end": "2025-12-31"}]', '{}', '[]', 0, 'current', 'Anna'),
      (${IMPORT_B}::uuid, ${ORG}::uuid, 'nrf-2026.se', 'bb', 3400, 'cp437', '2026-01-01', '2026-12-31',
        '[{"index": 0, "start": "2026-01-01", "end": "2026-12-31"}]', '{}', '[]', 0, 'current', 'Anna')`.execute(
    db.db,
  );
  // The same seq in both imports: the keys are per import.
  await sql`insert into vouchers (org_id, import_id, seq, series, number, date, text, registered_on, sign, line)
    values
      (${ORG}::uuid, ${IMPORT_A}::uuid, 1, 'A', '1', '2025-01-10', 'Hyra januari', '2025-01-12', 'EK', 12),
      (${ORG}::uuid, ${IMPORT_A}::uuid, 2, 'B', '7', '2025-02-01', null, null, null, 20),
      (${ORG}::uuid, ${IMPORT_B}::uuid, 1, 'A', '1', '2026-01-09', 'Hyra', null, 'AB', 8),
      (${ORG}::uuid, ${IMPORT_B}::uuid, 2, 'A', '2', '2026-03-31', 'Lön mars', '2026-04-02', null, 15),
      (${ORG}::uuid, ${IMPORT_B}::uuid, 3, 'C', '1', '2026-12-31', null, null, null, 30)`.execute(db.db);
  await sql`insert into transactions (org_id, import_id, voucher_seq, row_no, kind, account, objects, amount_ore,
      date, trans_date, text, quantity, sign)
    values
      (${ORG}::uuid, ${IMPORT_A}::uuid, 1, 1, 'normal', '5010', '[{"dimension": 1, "object": "10"}]', 1250000,
        '2025-01-10', null, null, null, null),
      (${ORG}::uuid, ${IMPORT_A}::uuid, 1, 2, 'normal', '1930', null, -1250000, '2025-01-10', null, 'Bank', null, null),
      (${ORG}::uuid, ${IMPORT_A}::uuid, 2, 1, 'added', '6110', null, 123456789012, '2025-02-03', '2025-02-03',
        'Tillagd', 2.5, 'EK'),
      (${ORG}::uuid, ${IMPORT_A}::uuid, 2, 2, 'removed', '6110', null, -5, '2025-02-01', null, null, null, null),
      (${ORG}::uuid, ${IMPORT_B}::uuid, 1, 1, 'normal', '5010', null, 990000, '2026-01-09', null, null, null, null),
      (${ORG}::uuid, ${IMPORT_B}::uuid, 2, 1, 'normal', '7010', '[]', -123456789012, '2026-03-31', null, null,
        '-1.25', null),
      (${ORG}::uuid, ${IMPORT_B}::uuid, 3, 1, 'normal', '8999', null, 0, '2026-12-31', null, null, null, null)`.execute(
    db.db,
  );
}

describe.each(testDrivers())('migration 0006 (import partitions) on %s', (kind) => {
  let db: TestDb;
  let before: Record<string, Row[]>;

  beforeAll(async () => {
    db = await openTestDatabase(kind, { migrated: false });
    await migrate(db, loadMigrations().slice(0, 5));
    await insertVersion5Data(db);
    before = await snapshot(db);
    // Exactly version 6: later migrations may change these tables on purpose.
    expect(await migrate(db, loadMigrations().slice(0, 6))).toEqual([6]);
  });

  afterAll(async () => {
    await db.dispose();
  });

  it('keeps every row with equal values, and the columns, constraints and indexes by name', async () => {
    expect(before.vouchers).toHaveLength(5);
    expect(before.transactions).toHaveLength(7);
    expect(await snapshot(db)).toEqual(version6(before));
  });

  it('partitions both tables by import_id, each import in the partition named by its id', async () => {
    const parents = await rows(
      db,
      sql<Row>`select c.relname, c.relkind, pg_get_partkeydef(c.oid) as key
        from pg_class c join pg_partitioned_table p on p.partrelid = c.oid
        where c.oid in ('vouchers'::regclass, 'transactions'::regclass)
        order by 1`,
    );
    expect(parents).toEqual([
      { relname: 'transactions', relkind: 'p', key: 'LIST (import_id)' },
      { relname: 'vouchers', relkind: 'p', key: 'LIST (import_id)' },
    ]);

    const partitions = await rows(
      db,
      sql<Row>`select i.inhparent::regclass::text as parent, c.relname, pg_get_expr(c.relpartbound, c.oid) as bound
        from pg_inherits i join pg_class c on c.oid = i.inhrelid
        where i.inhparent in ('vouchers'::regclass, 'transactions'::regclass)
        order by 1, 2`,
    );
    expect(partitions).toEqual([
      {
        parent: 'transactions',
        relname: 'transactions_1a00000000004000800000000000000a',
        bound: `FOR VALUES IN ('${IMPORT_A}')`,
      },
      {
        parent: 'transactions',
        relname: 'transactions_1b00000000004000800000000000000b',
        bound: `FOR VALUES IN ('${IMPORT_B}')`,
      },
      {
        parent: 'vouchers',
        relname: 'vouchers_1a00000000004000800000000000000a',
        bound: `FOR VALUES IN ('${IMPORT_A}')`,
      },
      {
        parent: 'vouchers',
        relname: 'vouchers_1b00000000004000800000000000000b',
        bound: `FOR VALUES IN ('${IMPORT_B}')`,
      },
    ]);

    const placed = await rows(
      db,
      sql<Row>`select 'vouchers' as parent, tableoid::regclass::text as partition, import_id, count(*)::int as n
          from vouchers group by 2, 3
        union all
        select 'transactions', tableoid::regclass::text, import_id, count(*)::int
          from transactions group by 2, 3
        order by 1, 2`,
    );
    expect(placed).toEqual([
      {
        parent: 'transactions',
        partition: 'transactions_1a00000000004000800000000000000a',
        import_id: IMPORT_A,
        n: 4,
      },
      {
        parent: 'transactions',
        partition: 'transactions_1b00000000004000800000000000000b',
        import_id: IMPORT_B,
        n: 3,
      },
      {
        parent: 'vouchers',
        partition: 'vouchers_1a00000000004000800000000000000a',
        import_id: IMPORT_A,
        n: 2,
      },
      {
        parent: 'vouchers',
        partition: 'vouchers_1b00000000004000800000000000000b',
        import_id: IMPORT_B,
        n: 3,
      },
    ]);
  });

  it('still refuses a row without its voucher, a bad kind, and an import without a partition', async () => {
    // Import A has a partition, so only the foreign key can refuse voucher 99.
    await expect(
      sql`insert into transactions (org_id, import_id, voucher_seq, row_no, kind, account, amount_ore, date)
        values (${ORG}::uuid, ${IMPORT_A}::uuid, 99, 1, 'normal', '1930', 1, '2025-01-10')`.execute(db.db),
    ).rejects.toThrow(/violates foreign key constraint "transactions_voucher_fkey"/);
    await expect(
      sql`insert into transactions (org_id, import_id, voucher_seq, row_no, kind, account, amount_ore, date)
        values (${ORG}::uuid, ${IMPORT_A}::uuid, 1, 99, 'bogus', '1930', 1, '2025-01-10')`.execute(db.db),
    ).rejects.toThrow(/violates check constraint "transactions_kind_check"/);
    await expect(
      sql`insert into vouchers (org_id, import_id, seq, series, number, date, line)
        values (${ORG}::uuid, '1c000000-0000-4000-8000-00000000000c'::uuid, 1, 'A', '1', '2027-01-01', 1)`.execute(
        db.db,
      ),
    ).rejects.toThrow(/no partition of relation "vouchers" found for row/);
    const counts = await rows(
      db,
      sql<Row>`select (select count(*)::int from vouchers) as vouchers, (select count(*)::int from transactions) as transactions`,
    );
    expect(counts).toEqual([{ vouchers: 5, transactions: 7 }]);
  });
});

describe.each(testDrivers())('a new database at the latest version on %s', (kind) => {
  it('has partitioned vouchers and transactions without any partition', async () => {
    const db = await openTestDatabase(kind);
    try {
      const tables = await rows(
        db,
        sql<Row>`select c.relname, c.relkind,
            (select count(*)::int from pg_inherits i where i.inhparent = c.oid) as partitions
          from pg_class c
          where c.oid in ('vouchers'::regclass, 'transactions'::regclass)
          order by 1`,
      );
      expect(tables).toEqual([
        { relname: 'transactions', relkind: 'p', partitions: 0 },
        { relname: 'vouchers', relkind: 'p', partitions: 0 },
      ]);
    } finally {
      await db.dispose();
    }
  });
});
