import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  MONEY_UNITS,
  MoneyRangeError,
  ORE_PER_UNIT,
  ZERO,
  abs,
  add,
  compare,
  fromKronor,
  fromTkr,
  fromUnits,
  isWholeUnits,
  negate,
  ore,
  subtract,
  sum,
  toWholeUnits,
} from './money.ts';
import * as publicApi from './index.ts';

const MAX = Number.MAX_SAFE_INTEGER;

describe('ore', () => {
  it('accepts whole numbers up to ±(2^53 − 1), as number or bigint', () => {
    expect(ore(MAX)).toBe(MAX);
    expect(ore(-MAX)).toBe(-MAX);
    expect(ore(BigInt(MAX))).toBe(MAX);
    expect(ore(123n)).toBe(123);
  });

  it('normalises a negative zero', () => {
    expect(Object.is(ore(-0), 0)).toBe(true);
    expect(Object.is(ZERO, 0)).toBe(true);
  });

  for (const bad of [1.5, Number.NaN, Number.POSITIVE_INFINITY, MAX + 1, -(MAX + 1)]) {
    it(`rejects ${bad}`, () => {
      expect(() => ore(bad)).toThrow(MoneyRangeError);
    });
  }

  it('rejects a bigint beyond the safe range', () => {
    expect(() => ore(2n ** 53n)).toThrow(MoneyRangeError);
    expect(() => ore(2n ** 80n)).toThrow(MoneyRangeError);
  });
});

describe('units', () => {
  it('has the öre per unit', () => {
    expect(MONEY_UNITS).toEqual(['kr', 'tkr', 'mnkr']);
    expect(ORE_PER_UNIT).toEqual({ kr: 100, tkr: 100_000, mnkr: 100_000_000 });
  });

  it('converts whole units to öre', () => {
    expect(fromTkr(10_279)).toBe(1_027_900_000);
    expect(fromTkr(-1988)).toBe(-198_800_000);
    expect(fromKronor(500_000)).toBe(50_000_000);
    expect(fromUnits(17, 'mnkr')).toBe(1_700_000_000);
    expect(fromUnits(3n, 'kr')).toBe(300);
  });

  it('refuses fractional or too large unit counts', () => {
    expect(() => fromTkr(1.5)).toThrow(RangeError);
    expect(() => fromUnits(10n ** 9n, 'mnkr')).toThrow(MoneyRangeError);
  });

  it('converts back only whole units', () => {
    expect(isWholeUnits(ore(1_027_900_000), 'tkr')).toBe(true);
    expect(isWholeUnits(ore(1_027_900_001), 'tkr')).toBe(false);
    expect(toWholeUnits(ore(1_027_900_000), 'tkr')).toBe(10_279);
    expect(toWholeUnits(ore(-198_800_000), 'tkr')).toBe(-1988);
    expect(Object.is(toWholeUnits(ore(0), 'tkr'), 0)).toBe(true);
    expect(() => toWholeUnits(ore(1_027_949_999), 'tkr')).toThrow(MoneyRangeError);
  });
});

describe('arithmetic', () => {
  it('adds, subtracts, negates and compares exactly', () => {
    expect(add(ore(1), ore(2))).toBe(3);
    expect(subtract(ore(1), ore(2))).toBe(-1);
    expect(negate(ore(5))).toBe(-5);
    expect(Object.is(negate(ZERO), 0)).toBe(true);
    expect(abs(ore(-7))).toBe(7);
    expect(compare(ore(1), ore(2))).toBe(-1);
    expect(compare(ore(2), ore(2))).toBe(0);
    expect(compare(ore(3), ore(2))).toBe(1);
  });

  it('throws rather than leave the safe range', () => {
    expect(() => add(ore(MAX), ore(1))).toThrow(MoneyRangeError);
    expect(() => subtract(ore(-MAX), ore(1))).toThrow(MoneyRangeError);
    expect(() => sum([ore(MAX), ore(MAX)])).toThrow(MoneyRangeError);
  });

  it('sums exactly even when a partial sum passes 2^53', () => {
    expect(sum([ore(MAX), ore(2), ore(-MAX)])).toBe(2);
    expect(sum([])).toBe(0);
    expect(sum(new Set([ore(1), ore(2), ore(3)]))).toBe(6);
  });

  it('sums as BigInt does (property)', () => {
    const amount = fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.maxSafeInteger(), fc.constant(MAX));
    fc.assert(
      fc.property(fc.array(amount), (values) => {
        const exact = values.reduce((a, b) => a + BigInt(b), 0n);
        if (exact > BigInt(MAX) || exact < -BigInt(MAX)) {
          expect(() => sum(values.map((v) => ore(v)))).toThrow(MoneyRangeError);
        } else {
          expect(sum(values.map((v) => ore(v)))).toBe(Number(exact));
        }
      }),
    );
  });
});

describe('index', () => {
  it('re-exports the public API of every file in the folder', () => {
    const names = [
      'ore',
      'sum',
      'fromTkr',
      'MoneyRangeError',
      'divideRounded',
      'roundToUnit',
      'toRoundedUnits',
      'parseDecimal',
      'sumDecimals',
      'decimalToString',
      'parseAmount',
      'parseOre',
      'AmountParseError',
      'formatAmount',
      'formatFigure',
      'formatDecimal',
      'formatPercent',
    ];
    for (const name of names) expect(publicApi).toHaveProperty(name);
  });
});
