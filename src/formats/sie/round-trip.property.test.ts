// Random valid files, written by writeSie and read back by readSie, come back equal.
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Ore } from '../../core/money/money.ts';
import { encodeCp437 } from './cp437.ts';
import { readSie } from './read-sie.ts';
import type { SieBalance, SieFile, SieObjectRef, SieTransaction, SieVoucher } from './types.ts';
import { writeSie } from './write-sie.ts';

// Printable CP437 text, Swedish letters, quotes and backslashes included; no control
// characters, and no backslash at the end (SIE 4B cannot write one there).
const CHARS = [...'abcxyzABC019 -_.,&/"\\åäöÅÄÖéüß£½'];
const text = fc
  .array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 12 })
  .map((cs) => cs.join(''))
  .filter((s) => !s.endsWith('\\'));
const optText = fc.option(text, { nil: null });
const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const ore = fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }).map((n) => n as Ore);
const quantity = fc.option(
  fc
    .tuple(fc.integer({ min: -9999, max: 9999 }), fc.integer({ min: 0, max: 99 }))
    .map(([a, b]) => `${a}.${b}`),
  { nil: null },
);
const account = fc.integer({ min: 1000, max: 8999 }).map(String);
const objectRef: fc.Arbitrary<SieObjectRef> = fc.record({
  dimension: fc.integer({ min: 1, max: 30 }),
  object: text,
});
const yearIndex = fc.constantFrom(0, -1);

const balance: fc.Arbitrary<SieBalance> = fc.record({ yearIndex, account, amount: ore, quantity });

function transaction(kind: SieTransaction['kind'], amount: fc.Arbitrary<Ore>): fc.Arbitrary<SieTransaction> {
  return fc.record({
    kind: fc.constant(kind),
    account,
    objects: fc.array(objectRef, { maxLength: 3 }),
    amount,
    date: fc.option(isoDate, { nil: null }),
    text: optText,
    quantity,
    sign: optText,
  });
}

/** Rows that balance: the last counted row takes the difference; removed rows are free. */
const voucher: fc.Arbitrary<SieVoucher> = fc
  .record({
    series: fc.option(text, { nil: '' }),
    number: fc.integer({ min: 1, max: 99999 }).map(String),
    date: isoDate,
    text: optText,
    registrationDate: fc.option(isoDate, { nil: null }),
    sign: optText,
    line: fc.constant(0),
    rows: fc.array(
      fc.oneof(transaction('normal', ore), transaction('added', ore), transaction('removed', ore)),
      {
        maxLength: 6,
      },
    ),
    last: transaction('normal', fc.constant(0 as Ore)),
  })
  .map(({ rows, last, ...v }) => {
    const sum = rows.filter((t) => t.kind !== 'removed').reduce((s, t) => s + t.amount, 0);
    return { ...v, transactions: [...rows, { ...last, amount: (sum === 0 ? 0 : -sum) as Ore }] };
  });

const sieFile: fc.Arbitrary<SieFile> = fc.record({
  header: fc.record({
    flag: fc.constantFrom(0 as const, 1 as const),
    program: fc.record({ name: text, version: text }),
    format: fc.constant('PC8'),
    encoding: fc.constant('cp437' as const),
    generated: fc.record({ date: isoDate, sign: optText }),
    sieType: fc.constant(4 as const),
    prosa: optText,
    coverageDate: fc.option(isoDate, { nil: null }),
    chartType: optText,
    currency: optText,
  }),
  company: fc.record({
    name: text,
    orgNumber: optText,
    acquisitionNumber: fc.constant(null),
    activityNumber: fc.constant(null),
    companyId: optText,
    companyType: optText,
    sniCode: optText,
    address: fc.option(fc.record({ contact: text, street: text, postal: text, phone: text }), { nil: null }),
    taxYear: fc.option(fc.integer({ min: 1990, max: 2099 }), { nil: null }),
  }),
  financialYears: fc.constant([
    { index: 0, start: '2024-01-01', end: '2024-12-31' },
    { index: -1, start: '2023-01-01', end: '2023-12-31' },
  ]),
  accounts: fc.uniqueArray(
    fc.record({
      number: account,
      name: text,
      type: fc.constantFrom('T' as const, 'S' as const, 'K' as const, 'I' as const, null),
      unit: optText,
      sru: optText,
    }),
    { selector: (a) => a.number, maxLength: 8 },
  ),
  dimensions: fc.uniqueArray(
    fc.record({
      number: fc.integer({ min: 1, max: 30 }),
      name: text,
      parent: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
    }),
    { selector: (d) => d.number, maxLength: 4 },
  ),
  objects: fc.uniqueArray(
    fc.record({ dimension: fc.integer({ min: 1, max: 30 }), number: text, name: text }),
    {
      selector: (o) => `${o.dimension} ${o.number}`,
      maxLength: 5,
    },
  ),
  balances: fc.record({
    opening: fc.array(balance, { maxLength: 4 }),
    closing: fc.array(balance, { maxLength: 4 }),
    results: fc.array(balance, { maxLength: 4 }),
  }),
  objectBalances: fc.record({
    opening: fc.array(fc.record({ yearIndex, account, amount: ore, quantity, object: objectRef }), {
      maxLength: 3,
    }),
    closing: fc.array(fc.record({ yearIndex, account, amount: ore, quantity, object: objectRef }), {
      maxLength: 3,
    }),
  }),
  periodBalances: fc.array(periodBalance(), { maxLength: 4 }),
  periodBudgets: fc.array(periodBalance(), { maxLength: 4 }),
  vouchers: fc.array(voucher, { maxLength: 5 }),
});

function periodBalance() {
  return fc.record({
    yearIndex,
    period: fc
      .tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }))
      .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
    account,
    objects: fc.array(objectRef, { maxLength: 3 }),
    amount: ore,
    quantity,
  });
}

/** The reader numbers vouchers by line; the generator cannot know them. */
const withoutLines = (f: SieFile): SieFile => ({
  ...f,
  vouchers: f.vouchers.map((v) => ({ ...v, line: 0 })),
});

describe('writeSie → readSie', () => {
  it('reads back what was written, with and without #KSUMMA, with CR LF, LF or CR, in any chunks', async () => {
    await fc.assert(
      fc.asyncProperty(
        sieFile,
        fc.boolean(),
        fc.constantFrom('\r\n', '\n', '\r'),
        fc.integer({ min: 1, max: 64 }),
        async (file, checksum, newline, chunkSize) => {
          const bytes = Buffer.from(encodeCp437(writeSie(file, { checksum, newline })));
          // Streamed in chunks of chunkSize bytes: lines and CR LF pairs split anywhere.
          const chunks = Array.from({ length: Math.ceil(bytes.length / chunkSize) }, (_, k) =>
            bytes.subarray(k * chunkSize, (k + 1) * chunkSize),
          );
          const r = await readSie(Readable.from(chunks));
          if (!r.ok) throw new Error(JSON.stringify(r.errors));
          expect(withoutLines(r.value)).toEqual(file);
          expect(r.summary.checksum.status).toBe(checksum ? 'verified' : 'absent');
          expect(r.warnings).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
