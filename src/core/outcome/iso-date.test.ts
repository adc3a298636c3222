import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  IsoDateError,
  addDays,
  daysBetween,
  endOfMonthDate,
  fromDayNumber,
  isoWeekday,
  parseIsoDate,
  toDayNumber,
} from './iso-date.ts';

describe('ISO dates', () => {
  it('counts days from 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1970-02-01')).toBe(31);
    // 1969-12-31 is the day before
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(fromDayNumber(-1)).toBe('1969-12-31');
  });
  it('knows leap years, month lengths and year ends', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-08-31', '2026-12-31')).toBe(30 + 31 + 30 + 31);
    expect(endOfMonthDate(2026, 0)).toBe('2025-12-31');
    expect(endOfMonthDate(2028, 2)).toBe('2028-02-29');
  });
  it('refuses dates that do not exist', () => {
    for (const bad of ['2026-02-29', '2100-02-29', '2026-13-01', '2026-04-31', '26-01-01', '2026-1-1']) {
      expect(() => parseIsoDate(bad)).toThrow(IsoDateError);
    }
    expect(parseIsoDate('2000-02-29')).toEqual({ year: 2000, month: 2, day: 29 });
  });
  it('gives ISO weekdays', () => {
    // 2026-01-01 is a Thursday; 25 October is day 298, (298 − 1) mod 7 = 3 days on: Sunday.
    expect(isoWeekday('2026-01-01')).toBe(4);
    expect(isoWeekday('2026-10-25')).toBe(7);
    expect(isoWeekday('2026-10-23')).toBe(5);
  });
  it('agrees with Date.UTC both ways (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_000, max: 2_900_000 }), (days) => {
        const iso = new Date(days * 86_400_000).toISOString().slice(0, 10);
        expect(fromDayNumber(days)).toBe(iso);
        expect(toDayNumber(iso)).toBe(days);
      }),
    );
  });
});
