// Fixtures written by hand from SIE 4B (fixtures/README.md says how the encoded ones were made);
// every expected figure below is read off the fixture by hand.
import { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readSie, streamSie, validateSie } from './read-sie.ts';
import type { SieStreamItem } from './read-sie.ts';
import type { SieFile, SieResult } from './types.ts';
import { fixture } from './testing.ts';

async function ok(name: string): Promise<Extract<SieResult<SieFile>, { ok: true }>> {
  const r = await readSie(fixture(name));
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.errors)}`);
  return r;
}

async function errorsOf(name: string) {
  const r = await readSie(fixture(name));
  expect(r.ok).toBe(false);
  expect('value' in r).toBe(false); // all or nothing: no partial data
  return r.ok
    ? []
    : r.errors.map((e) => ({ line: e.line, column: e.column, text: e.text, message: e.message }));
}

describe('readSie: every record type of SIE 4B (type4-all-records.se)', () => {
  it('reads identification, company and financial years', async () => {
    const { value, warnings } = await ok('ok/type4-all-records.se');
    expect(warnings).toEqual([]);
    expect(value.header).toMatchObject({
      flag: 0,
      program: { name: 'Planvis test', version: '1.0' },
      format: 'PC8',
      encoding: 'cp437',
      generated: { date: '2025-01-10', sign: 'AB' },
      sieType: 4,
      prosa: 'Alla posttyper i SIE 4B',
      coverageDate: '2024-12-31',
      chartType: 'Kommun-Bas',
      currency: 'SEK',
    });
    expect(value.company).toEqual({
      name: 'Norra sjukvardsregionforbundet',
      orgNumber: '222000-1234',
      acquisitionNumber: '1',
      activityNumber: '2',
      companyId: 'NRF01',
      companyType: 'KOMF',
      sniCode: null,
      address: { contact: 'Kansliet', street: 'Box 1', postal: '901 00 Umea', phone: '090-123 45' },
      taxYear: 2025,
    });
    expect(value.financialYears).toEqual([
      { index: 0, start: '2024-01-01', end: '2024-12-31' },
      { index: -1, start: '2023-01-01', end: '2023-12-31' },
    ]);
  });

  it('reads the chart of accounts, dimensions and objects', async () => {
    const { value } = await ok('ok/type4-all-records.se');
    expect(value.accounts).toEqual([
      { number: '1930', name: 'Bank', type: 'T', unit: null, sru: '7281' },
      { number: '3010', name: 'Medlemsbidrag', type: 'I', unit: null, sru: null },
      { number: '4010', name: 'Lon', type: 'K', unit: 'timmar', sru: null },
      { number: '2990', name: 'Upplupna kostnader', type: 'S', unit: null, sru: null },
    ]);
    expect(value.dimensions).toEqual([
      { number: 1, name: 'Kostnadsstalle', parent: null },
      { number: 6, name: 'Projekt', parent: null },
      { number: 21, name: 'Avdelning', parent: 1 },
    ]);
    expect(value.objects).toEqual([
      { dimension: 1, number: '100', name: 'Kansli' },
      { dimension: 6, number: '1118', name: 'RCC Norr' },
    ]);
  });

  it('reads balances, results, object balances, period balances and budgets in öre', async () => {
    const { value } = await ok('ok/type4-all-records.se');
    expect(value.balances.opening).toEqual([
      { yearIndex: 0, account: '1930', amount: 150_000_000, quantity: null },
      { yearIndex: -1, account: '1930', amount: 100_000_000, quantity: null },
    ]);
    expect(value.balances.closing[0]).toEqual({
      yearIndex: 0,
      account: '1930',
      amount: 123_456_789,
      quantity: null,
    });
    expect(value.balances.results).toEqual([
      { yearIndex: 0, account: '3010', amount: -1_027_900_000, quantity: null },
      { yearIndex: 0, account: '4010', amount: 500_000_050, quantity: '120.5' },
    ]);
    const object = { dimension: 1, object: '100' };
    expect(value.objectBalances.opening).toEqual([
      { yearIndex: 0, account: '1930', object, amount: 150_000_000, quantity: null },
    ]);
    expect(value.objectBalances.closing[0]?.amount).toBe(123_456_789);
    expect(value.periodBalances).toEqual([
      { yearIndex: 0, period: '2024-01', account: '4010', objects: [], amount: 41_000_025, quantity: null },
      {
        yearIndex: 0,
        period: '2024-01',
        account: '4010',
        objects: [object, { dimension: 6, object: '1118' }],
        amount: 10_000_000,
        quantity: '10',
      },
    ]);
    expect(value.periodBudgets).toEqual([
      { yearIndex: 0, period: '2024-01', account: '4010', objects: [], amount: 42_000_000, quantity: null },
    ]);
  });

  it('reads vouchers with their rows, optional fields and object lists', async () => {
    const { value, summary } = await ok('ok/type4-all-records.se');
    expect(value.vouchers).toHaveLength(2);
    expect(value.vouchers[0]).toEqual({
      series: 'A',
      number: '1',
      date: '2024-01-15',
      text: 'Medlemsbidrag Q1',
      registrationDate: '2024-01-16',
      sign: 'AB',
      line: 44,
      transactions: [
        {
          kind: 'normal',
          account: '1930',
          objects: [],
          amount: 256_975_000,
          date: '2024-01-15',
          text: 'RVN',
          quantity: null,
          sign: null,
        },
        {
          kind: 'normal',
          account: '3010',
          objects: [
            { dimension: 1, object: '100' },
            { dimension: 6, object: '1118' },
          ],
          amount: -256_975_000,
          date: null,
          text: null,
          quantity: null,
          sign: null,
        },
      ],
    });
    // #TRANS 4010 {1 "100"} 410000.25 "" "" 160 "AB": empty date and text left out.
    expect(value.vouchers[1]?.transactions[0]).toMatchObject({
      amount: 41_000_025,
      date: null,
      text: null,
      quantity: '160',
      sign: 'AB',
    });
    expect(summary.counts).toMatchObject({
      lines: 53,
      accounts: 4,
      vouchers: 2,
      transRows: 4,
      transactions: 4,
    });
    expect(summary.voucherDates).toEqual({ first: '2024-01-15', last: '2024-01-31' });
  });
});

describe('readSie: real-world files', () => {
  const swedish = ['Löner', 'Köpt vård Åre, Älvsbyn, Örnsköldsvik'];
  it('decodes a true PC8 (CP437) file without a warning', async () => {
    const { value, warnings } = await ok('ok/pc8-cp437.se');
    expect(value.accounts.map((a) => a.name).slice(0, 2)).toEqual(swedish);
    expect(value.company.name).toBe('Norra sjukvårdsregionförbundet');
    expect(warnings).toEqual([]);
  });
  it('reads UTF-8 bytes labelled PC8 as UTF-8, and says so', async () => {
    const { value, warnings } = await ok('ok/pc8-label-utf8.se');
    expect(value.header.encoding).toBe('utf-8');
    expect(value.accounts.map((a) => a.name).slice(0, 2)).toEqual(swedish);
    expect(value.vouchers[0]?.text).toBe('Köpt vård, Umeå');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ line: 3, text: '#FORMAT PC8' });
    expect(warnings[0]?.message).toMatch(/#FORMAT says PC8 .* read as UTF-8/);
  });
  it('reads ISO-8859-15 bytes labelled PC8 as ISO-8859-15, € included, and says so', async () => {
    const { value, warnings } = await ok('ok/pc8-label-latin9.se');
    expect(value.header.encoding).toBe('iso-8859-15');
    expect(value.accounts.map((a) => a.name)).toEqual([...swedish, 'Bank (avgift 5 €)']);
    expect(warnings[0]?.message).toMatch(/read as ISO-8859-15/);
  });
  it('unescapes \\" in quoted fields', async () => {
    const { value } = await ok('ok/escaped-quotes.se');
    expect(value.company.name).toBe('Bolaget "Norr" AB');
    expect(value.accounts[0]?.name).toBe('Bank "Huvudkonto"');
    expect(value.vouchers[0]?.text).toBe('Faktura "Papper & Penna" nr 7');
    expect(value.vouchers[0]?.transactions[0]?.text).toBe('Sa "hej"');
  });
  it('accepts an empty voucher series and number (type 4I) and warns about a voucher without rows', async () => {
    const { value, warnings } = await ok('ok/empty-series.se');
    expect(value.vouchers.map((v) => [v.series, v.number, v.transactions.length])).toEqual([
      ['', '', 2],
      ['B', '7', 0],
    ]);
    expect(warnings.map((w) => [w.line, w.message])).toEqual([[15, 'voucher B 7 has no rows']]);
  });
  it('reads a file for part of a year: coverage date and eight months of period balances', async () => {
    const { value } = await ok('ok/part-of-year.se');
    expect(value.header.coverageDate).toBe('2024-08-31');
    expect(value.periodBalances.map((p) => p.period)).toEqual(
      ['01', '02', '03', '04', '05', '06', '07', '08'].map((m) => `2024-${m}`),
    );
    // 8 × 11 000.00 kr = 88 000.00 kr, the #RES of 4010.
    expect(value.periodBalances.reduce((s, p) => s + p.amount, 0)).toBe(8_800_000);
    expect(value.balances.results[0]?.amount).toBe(8_800_000);
    expect(value.periodBudgets[0]).toMatchObject({ period: '2024-09', amount: 1_200_000 });
  });
  it('reads a type 3 file with balances only', async () => {
    const { value, summary } = await ok('ok/type3-balances-only.se');
    expect(value.header.sieType).toBe(3);
    expect(value.vouchers).toEqual([]);
    expect(summary.counts).toMatchObject({ balances: 8, objectBalances: 2, vouchers: 0 });
    expect(value.balances.results.map((r) => [r.yearIndex, r.amount])).toEqual([
      [0, -25_000_000],
      [-1, -10_000_000],
    ]);
  });
  it('reads a file with no vouchers', async () => {
    const { value, summary } = await ok('ok/no-vouchers.se');
    expect(value.header.flag).toBe(1);
    expect(value.company.orgNumber).toBe('555555-5555');
    expect(summary.voucherDates).toBeNull();
    expect(summary.counts.transRows).toBe(0);
  });
  it('reads CR-only and CR LF line ends like LF', async () => {
    const cr = await ok('ok/cr-only.se');
    const lf = await ok('ok/no-vouchers.se');
    expect(cr.value).toEqual(lf.value);
    expect(cr.summary.counts.lines).toBe(10);
    const crlf = await ok('ok/crlf.se');
    expect(crlf.value).toEqual((await ok('ok/rtrans-btrans.se')).value);
  });
  it('keeps #BTRANS out of the balance and does not count the #TRANS mirroring an #RTRANS', async () => {
    const { value, summary, warnings } = await ok('ok/rtrans-btrans.se');
    const rows = value.vouchers[0]?.transactions ?? [];
    expect(rows.map((t) => [t.kind, t.account, t.amount])).toEqual([
      ['normal', '1930', -100_000],
      ['removed', '6110', 100_000],
      ['added', '4010', 100_000],
    ]);
    expect(rows[2]).toMatchObject({ date: '2024-02-22', text: 'Ratt konto', quantity: '0', sign: 'KL' });
    expect(summary.counts).toMatchObject({ transRows: 4, transactions: 3 });
    expect(warnings).toEqual([]);
  });
  it('keeps unknown records as warnings', async () => {
    const { value, warnings, summary } = await ok('ok/unknown-record.se');
    expect(value.accounts.map((a) => a.number)).toEqual(['1930', '3010']);
    expect(summary.counts.unknownRecords).toBe(1);
    expect(warnings).toEqual([
      {
        line: 9,
        column: 1,
        text: '#NYPOST 1 2 "en post som SIE 4B inte har"',
        message: 'unknown record #NYPOST skipped',
      },
    ]);
  });
  it('warns about records after the closing #KSUMMA and balances of an undeclared year', async () => {
    // 2743480065: zlib.crc32 of "#RAR02024010120241231", the one record between the two #KSUMMA.
    const text = '#KSUMMA\r\n#RAR 0 20240101 20241231\r\n#KSUMMA 2743480065\r\n#IB -1 1930 5\r\n';
    const r = await readSie(Buffer.from(text));
    expect(r.ok).toBe(true);
    expect(r.summary.checksum.value).toBe(2_743_480_065);
    expect(r.warnings.map((w) => [w.line, w.message])).toEqual([
      [4, 'records after the closing #KSUMMA are not covered by the checksum'],
      [4, 'year index -1 has no #RAR record'],
      [4, 'records SIE 4B requires are missing: #FLAGGA, #PROGRAM, #FORMAT, #GEN, #FNAMN'],
    ]);
  });
  it('verifies #KSUMMA (worked example: CRC-32 of the hand-joined field contents is 2503216330)', async () => {
    const { summary } = await ok('ok/ksumma.se');
    expect(summary.checksum).toEqual({ status: 'verified', value: 2_503_216_330 });
  });
  it('verifies #KSUMMA over records longer than its buffer and with escaped quotes, in any chunks', async () => {
    // The tokenizer copies each line's content into the checksum's 16 KiB of room (checksum.ts):
    // longer lines are summed field by field instead.
    const long = 'x'.repeat(70_000);
    const escaped = 'a\\"b'.repeat(5_000);
    const records = [`#PROSA "${long}"`, `#FNAMN "${escaped}"`, '#FLAGGA 0', '#FTYP "AB \\"x\\""'];
    const content = `#PROSA${long}#FNAMN${escaped.replaceAll('\\"', '"')}#FLAGGA0#FTYPAB "x"`;
    const sum = crc32(Buffer.from(content));
    const bytes = Buffer.from(['#KSUMMA', ...records, `#KSUMMA ${sum}`, ''].join('\r\n'));
    for (const size of [bytes.length, 4096, 7]) {
      const chunks = Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) =>
        bytes.subarray(i * size, (i + 1) * size),
      );
      const r = await readSie(Readable.from(chunks));
      expect(r.summary.checksum).toEqual({ status: 'verified', value: sum });
    }
  });
});

