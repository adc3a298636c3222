import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { formatAmount, formatDecimal, formatFigure, formatPercent } from './format.ts';
import { ORE_PER_UNIT, fromKronor, fromTkr, fromUnits, ore } from './money.ts';
import { parseDecimal } from './decimal.ts';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const MINUS = '\u2212';

describe('formatAmount', () => {
  it('writes sv-SE figures with a no-break space and U+2212 minus by default', () => {
    expect(formatAmount(fromTkr(-1988), 'tkr')).toBe(`${MINUS}1${NBSP}988`);
    expect(formatAmount(fromTkr(10_279), 'tkr')).toBe(`10${NBSP}279`);
    expect(formatAmount(fromKronor(500_000), 'kr')).toBe(`500${NBSP}000`);
    expect(formatAmount(fromKronor(1_234_567), 'kr')).toBe(`1${NBSP}234${NBSP}567`);
    expect(formatAmount(fromKronor(999), 'kr')).toBe('999');
    expect(formatAmount(ore(0), 'tkr')).toBe('0');
  });

  it('shows the unit after a no-break space', () => {
    expect(formatAmount(fromTkr(10_279), 'tkr', { showUnit: true })).toBe(`10${NBSP}279${NBSP}tkr`);
    expect(formatAmount(ore(1_690_000_000), 'mnkr', { decimals: 1, showUnit: true })).toBe(`16,9${NBSP}mnkr`);
  });

  it('writes decimals with a comma', () => {
    expect(formatAmount(ore(123_450), 'kr', { decimals: 2 })).toBe(`1${NBSP}234,50`);
    expect(formatAmount(ore(-5), 'kr', { decimals: 2 })).toBe(`${MINUS}0,05`);
    expect(formatAmount(ore(1), 'tkr', { decimals: 5 })).toBe('0,00001');
    expect(formatAmount(ore(1), 'mnkr', { decimals: 8 })).toBe('0,00000001');
    expect(formatAmount(ore(123_450), 'kr', { decimals: 4 })).toBe(`1${NBSP}234,5000`);
  });

  it('offers narrow, no grouping and an ASCII minus', () => {
    expect(formatAmount(fromTkr(-1988), 'tkr', { group: 'narrow' })).toBe(`${MINUS}1${NNBSP}988`);
    expect(formatAmount(fromTkr(-1988), 'tkr', { group: 'none', minus: 'ascii' })).toBe('-1988');
    expect(formatAmount(fromTkr(-1_234_567), 'tkr', { minus: 'ascii' })).toBe(`-1${NBSP}234${NBSP}567`);
  });

  it('rounds half away from zero by default, or by the named mode', () => {
    expect(formatAmount(ore(1_027_949_999), 'tkr')).toBe(`10${NBSP}279`);
    expect(formatAmount(ore(1_027_950_000), 'tkr')).toBe(`10${NBSP}280`);
    expect(formatAmount(ore(-1_027_950_000), 'tkr')).toBe(`${MINUS}10${NBSP}280`);
    expect(formatAmount(ore(1_027_950_000), 'tkr', { rounding: 'halfEven' })).toBe(`10${NBSP}280`);
    expect(formatAmount(ore(1_028_050_000), 'tkr', { rounding: 'halfEven' })).toBe(`10${NBSP}280`);
    expect(formatAmount(ore(1_027_999_999), 'tkr', { rounding: 'floor' })).toBe(`10${NBSP}279`);
    expect(formatAmount(ore(1_027_900_001), 'tkr', { rounding: 'ceiling' })).toBe(`10${NBSP}280`);
    expect(formatAmount(ore(-1_027_999_999), 'tkr', { rounding: 'towardZero' })).toBe(`${MINUS}10${NBSP}279`);
    expect(formatAmount(ore(1_694_999_999), 'mnkr', { decimals: 1 })).toBe('16,9');
    expect(formatAmount(ore(1_695_000_000), 'mnkr', { decimals: 1 })).toBe('17,0');
  });

  it('never writes a negative zero', () => {
    expect(formatAmount(ore(-49_999), 'tkr')).toBe('0');
    expect(formatAmount(ore(-4), 'kr', { decimals: 1 })).toBe('0,0');
    expect(formatAmount(ore(-1), 'tkr', { rounding: 'towardZero' })).toBe('0');
    expect(formatAmount(ore(-0), 'kr', { decimals: 2 })).toBe('0,00');
  });

  it('rejects impossible decimal counts', () => {
    expect(() => formatAmount(ore(1), 'kr', { decimals: -1 })).toThrow(RangeError);
    expect(() => formatAmount(ore(1), 'kr', { decimals: 1.5 })).toThrow(RangeError);
    expect(() => formatAmount(ore(1), 'kr', { decimals: 21 })).toThrow(RangeError);
  });

  it('matches Intl sv-SE for whole kronor (property)', () => {
    const intl = new Intl.NumberFormat('sv-SE');
    const maxKr = Math.floor(Number.MAX_SAFE_INTEGER / ORE_PER_UNIT.kr);
    fc.assert(
      fc.property(fc.integer({ min: -maxKr, max: maxKr }), (kr) => {
        expect(formatAmount(fromKronor(kr), 'kr')).toBe(intl.format(kr === 0 ? 0 : kr));
      }),
    );
  });

  it('rounds to the nearest whole unit, halves away from zero (property)', () => {
    const per = BigInt(ORE_PER_UNIT.tkr);
    const withTies = fc.oneof(
      fc.integer({ min: -1e12, max: 1e12 }),
      fc.integer({ min: -1e7, max: 1e7 }).map((k) => k * ORE_PER_UNIT.tkr + ORE_PER_UNIT.tkr / 2),
    );
    fc.assert(
      fc.property(withTies, (n) => {
        const units = BigInt(formatAmount(ore(n), 'tkr', { group: 'none', minus: 'ascii' }));
        const distance = units * per - BigInt(n);
        const absDistance = distance < 0n ? -distance : distance;
        expect(2n * absDistance <= per).toBe(true);
        // A tie moves away from zero: the rounded value lies on the far side of n from 0.
        if (2n * absDistance === per) expect(n > 0 ? distance > 0n : distance < 0n).toBe(true);
      }),
    );
  });
});

