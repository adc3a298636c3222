// The array literals rows travel in: every awkward text comes back as it went, on both drivers.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testDrivers } from '../testing/test-database.ts';
import type { TestDb } from '../testing/test-database.ts';
import { arrayLiteral } from './batches.ts';

const TEXTS = [
  'plain',
  '',
  'NULL',
  'a "quoted" word',
  'back\\slash',
  'trail\\',
  '{braces}',
  'a,b',
  ' spaced ',
  'Lön Umeå €',
  null,
];

describe('arrayLiteral', () => {
  it('quotes texts, escapes " and \\, and writes null as NULL', () => {
    expect(arrayLiteral(['a"b', 'c\\d', null, 12, -3])).toBe('{"a\\"b","c\\\\d",NULL,12,-3}');
  });
});

describe.each(testDrivers())('array literals on %s', (kind) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(async () => db.dispose());

  it('round-trips texts and integers', async () => {
    const texts = await sql<{
      t: string | null;
    }>`select t from unnest(${arrayLiteral(TEXTS)}::text::text[]) as t`.execute(db.db);
    expect(texts.rows.map((r) => r.t)).toEqual(TEXTS);
    const ints = [0, -1, 9_007_199_254_740_991, -9_007_199_254_740_991, null];
    const back = await sql<{
      n: number | null;
    }>`select n from unnest(${arrayLiteral(ints)}::text::bigint[]) as n`.execute(db.db);
    expect(back.rows.map((r) => r.n)).toEqual(ints);
  });
});