describe('readSie: broken files give errors with line, column and text, and no data', () => {
  it('names an unbalanced voucher, its line and the difference', async () => {
    expect(await errorsOf('not-ok/unbalanced.se')).toEqual([
      {
        line: 15,
        column: 1,
        text: '#VER B 12 20240106 "Stammer inte"',
        message: 'voucher B 12 does not balance: its #TRANS rows sum to 0.10, not 0.00',
      },
    ]);
  });
  it('reports a truncated file: a voucher without its closing brace', async () => {
    const errors = await errorsOf('not-ok/truncated.se');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 15, column: 1, text: '#VER A 2 20240106 "Avbruten"' });
    expect(errors[0]?.message).toMatch(/file ends \(line 18\) inside voucher A 2 .*"}" is missing/);
  });
  it('reports a voucher left open before the next record', async () => {
    const text = '#VER A 1 20240101\n{\n#TRANS 1930 {} 1\n#TRANS 3010 {} -1\n#VER A 2 20240102\n{\n}\n';
    const r = await readSie(Buffer.from(text));
    expect(r.ok ? [] : r.errors.map((e) => [e.line, e.message])).toEqual([
      [5, 'voucher A 1 (line 1) is not closed with "}" before #VER; the file may be truncated'],
    ]);
  });
  it('reports bad amounts, dates, periods, labels and quotes where they are', async () => {
    const errors = await errorsOf('not-ok/bad-values.se');
    expect(errors.map((e) => [e.line, e.column, e.text])).toEqual([
      [10, 12, '100.505'],
      [11, 12, '1,50'],
      [12, 10, '20240230'],
      [17, 1, 'KONTO'],
      [18, 13, '"inte stangd'],
      [19, 11, '202413'],
    ]);
    expect(errors[0]?.message).toMatch(/more than 2 decimals/);
    expect(errors[2]?.message).toMatch(/no day 30 in 2024-02/);
    expect(errors[4]?.message).toMatch(/quoted field is not closed/);
  });
  it('rejects a file whose #KSUMMA does not match', async () => {
    const errors = await errorsOf('not-ok/ksumma-mismatch.se');
    expect(errors).toEqual([
      {
        line: 16,
        column: 9,
        text: '2503216331',
        message:
          '#KSUMMA: the file says 2503216331, the records give 2503216330; the file was changed or damaged',
      },
    ]);
  });
});

