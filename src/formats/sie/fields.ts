// Field values straight from the bytes, without building strings first (SIE 4B §4):
// amounts with a decimal point and at most two decimals, dates YYYYMMDD, periods YYYYMM.
import type { Ore } from '../../core/money/money.ts';

/** A field that does not hold what its record needs; offsets are the field's bytes. */
export class FieldError extends Error {
  constructor(
    message: string,
    readonly start: number,
    readonly end: number,
  ) {
    super(message);
  }
}

const ZERO = 0x30;
const MINUS = 0x2d;
const POINT = 0x2e;

function digitAt(buf: Buffer, i: number): number {
  const d = (buf[i] as number) - ZERO;
  return d >= 0 && d <= 9 ? d : -1;
}

// No closures in these functions: they run once per row, and a closure per call costs.
function badAmount(why: string, start: number, end: number): never {
  throw new FieldError(`${why}; expected an amount such as 1234.50 or -75`, start, end);
}

function badDate(why: string, start: number, end: number): never {
  throw new FieldError(`${why}; expected a date YYYYMMDD such as 20240131`, start, end);
}

/**
 * An amount to öre exactly: "-1234.50" → -123450. §4: a point as decimal separator, a
 * leading minus for negative amounts, at most two decimals (öre), no thousands separator.
 * It runs once per row, so it only reads valid amounts and leaves saying what is wrong
 * with the others to amountProblem: small enough for V8 to inline into the row reader.
 */
export function amountOre(buf: Buffer, start: number, end: number): Ore {
  let i = start;
  const negative = buf[i] === MINUS;
  if (negative) i++;
  const first = i;
  let whole = 0;
  for (; i < end; i++) {
    const d = (buf[i] as number) - ZERO;
    if (d < 0 || d > 9) break;
    whole = whole * 10 + d;
  }
  let value = whole * 100;
  let digits = i - first;
  if (i < end && buf[i] === POINT) {
    const point = ++i;
    let fraction = 0;
    for (; i < end; i++) {
      const d = (buf[i] as number) - ZERO;
      if (d < 0 || d > 9) break;
      fraction = fraction * 10 + d;
    }
    const decimals = i - point;
    if (decimals === 0 || decimals > 2) amountProblem(buf, start, end);
    value += decimals === 1 ? fraction * 10 : fraction;
    digits += decimals;
  }
  if (i < end || digits === 0 || !Number.isSafeInteger(value)) amountProblem(buf, start, end);
  return (negative && value !== 0 ? -value : value) as Ore;
}

/** Throws the FieldError saying why the field is not an amount (amountOre refused it). */
function amountProblem(buf: Buffer, start: number, end: number): never {
  let i = start;
  if (buf[i] === MINUS) i++;
  let wholeDigits = 0;
  for (; i < end && digitAt(buf, i) >= 0; i++) wholeDigits++;
  let decimals = 0;
  if (i < end && buf[i] === POINT) {
    for (i++; i < end && digitAt(buf, i) >= 0; i++) {
      if (decimals === 2)
        badAmount('more than 2 decimals (SIE amounts are in kronor with at most öre)', start, end);
      decimals++;
    }
    if (decimals === 0) badAmount('a decimal point without decimals', start, end);
  }
  if (i < end) {
    badAmount(buf[i] === 0x2c ? 'a decimal comma (SIE uses a decimal point)' : 'not a number', start, end);
  }
  if (wholeDigits === 0 && decimals === 0) badAmount('no digits', start, end);
  badAmount('too large an amount', start, end);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function digitsValue(buf: Buffer, start: number, end: number): number {
  let v = 0;
  for (let i = start; i < end; i++) {
    const d = digitAt(buf, i);
    if (d < 0) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** The field's 8 digits as a number ("20240131" → 20240131), or -1 when it is not 8 digits. */
export function eightDigits(buf: Buffer, start: number, end: number): number {
  return end - start === 8 ? digitsValue(buf, start, end) : -1;
}

/** YYYYMMDD as the number 20240131, after checking that the day exists. */
export function dateNumber(buf: Buffer, start: number, end: number): number {
  return checkDate(eightDigits(buf, start, end), start, end);
}

/** v from eightDigits when it is a day that exists, else a FieldError for the field start..end. */
export function checkDate(v: number, start: number, end: number): number {
  if (v < 0) badDate('not a date of 8 digits', start, end);
  const year = Math.floor(v / 10000);
  const month = Math.floor(v / 100) % 100;
  const day = v % 100;
  if (year < 1000) badDate('no such year', start, end);
  if (month < 1 || month > 12) badDate(`no month ${month}`, start, end);
  const days = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  if (day < 1 || day > days)
    badDate(`no day ${day} in ${year}-${String(month).padStart(2, '0')}`, start, end);
  return v;
}

/** 20240131 → "2024-01-31". */
export function isoDate(v: number): string {
  const s = String(v);
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
}

/** Period YYYYMM (#PSALDO, #PBUDGET) → "2024-01". */
export function isoPeriod(buf: Buffer, start: number, end: number): string {
  const v = end - start === 6 ? digitsValue(buf, start, end) : -1;
  const month = v % 100;
  if (v < 0 || month < 1 || month > 12 || v < 100000) {
    throw new FieldError('not a period; expected YYYYMM such as 202401', start, end);
  }
  const s = String(v);
  return `${s.slice(0, 4)}-${s.slice(4, 6)}`;
}

/** A whole number, possibly negative (year index 0, -1; dimension 1; #SIETYP 4). */
export function integer(buf: Buffer, start: number, end: number, what: string): number {
  const negative = buf[start] === MINUS;
  const from = negative ? start + 1 : start;
  const v = end > from && end - from <= 9 ? digitsValue(buf, from, end) : -1;
  if (v < 0) throw new FieldError(`not a whole number; expected ${what}`, start, end);
  return negative ? -v : v;
}

/** A quantity (kvantitet): an exact decimal kept as written, e.g. "-2.5". */
export function quantity(buf: Buffer, start: number, end: number): string {
  let i = buf[start] === MINUS ? start + 1 : start;
  let digits = 0;
  let point = false;
  for (; i < end; i++) {
    if (digitAt(buf, i) >= 0) digits++;
    else if (buf[i] === POINT && !point) point = true;
    else digits = -Infinity;
  }
  if (!(digits > 0))
    throw new FieldError('not a quantity; expected a decimal number such as 2.5', start, end);
  return buf.toString('latin1', start, end);
}