describe('formatFigure', () => {
  it('writes a figure in its own unit', () => {
    expect(formatFigure({ ore: fromUnits(-1988, 'tkr'), unit: 'tkr' })).toBe(`${MINUS}1${NBSP}988`);
    expect(formatFigure({ ore: ore(1_690_000_000), unit: 'mnkr' }, { decimals: 1, showUnit: true })).toBe(
      `16,9${NBSP}mnkr`,
    );
  });
});

describe('formatDecimal and formatPercent', () => {
  it('writes the decimals the value has', () => {
    expect(formatDecimal(parseDecimal('26,71'))).toBe('26,71');
    expect(formatDecimal(parseDecimal('-2,1'))).toBe(`${MINUS}2,1`);
    expect(formatDecimal(parseDecimal('1234,5'))).toBe(`1${NBSP}234,5`);
    expect(formatDecimal(parseDecimal('0,05'))).toBe('0,05');
    expect(formatDecimal(parseDecimal('100'))).toBe('100');
    expect(formatDecimal(parseDecimal('-0,00'))).toBe('0,00');
  });

  it('pads or rounds to the asked decimals', () => {
    expect(formatDecimal(parseDecimal('31,1'), { decimals: 2 })).toBe('31,10');
    expect(formatDecimal(parseDecimal('26,715'), { decimals: 2 })).toBe('26,72');
    expect(formatDecimal(parseDecimal('26,715'), { decimals: 2, rounding: 'halfEven' })).toBe('26,72');
    expect(formatDecimal(parseDecimal('26,725'), { decimals: 2, rounding: 'halfEven' })).toBe('26,72');
    expect(formatDecimal(parseDecimal('-26,715'), { decimals: 2 })).toBe(`${MINUS}26,72`);
    expect(formatDecimal(parseDecimal('-0,004'), { decimals: 2 })).toBe('0,00');
    expect(formatDecimal(parseDecimal('2,5'), { decimals: 0 })).toBe('3');
    expect(formatDecimal(parseDecimal('-1234,5'), { minus: 'ascii', group: 'none' })).toBe('-1234,5');
  });

  it('writes percentages with a no-break space before the sign', () => {
    expect(formatPercent(parseDecimal('26,71'))).toBe(`26,71${NBSP}%`);
    expect(formatPercent(parseDecimal('2,1'), { decimals: 2 })).toBe(`2,10${NBSP}%`);
    expect(formatPercent(parseDecimal('-0,5'))).toBe(`${MINUS}0,5${NBSP}%`);
  });

  it('matches Intl sv-SE percent style', () => {
    const intl = new Intl.NumberFormat('sv-SE', { style: 'percent', minimumFractionDigits: 2 });
    // Intl takes a fraction, so give it one it holds exactly in binary (0.25).
    expect(formatPercent(parseDecimal('25'), { decimals: 2 })).toBe(intl.format(0.25));
  });
});