describe('streaming', () => {
  it('gives the same events from a Readable in small chunks, then the summary', async () => {
    const bytes = fixture('ok/type4-all-records.se');
    const chunks = [...Array(Math.ceil(bytes.length / 7)).keys()].map((i) =>
      bytes.subarray(i * 7, i * 7 + 7),
    );
    const items: SieStreamItem[] = [];
    for await (const item of streamSie(Readable.from(chunks))) items.push(item);
    const last = items.at(-1);
    expect(last?.type).toBe('end');
    expect(items.filter((i) => i.type === 'voucher')).toHaveLength(2);
    const whole = await readSie(bytes);
    expect(last?.type === 'end' && last.summary).toEqual(whole.summary);
  });
  it('reads a file by its path', async () => {
    const path = new URL('./fixtures/ok/part-of-year.se', import.meta.url).pathname;
    const r = await readSie(path);
    expect(r.ok && r.value.periodBalances).toHaveLength(8);
  });
  it('validateSie keeps the description but not the rows', async () => {
    const r = await validateSie(fixture('ok/type4-all-records.se'));
    expect(r.ok && Object.keys(r.value).sort()).toEqual([
      'accounts',
      'company',
      'dimensions',
      'financialYears',
      'header',
      'objects',
    ]);
    expect(r.summary.counts.transRows).toBe(4);
  });
});
