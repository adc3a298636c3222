import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  DecimalParseError,
  addDecimals,
  align,
  compareDecimals,
  decimal,
  decimalEquals,
  decimalToString,
  parseDecimal,
  sumDecimals,
} from './decimal.ts';

describe('parseDecimal', () => {
  const cases: [string, bigint, number][] = [
    ['26,71', 2671n, 2],
    ['26.71', 2671n, 2],
    ['-2,1', -21n, 1],
    ['\u22122,1', -21n, 1],
    ['+5', 5n, 0],
    ['100', 100n, 0],
    ['31,10', 3110n, 2],
    ['0,05', 5n, 2],
    [' 2,5 ', 25n, 1],
    ['-0', 0n, 0],
  ];
  for (const [text, units, scale] of cases) {
    it(`reads ${JSON.stringify(text)}`, () => {
      expect(parseDecimal(text)).toEqual({ units, scale });
    });
  }

  for (const text of ['', 'abc', '1,', ',5', '1,2,3', '2,1 %', '--1']) {
    it(`rejects ${JSON.stringify(text)} quoting it`, () => {
      expect(() => parseDecimal(text)).toThrow(DecimalParseError);
      expect(() => parseDecimal(text)).toThrow(`"${text}"`);
    });
  }
});

describe('decimal arithmetic', () => {
  it('adds the NRF member shares to exactly 100,00', () => {
    const total = sumDecimals(['26,71', '14,69', '31,10', '27,50'].map(parseDecimal));
    expect(total).toEqual({ units: 10000n, scale: 2 });
    expect(decimalEquals(total, decimal(100))).toBe(true);
    expect(decimalToString(total)).toBe('100.00');
  });

  it('sums nothing to zero', () => {
    expect(sumDecimals([])).toEqual({ units: 0n, scale: 0 });
  });

  it('aligns to the larger scale', () => {
    expect(align(parseDecimal('2,5'), parseDecimal('0,125'))).toEqual([2500n, 125n, 3]);
    expect(addDecimals(parseDecimal('2,5'), parseDecimal('-0,125'))).toEqual({ units: 2375n, scale: 3 });
  });

  it('compares across scales', () => {
    expect(compareDecimals(parseDecimal('2,5'), parseDecimal('2,50'))).toBe(0);
    expect(compareDecimals(parseDecimal('2,49'), parseDecimal('2,5'))).toBe(-1);
    expect(compareDecimals(parseDecimal('-1'), parseDecimal('-1,01'))).toBe(1);
    expect(decimalEquals(decimal(5), decimal(50n, 1))).toBe(true);
  });
});

describe('decimalToString', () => {
  it('writes a point and at least minScale decimals', () => {
    expect(decimalToString(parseDecimal('26,71'))).toBe('26.71');
    expect(decimalToString(parseDecimal('-0,05'))).toBe('-0.05');
    expect(decimalToString(parseDecimal('-2,1'))).toBe('-2.1');
    expect(decimalToString(decimal(5), 2)).toBe('5.00');
    expect(decimalToString(parseDecimal('26,71'), 0)).toBe('26.71');
    expect(decimalToString(decimal(100))).toBe('100');
    expect(decimalToString(parseDecimal('-0,0'))).toBe('0.0');
  });

  it('round-trips through parseDecimal (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
        fc.integer({ min: 0, max: 12 }),
        (u, s) => {
          const d = decimal(u, s);
          expect(parseDecimal(decimalToString(d))).toEqual(d);
        },
      ),
    );
  });

  it('sums as integers do at a common scale (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n })), (units) => {
        const total = sumDecimals(units.map((u) => decimal(u, 2)));
        expect(
          decimalEquals(
            total,
            decimal(
              units.reduce((a, b) => a + b, 0n),
              2,
            ),
          ),
        ).toBe(true);
      }),
    );
  });
});
