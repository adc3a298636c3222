// Calendar dates as ISO strings ('2026-08-31') with pure integer arithmetic: the core
// has no clock and must give the same answer in every time zone, so no Date objects.
export type IsoDate = string;

export class IsoDateError extends RangeError {
  override name = 'IsoDateError';
}

export type CivilDate = { year: number; month: number; day: number };

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Reads 'YYYY-MM-DD' and checks that the day exists (no 2026-02-29). */
export function parseIsoDate(text: IsoDate): CivilDate {
  const m = PATTERN.exec(text);
  if (!m) throw new IsoDateError(`not a date: "${text}" (expected YYYY-MM-DD, e.g. 2026-08-31)`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new IsoDateError(`no such date: "${text}"`);
  }
  return { year, month, day };
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil, proleptic Gregorian). */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function fromDayNumber(days: number): IsoDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return formatIsoDate(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** ISO weekday: Monday 1 … Sunday 7 (1970-01-01 was a Thursday). */
export function isoWeekday(date: IsoDate): number {
  return (((((toDayNumber(date) % 7) + 7) % 7) + 3) % 7) + 1;
}

export function lastDayOfMonth(year: number, month: number): IsoDate {
  return formatIsoDate(year, month, daysInMonth(year, month));
}

/** The last day a "through month N" figure covers; month 0 is the last day of the year before. */
export function endOfMonthDate(year: number, throughMonth: number): IsoDate {
  return throughMonth === 0 ? formatIsoDate(year - 1, 12, 31) : lastDayOfMonth(year, throughMonth);
}
