// Reads amounts as written in Swedish plans and reports ("10 279", "−1 988", "16,9 mnkr")
// into exact öre, by string and BigInt arithmetic only (never parseFloat).
import { ORE_PER_UNIT, ore } from './money.ts';
import type { Figure, MoneyUnit, Ore } from './money.ts';

export class AmountParseError extends Error {
  override name = 'AmountParseError';
}

export type ParseAmountOptions = {
  /** The unit to use when the text names none (e.g. the table says "tkr" in its heading). */
  unit?: MoneyUnit;
};

const EXAMPLES = '(expected e.g. "10 279", "-1 988", "1 234,50", "16,9 mnkr")';

// Longest first, so that "tkr" and "mnkr" are not taken for "kr". Matched case-insensitively,
// so "Mkr", "MKR" and "Tkr" are read too.
const UNIT_SUFFIXES: readonly (readonly [string, MoneyUnit])[] = [
  ['kronor', 'kr'],
  ['mnkr', 'mnkr'],
  ['mkr', 'mnkr'],
  ['tkr', 'tkr'],
  ['kr', 'kr'],
];

// Signs: ASCII hyphen-minus, U+2212 minus (sv-SE typography), U+2013 en dash (found in PDFs).
const SIGNS: Readonly<Record<string, 1n | -1n>> = { '+': 1n, '-': -1n, '\u2212': -1n, '\u2013': -1n };

// Thousands separators: space, no-break space, narrow no-break space, thin space.
const GROUP_SEPARATORS = new Set([' ', '\u00a0', '\u202f', '\u2009']);

const DIGITS = /^[0-9]+$/;

/** Decimals a unit can hold exactly in öre: 2 for kr, 5 for tkr, 8 for mnkr. */
function unitDecimals(unit: MoneyUnit): number {
  return String(ORE_PER_UNIT[unit]).length - 1;
}

