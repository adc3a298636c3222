import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { AmountParseError, parseAmount, parseOre } from './parse.ts';
import { formatAmount } from './format.ts';
import { MONEY_UNITS, ORE_PER_UNIT, fromTkr, ore } from './money.ts';
import type { MoneyUnit } from './money.ts';

/** The error parseAmount throws for the text, or undefined if it reads it. */
function rejectionOf(text: string, unit?: MoneyUnit): unknown {
  try {
    parseAmount(text, unit === undefined ? {} : { unit });
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('parseAmount: accepted forms', () => {
  const cases: [string, MoneyUnit | undefined, number, MoneyUnit][] = [
    ['10 279', 'tkr', 1_027_900_000, 'tkr'],
    ['10\u00a0279', 'tkr', 1_027_900_000, 'tkr'],
    ['10\u202f279', 'tkr', 1_027_900_000, 'tkr'],
    ['10\u2009279', 'tkr', 1_027_900_000, 'tkr'],
    ['-1 988', 'tkr', -198_800_000, 'tkr'],
    ['\u22121 988', 'tkr', -198_800_000, 'tkr'],
    ['\u22121\u00a0988', 'tkr', -198_800_000, 'tkr'],
    ['\u20131 988', 'tkr', -198_800_000, 'tkr'],
    ['+5', 'kr', 500, 'kr'],
    ['1 234,50', 'kr', 123_450, 'kr'],
    ['1234,5', 'kr', 123_450, 'kr'],
    ['16,9 mnkr', undefined, 1_690_000_000, 'mnkr'],
    ['16,9mnkr', undefined, 1_690_000_000, 'mnkr'],
    ['500 000 kr', undefined, 50_000_000, 'kr'],
    ['10 279 tkr', undefined, 1_027_900_000, 'tkr'],
    ['10 279\u00a0tkr', undefined, 1_027_900_000, 'tkr'],
    ['0', 'kr', 0, 'kr'],
    ['-0', 'kr', 0, 'kr'],
    ['  \u00a042 kr\u202f ', undefined, 4_200, 'kr'],
    ['3 kronor', undefined, 300, 'kr'],
    ['2,5 Mkr', undefined, 250_000_000, 'mnkr'],
    ['2,5 mkr', undefined, 250_000_000, 'mnkr'],
    ['2,5 MKR', undefined, 250_000_000, 'mnkr'],
    ['7 TKR', undefined, 700_000, 'tkr'],
    ['26.5', 'kr', 2_650, 'kr'],
    ['1234.50', 'kr', 123_450, 'kr'],
    ['1,234 tkr', undefined, 123_400, 'tkr'],
    ['0,00001 tkr', undefined, 1, 'tkr'],
    ['0,00000001 mnkr', undefined, 1, 'mnkr'],
    ['1,230 kr', undefined, 123, 'kr'],
    ['12345678', 'kr', 1_234_567_800, 'kr'],
    ['90 071 992 547 409,91 kr', undefined, Number.MAX_SAFE_INTEGER, 'kr'],
    ['-90 071 992 547 409,91 kr', undefined, -Number.MAX_SAFE_INTEGER, 'kr'],
  ];
  for (const [text, unit, expectedOre, expectedUnit] of cases) {
    it(`reads ${JSON.stringify(text)}${unit ? ` (unit ${unit})` : ''}`, () => {
      const figure = parseAmount(text, unit === undefined ? {} : { unit });
      expect(figure).toEqual({ ore: expectedOre, unit: expectedUnit });
    });
  }

  it('never returns a negative zero', () => {
    expect(Object.is(parseAmount('-0', { unit: 'kr' }).ore, 0)).toBe(true);
    expect(Object.is(parseAmount('\u22120,00 kr').ore, 0)).toBe(true);
  });

  it('lets a unit in the text win over the given unit', () => {
    expect(parseAmount('16,9 mnkr', { unit: 'tkr' })).toEqual({ ore: 1_690_000_000, unit: 'mnkr' });
    expect(parseOre('5 kr', 'tkr')).toBe(500);
  });

  it('parseOre uses the given unit', () => {
    expect(parseOre('10 279', 'tkr')).toBe(fromTkr(10_279));
    expect(parseOre('1 234,50', 'kr')).toBe(123_450);
  });
});

describe('parseAmount: rejected forms', () => {
  const cases: [string, string, MoneyUnit?][] = [
    ['10 27 9', 'digit groups after the first must have exactly 3 digits', 'tkr'],
    ['1 2345', 'digit groups after the first must have exactly 3 digits', 'tkr'],
    ['1234 567', 'the first digit group must have 1–3 digits', 'tkr'],
    ['1  234', 'separated by exactly one space', 'tkr'],
    ['', 'the text is empty'],
    ['   ', 'the text is empty'],
    ['10 279', 'no unit'],
    ['tkr', 'no number before the unit'],
    ['1.234', 'use a decimal comma ("1,234")', 'kr'],
    ['1 234.5', 'a point is read as a decimal separator only with 1–2 decimals', 'kr'],
    ['1.234.567', 'a point is not a thousands separator', 'kr'],
    ['1,234,5', 'more than one decimal separator', 'kr'],
    ['1,234.5', 'more than one decimal separator', 'kr'],
    [',5', 'a digit is needed before the decimal separator', 'kr'],
    ['5,', 'no digits after the decimal comma', 'kr'],
    ['5.', 'no digits after the decimal point', 'kr'],
    ['1,234 5', 'decimals cannot be grouped', 'kr'],
    ['1,234 kr', 'not exact in öre', 'kr'],
    ['0,001 kr', 'not exact in öre'],
    ['0,000001 tkr', 'not exact in öre'],
    ['0,000000001 mnkr', 'not exact in öre'],
    ['-', 'no digits after the sign', 'kr'],
    ['- 5', 'the sign must be followed directly by a digit', 'kr'],
    ['--5', 'the sign must be followed directly by a digit', 'kr'],
    ['12a4', 'unexpected character "a" (U+0061)', 'kr'],
    ['(1 988)', 'unexpected character "(" (U+0028)', 'kr'],
    ['10 %', 'unexpected character "%" (U+0025)', 'kr'],
    ['10 279 SEK', 'unknown unit "SEK"', 'kr'],
    ['90 071 992 547 409,92 kr', 'beyond ±2^53 öre'],
    ['-90 071 992 547 409,92 kr', 'beyond ±2^53 öre'],
    ['99999999999999999999999', 'beyond ±2^53 öre', 'kr'],
  ];
  for (const [text, reason, unit] of cases) {
    it(`rejects ${JSON.stringify(text)}: ${reason}`, () => {
      const error = rejectionOf(text, unit);
      expect(error).toBeInstanceOf(AmountParseError);
      expect((error as Error).message).toContain(`"${text}"`);
      expect((error as Error).message).toContain(reason);
    });
  }

  it('gives the whole message a person can act on', () => {
    expect(() => parseAmount('10 27 9', { unit: 'tkr' })).toThrow(
      new AmountParseError(
        'cannot read "10 27 9" as an amount: digit groups after the first must have exactly 3 digits ' +
          '(expected e.g. "10 279", "-1 988", "1 234,50", "16,9 mnkr")',
      ),
    );
  });
});

// Safe-integer öre amounts, biased towards both small and extreme values.
const anyOre = fc
  .oneof(fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }), fc.maxSafeInteger())
  .map((n) => ore(n));

describe('parseAmount: round trips with formatAmount (properties)', () => {
  it('reads back any amount written at full precision with its unit', () => {
    fc.assert(
      fc.property(
        anyOre,
        fc.constantFrom(...MONEY_UNITS),
        fc.constantFrom('nbsp', 'narrow', 'none'),
        fc.constantFrom('unicode', 'ascii'),
        (amount, unit, group, minus) => {
          const decimals = String(ORE_PER_UNIT[unit]).length - 1;
          const text = formatAmount(amount, unit, { decimals, showUnit: true, group, minus });
          expect(parseAmount(text)).toEqual({ ore: amount, unit });
        },
      ),
    );
  });

  it('reads back any whole number of tkr written with 0 decimals', () => {
    const maxTkr = Math.floor(Number.MAX_SAFE_INTEGER / ORE_PER_UNIT.tkr);
    fc.assert(
      fc.property(fc.integer({ min: -maxTkr, max: maxTkr }), (n) => {
        const text = formatAmount(fromTkr(n), 'tkr');
        expect(parseOre(text, 'tkr')).toBe(fromTkr(n));
      }),
    );
  });
});
