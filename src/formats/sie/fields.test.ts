import { describe, expect, it } from 'vitest';
import { FieldError, amountOre, dateNumber, isoPeriod } from './fields.ts';
import { LineReader } from './tokenizer.ts';

const amount = (s: string) => amountOre(Buffer.from(s), 0, s.length);
const date = (s: string) => dateNumber(Buffer.from(s), 0, s.length);

describe('amounts (SIE 4B §4: decimal point, at most two decimals)', () => {
  it('reads kronor into öre exactly', () => {
    expect(amount('1234.50')).toBe(123450);
    expect(amount('-1234.5')).toBe(-123450);
    expect(amount('0.01')).toBe(1);
    expect(amount('-0.07')).toBe(-7);
    expect(amount('10279000')).toBe(1027900000);
    expect(amount('.5')).toBe(50);
    expect(Object.is(amount('-0.00'), 0)).toBe(true);
  });
  it('rejects more than two decimals, commas and other text', () => {
    expect(() => amount('100.505')).toThrow(/more than 2 decimals/);
    expect(() => amount('100.000')).toThrow(/more than 2 decimals/);
    expect(() => amount('1,50')).toThrow(/decimal comma/);
    expect(() => amount('12a')).toThrow(/not a number/);
    expect(() => amount('-')).toThrow(/no digits/);
    expect(() => amount('5.')).toThrow(/decimal point without decimals/);
    expect(() => amount('99999999999999999')).toThrow(/too large/);
  });
});

describe('dates and periods', () => {
  it('accepts real days, leap days included', () => {
    expect(date('20240229')).toBe(20240229);
    expect(date('20001231')).toBe(20001231);
  });
  it('rejects days that do not exist', () => {
    expect(() => date('20230229')).toThrow(/no day 29 in 2023-02/);
    expect(() => date('19000229')).toThrow(/no day 29/);
    expect(() => date('20241301')).toThrow(/no month 13/);
    expect(() => date('2024-01-01')).toThrow(FieldError);
    expect(() => date('2024011')).toThrow(/8 digits/);
  });
  it('reads periods YYYYMM', () => {
    expect(isoPeriod(Buffer.from('202408'), 0, 6)).toBe('2024-08');
    expect(() => isoPeriod(Buffer.from('202400'), 0, 6)).toThrow(/not a period/);
  });
});

/** Lines and their tokens as strings, for any chunking of the bytes. */
function lines(chunks: Buffer[]): string[][] {
  const out: string[][] = [];
  const reader = new LineReader((t) => {
    const row: string[] = [];
    for (let i = 0; i < t.count; i++) row.push(`${t.kinds[i]}:${t.unescapedBytes(i).toString('latin1')}`);
    out.push(row);
  });
  for (const c of chunks) reader.push(c);
  reader.end();
  return out;
}

describe('LineReader', () => {
  const text = '#VER A "1" 20240101 "Sa \\"hej\\""\r\n{\r#TRANS 1930 {1 "10" 6 "x y"} -1.00\n}';
  const expected = [
    ['1:#VER', '1:A', '2:1', '1:20240101', '3:Sa "hej"'],
    ['4:{'],
    ['1:#TRANS', '1:1930', '4:{', '1:1', '2:10', '1:6', '2:x y', '5:}', '1:-1.00'],
    ['5:}'],
  ];
  it('splits at CR LF, CR and LF and tokenises quoted fields, escapes and object lists', () => {
    expect(lines([Buffer.from(text)])).toEqual(expected);
  });
  it('gives the same lines for every chunking, even a CR LF split in two', () => {
    const bytes = Buffer.from(text);
    const oneByOne = [...bytes].map((b) => Buffer.from([b]));
    expect(lines(oneByOne)).toEqual(expected);
    for (let cut = 1; cut < bytes.length; cut++) {
      expect(lines([bytes.subarray(0, cut), bytes.subarray(cut)])).toEqual(expected);
    }
  });
  it('counts blank lines so line numbers stay right', () => {
    expect(lines([Buffer.from('#A\r\n\r\n#B\n\n#C')])).toEqual([['1:#A'], [], ['1:#B'], [], ['1:#C']]);
  });
});