function describeChar(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  return `"${c}" (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
}

/**
 * Parses a Swedish-written amount exactly: "10 279", "-1 988", "−1 988", "+5", "1 234,50",
 * "1234,5", "16,9 mnkr", "500 000 kr", "10 279 tkr", "26.5".
 *
 * - A unit in the text (kr, kronor, tkr, mnkr, mkr; any case) wins over `options.unit`:
 *   the text is the more specific statement. Without either, the text is rejected.
 * - Digit groups: the first has 1–3 digits and every later one exactly 3, separated by one
 *   space, no-break, narrow no-break or thin space. Ungrouped digits may be of any length.
 * - The decimal separator is a comma. A point is read as a decimal separator only with 1–2
 *   decimals and no digit grouping ("26.5", "1234.50"): "1.234" could be an English-style
 *   decimal or a German-style thousands group, so it is rejected rather than guessed.
 * - Decimals beyond what öre holds in the unit (2 for kr, 5 for tkr, 8 for mnkr) are
 *   rejected unless they are trailing zeros, which keep the value exact.
 */
export function parseAmount(text: string, options: ParseAmountOptions = {}): Figure {
  const fail = (reason: string): never => {
    throw new AmountParseError(`cannot read "${text}" as an amount: ${reason} ${EXAMPLES}`);
  };

  let rest = text.trim();
  if (rest === '') fail('the text is empty');

  let textUnit: MoneyUnit | undefined;
  const lower = rest.toLowerCase();
  for (const [suffix, unit] of UNIT_SUFFIXES) {
    if (lower.endsWith(suffix)) {
      textUnit = unit;
      rest = rest.slice(0, rest.length - suffix.length).trimEnd();
      break;
    }
  }
  if (textUnit === undefined) {
    const word = /\p{L}[\p{L}.]*$/u.exec(rest);
    if (word) fail(`unknown unit "${word[0]}" (the units are kr, kronor, tkr, mnkr and mkr)`);
  }
  if (rest === '') fail('there is no number before the unit');

  let sign: bigint = 1n;
  const signChar = rest[0] ?? '';
  const signValue = SIGNS[signChar];
  if (signValue !== undefined) {
    sign = signValue;
    rest = rest.slice(1);
    if (rest === '') fail('there are no digits after the sign');
    if (!/^[0-9]/.test(rest)) fail('the sign must be followed directly by a digit');
  }

  const { whole, fraction } = splitNumber(rest, fail);

  const unit = textUnit ?? options.unit;
  if (unit === undefined) {
    return fail('no unit: write kr, tkr or mnkr after the number, or give the unit of the column');
  }

  const places = unitDecimals(unit);
  const kept = fraction.slice(0, places);
  if (/[^0]/.test(fraction.slice(places))) {
    fail(
      `not exact in öre: ${unit} takes at most ${places} decimals (${fraction.length} given), ` +
        'so the figure would have to be rounded first',
    );
  }
  const oreValue = sign * BigInt(whole + kept.padEnd(places, '0'));
  const limit = BigInt(Number.MAX_SAFE_INTEGER);
  if (oreValue > limit || oreValue < -limit) {
    fail('the amount is beyond ±2^53 öre (about 90 000 billion kronor), too large to hold exactly');
  }
  return { ore: ore(oreValue), unit };
}

/** parseAmount's öre; `unit` applies when the text names no unit (a unit in the text wins). */
export function parseOre(text: string, unit: MoneyUnit): Ore {
  return parseAmount(text, { unit }).ore;
}

/** Splits unsigned "1 234,50" into whole digits "1234" and fraction digits "50", checking groups. */
function splitNumber(body: string, fail: (reason: string) => never): { whole: string; fraction: string } {
  const separators = [...body].filter((c) => c === ',' || c === '.');
  if (separators.length > 1) {
    if (separators.every((c) => c === '.')) {
      fail('a point is not a thousands separator here: group thousands with spaces ("1 234 567")');
    }
    fail('there is more than one decimal separator');
  }
  const decimalSeparator = separators[0];
  const at = decimalSeparator === undefined ? body.length : body.indexOf(decimalSeparator);
  const wholeText = body.slice(0, at);
  const fraction = decimalSeparator === undefined ? '' : body.slice(at + 1);

  for (const c of wholeText) {
    if (!DIGITS.test(c) && !GROUP_SEPARATORS.has(c)) fail(`unexpected character ${describeChar(c)}`);
  }
  if (wholeText === '') fail('a digit is needed before the decimal separator (write "0,5", not ",5")');

  const groups = [...wholeText].reduce<string[]>(
    (acc, c) => {
      if (GROUP_SEPARATORS.has(c)) acc.push('');
      else acc[acc.length - 1] += c;
      return acc;
    },
    [''],
  );
  if (groups.some((g) => g === '')) {
    fail('digit groups must be separated by exactly one space, with digits on both sides');
  }
  if (groups.length > 1) {
    const first = groups[0] ?? '';
    if (first.length > 3) fail('the first digit group must have 1–3 digits');
    if (groups.slice(1).some((g) => g.length !== 3)) {
      fail('digit groups after the first must have exactly 3 digits');
    }
  }

  if (decimalSeparator !== undefined) {
    if (fraction === '') fail(`there are no digits after the decimal ${nameOf(decimalSeparator)}`);
    for (const c of fraction) {
      if (GROUP_SEPARATORS.has(c)) fail('decimals cannot be grouped with spaces');
      if (!DIGITS.test(c)) fail(`unexpected character ${describeChar(c)} in the decimals`);
    }
    if (decimalSeparator === '.' && (groups.length > 1 || fraction.length > 2)) {
      fail(
        'a point is read as a decimal separator only with 1–2 decimals and no digit grouping; ' +
          `use a decimal comma ("${wholeText},${fraction}") or, for thousands, a space`,
      );
    }
  }
  return { whole: groups.join(''), fraction };
}

function nameOf(separator: string): string {
  return separator === ',' ? 'comma' : 'point';
}
