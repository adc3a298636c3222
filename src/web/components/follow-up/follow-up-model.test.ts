// The Uppföljning page's pure helpers; expected figures are worked by hand in the comments.
import { describe, expect, it } from 'vitest';
import {
  chartScale,
  isIsoDate,
  kronor,
  monthBalances,
  nextDay,
  parseMoney,
  sieErrorsOf,
} from './follow-up-model.ts';

describe('parseMoney', () => {
  it('reads Swedish-typed amounts exactly in the unit given', () => {
    // 1 250 tkr = 1 250 × 100 000 öre; −1 988,5 tkr = −198 850 000 öre
    expect(parseMoney('1 250', 'tkr')).toBe(125_000_000);
    expect(parseMoney('\u22121 988,5', 'tkr')).toBe(-198_850_000);
    // a unit in the text wins: 500 000 kr = 50 000 000 öre
    expect(parseMoney('500 000 kr', 'tkr')).toBe(50_000_000);
    expect(parseMoney('1 234,56', 'kr')).toBe(123_456);
  });
  it('gives null for what is not an exact amount', () => {
    expect(parseMoney('', 'kr')).toBeNull();
    expect(parseMoney('tolv', 'kr')).toBeNull();
    expect(parseMoney('1,234', 'kr')).toBeNull(); // 3 decimals of kr are not whole öre
  });
});

describe('kronor', () => {
  it('shows öre only when there are some, never rounding them away', () => {
    // 69 099 950 öre = 690 999,50 kr; 50 000 000 öre = 500 000 kr
    expect(kronor(69_099_950)).toBe('690\u00a0999,50');
    expect(kronor(50_000_000)).toBe('500\u00a0000');
    expect(kronor(-71_000_050)).toBe('\u2212710\u00a0000,50');
  });
});

describe('dates', () => {
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-4-1')).toBe(false);
  });
  it('steps over month and year ends', () => {
    expect(nextDay('2026-03-31')).toBe('2026-04-01');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });
});

describe('sieErrorsOf', () => {
  it('reads the errors of a refused import', () => {
    const details = {
      ok: false,
      errors: [{ line: 14, column: 1, text: '#VER', message: 'voucher A 3 does not balance' }],
      errorCount: 1,
      warnings: [],
      warningCount: 0,
    };
    expect(sieErrorsOf(details)).toEqual({
      errors: [{ line: 14, column: 1, text: '#VER', message: 'voucher A 3 does not balance' }],
      errorCount: 1,
    });
  });
  it('gives null for other details', () => {
    expect(sieErrorsOf(undefined)).toBeNull();
    expect(sieErrorsOf({ current: 3 })).toBeNull();
  });
});

describe('monthBalances', () => {
  it('keeps each month’s last balance and its lowest with the first date', () => {
    const days = [
      { date: '2026-03-30', balanceOre: 900 },
      { date: '2026-03-31', balanceOre: 700 },
      { date: '2026-04-01', balanceOre: 500 },
      { date: '2026-04-02', balanceOre: 300 },
      { date: '2026-04-03', balanceOre: 300 },
      { date: '2026-04-30', balanceOre: 800 },
    ];
    expect(monthBalances(days)).toEqual([
      { month: '2026-03', end: 700, lowest: 700, lowestDate: '2026-03-31' },
      { month: '2026-04', end: 800, lowest: 300, lowestDate: '2026-04-02' },
    ]);
  });
});

describe('chartScale', () => {
  it('puts the highest value at the top, zero or the lowest at the bottom', () => {
    const s = chartScale(3, [100, 300], 200, { left: 10, right: 110, top: 0, bottom: 60 });
    // values span 0 (min of values, floor and 0) … 300
    expect(s.y(300)).toBe(0);
    expect(s.y(0)).toBe(60);
    expect(s.y(150)).toBe(30);
    expect(s.x(0)).toBe(10);
    expect(s.x(2)).toBe(110);
  });
});
