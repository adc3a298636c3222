// COPY's text format: every awkward text and integer comes back as it went, and a COPY
// belongs to its transaction (a failure after it stores nothing). Server only: PGlite has
// no copyTransaction and stores by INSERT batches (batches.test.ts).
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testDrivers } from '../testing/test-database.ts';
import type { TestDb } from '../testing/test-database.ts';
import type { Cell } from './batches.ts';
import { copyField } from './copy-rows.ts';

const TEXTS = [
  'plain',
  '',
  '\\N',
  'tab\there',
  'new\nline',
  'cr\rlf\r\n',
  'back\\slash',
  'trail\\',
  '\\.',
  'Lön Umeå €',
  null,
];
const INTS = [0, -1, 9_007_199_254_740_991, -9_007_199_254_740_991, null];

const line = (cells: readonly Cell[]) => cells.map(copyField).join('\t') + '\n';

describe('copyField', () => {
  it('escapes backslash, tab, newline and CR, and writes null as \\N', () => {
    expect(['a\tb', 'c\nd\re', 'f\\g', null, 12, -3].map((c) => copyField(c))).toEqual([
      'a\\tb',
      'c\\nd\\re',
      'f\\\\g',
      '\\N',
      '12',
      '-3',
    ]);
  });
});

describe.each(testDrivers().filter((k) => k === 'postgres'))('COPY on %s', (kind) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await openTestDatabase(kind, { migrated: false });
    await sql`create table copy_probe (i integer, t text, n bigint)`.execute(db.db);
  });
  afterAll(async () => db.dispose());
  const copy = 'copy copy_probe (i, t, n) from stdin';

  it('round-trips texts and bigints inside the transaction', async () => {
    const rows = TEXTS.map((t, i): Cell[] => [i, t, INTS[i % INTS.length] ?? null]);
    const loaded = await db.copyTransaction!(async (_trx, copyIn) => copyIn(copy, rows.map(line)));
    expect(loaded).toBe(rows.length);
    const back = await sql<{ i: number; t: string | null; n: number | null }>`
      select i, t, n from copy_probe order by i`.execute(db.db);
    expect(back.rows.map((r) => [r.i, r.t, r.n])).toEqual(rows);
  });

  it('stores nothing when the transaction fails after its COPY', async () => {
    await sql`delete from copy_probe`.execute(db.db);
    const failing = db.copyTransaction!(async (trx, copyIn) => {
      await copyIn(copy, [line([1, 'kept?', 2])]);
      const n = await sql<{ n: number }>`select count(*)::int as n from copy_probe`.execute(trx);
      expect(n.rows[0]?.n).toBe(1);
      throw new Error('disk full');
    });
    await expect(failing).rejects.toThrow('disk full');
    const n = await sql<{ n: number }>`select count(*)::int as n from copy_probe`.execute(db.db);
    expect(n.rows[0]?.n).toBe(0);
  });

  it('reports a malformed COPY line as an error, and the connection stays usable', async () => {
    const bad = db.copyTransaction!(async (_trx, copyIn) => copyIn(copy, ['not-a-number\tx\t1\n']));
    await expect(bad).rejects.toThrow(/integer/);
    const ok = await db.copyTransaction!(async (_trx, copyIn) => copyIn(copy, [line([7, 'after', 8])]));
    expect(ok).toBe(1);
  });
});
