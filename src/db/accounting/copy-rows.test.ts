// COPY's text format: every awkward text and integer comes back as it went, and a COPY
// belongs to its transaction (a failure after it stores nothing). Server only: PGlite has
// no copyTransaction and stores by INSERT batches (batches.test.ts).
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testDrivers } from '../testing/test-database.ts';
import type { TestDb } from '../testing/test-database.ts';
import type { Cell } from './batches.ts';
import { CopyLane, CopyWriter, copyField } from './copy-rows.ts';

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

describe('CopyLane', () => {
  /** A fake connection: records each COPY and finishes it when told to. */
  function connection() {
    const started: string[] = [];
    const finish: (() => void)[] = [];
    const copyIn = (statement: string) =>
      new Promise<number>((resolve, reject) => {
        started.push(statement);
        finish.push(() =>
          statement.includes('bad') ? reject(new Error(`${statement} failed`)) : resolve(1),
        );
      });
    const settle = async () => {
      await new Promise((r) => setTimeout(r, 0));
      finish.shift()?.();
      await new Promise((r) => setTimeout(r, 0));
    };
    return { started, copyIn, settle };
  }

  it('runs one COPY at a time in order, and holds the caller once two are queued', async () => {
    const c = connection();
    const lane = new CopyLane(c.copyIn);
    const done: string[] = [];
    await lane.load('a', [], () => done.push('a'));
    await lane.load('b', [], () => done.push('b'));
    let third = false;
    const queued = lane.load('c', [], () => done.push('c')).then(() => (third = true));
    await new Promise((r) => setTimeout(r, 0));
    expect(c.started).toEqual(['a']); // b waits for a: one connection, one COPY
    expect(third).toBe(false); // a, b and c queued: the reader waits
    await c.settle();
    await queued;
    expect(third).toBe(true);
    expect(c.started).toEqual(['a', 'b']);
    await c.settle();
    await c.settle();
    await lane.drain();
    expect(done).toEqual(['a', 'b', 'c']);
  });

  it('stops at the first failure: nothing after it is sent, and drain throws it', async () => {
    const c = connection();
    const lane = new CopyLane(c.copyIn);
    await lane.load('bad', [], () => undefined);
    await lane.load('after', [], () => undefined);
    await c.settle();
    await expect(lane.drain()).rejects.toThrow('bad failed');
    expect(c.started).toEqual(['bad']);
    await expect(lane.load('later', [], () => undefined)).rejects.toThrow('bad failed');
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

  it('loads rows written across many chunks, multi-byte texts and a line larger than a chunk intact', async () => {
    await sql`delete from copy_probe`.execute(db.db);
    const long = 'å'.repeat(700_000); // 1,4 MB in UTF-8: more than one chunk by itself
    const rows: Cell[][] = Array.from({ length: 40_000 }, (_, i) => [
      i,
      i === 20_000 ? long : `Lön Umeå € ${i}\t`,
      -i - 1,
    ]);
    let written = 0;
    await db.copyTransaction!(async (_trx, copyIn) => {
      const lane = new CopyLane(copyIn);
      const writer = new CopyWriter(
        lane,
        'copy_probe',
        [
          { name: 'i', type: 'integer' },
          { name: 't', type: 'text' },
          { name: 'n', type: 'bigint' },
        ],
        { batchRows: 15_000, onWritten: (n) => (written += n) },
      );
      for (const row of rows) await writer.add(row);
      await writer.flush();
      await lane.drain();
    });
    expect(written).toBe(rows.length);
    const back = await sql<{
      i: number;
      t: string;
      n: number;
    }>`select i, t, n from copy_probe order by i`.execute(db.db);
    expect(back.rows.map((r) => [r.i, r.t, r.n])).toEqual(rows);
  });
});
