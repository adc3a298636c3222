// Writes amounts, decimals and percentages the sv-SE way ("−1 988", "16,90", "26,71 %"),
// matching Intl's sv-SE output but computed exactly from integers: no float ever rounds here.
import { ORE_PER_UNIT } from './money.ts';
import type { Figure, MoneyUnit, Ore } from './money.ts';
import { DEFAULT_ROUNDING, divideRounded } from './rounding.ts';
import type { RoundingMode } from './rounding.ts';
import type { Decimal } from './decimal.ts';

export type MinusStyle = 'unicode' | 'ascii';
export type GroupStyle = 'nbsp' | 'narrow' | 'none';

export type FormatOptions = {
  /** Decimals to show, in the given unit (default 0). */
  decimals?: number;
  /** How to round to those decimals (default half away from zero). */
  rounding?: RoundingMode;
  /** Append the unit after a no-break space: "10 279 tkr" (default false). */
  showUnit?: boolean;
  /** U+2212 "−" (default, what sv-SE typography and Intl use) or ASCII "-" (for CSV and code). */
  minus?: MinusStyle;
  /** Thousands separator: U+00A0 no-break space (default, as Intl sv-SE), U+202F narrow, or none. */
  group?: GroupStyle;
};

export type DecimalFormatOptions = Omit<FormatOptions, 'showUnit'>;

const GROUP_CHAR: Readonly<Record<GroupStyle, string>> = { nbsp: '\u00a0', narrow: '\u202f', none: '' };
const MINUS_CHAR: Readonly<Record<MinusStyle, string>> = { unicode: '\u2212', ascii: '-' };

// Far beyond any unit's precision; guards against a typo such as decimals: 1e9.
const MAX_DECIMALS = 20;

function checkDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    throw new RangeError(`decimals must be a whole number from 0 to ${MAX_DECIMALS}, got ${decimals}`);
  }
}

/** Writes a count of 10^-decimals ("-198800", 2) as "−1 988,00"; zero never gets a sign. */
function writeScaled(units: bigint, decimals: number, options: DecimalFormatOptions): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals);
  const separator = GROUP_CHAR[options.group ?? 'nbsp'];
  // Groups of three from the right; Intl sv-SE groups from four digits on ("1 988").
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, separator);
  const sign = negative ? MINUS_CHAR[options.minus ?? 'unicode'] : '';
  return `${sign}${grouped}${decimals > 0 ? ',' + fraction : ''}`;
}

/**
 * An öre amount in a unit, sv-SE style: formatAmount(fromTkr(-1988), 'tkr') === "−1 988".
 * Rounds explicitly to `decimals` of the unit (default 0, half away from zero), so
 * 1 027 950 000 öre in tkr is "10 280". A value that rounds to zero is "0", never "−0".
 */
export function formatAmount(amount: Ore, unit: MoneyUnit, options: FormatOptions = {}): string {
  const decimals = options.decimals ?? 0;
  checkDecimals(decimals);
  const scaled = divideRounded(
    BigInt(amount) * 10n ** BigInt(decimals),
    BigInt(ORE_PER_UNIT[unit]),
    options.rounding ?? DEFAULT_ROUNDING,
  );
  const text = writeScaled(scaled, decimals, options);
  // The unit stays on the number's line, so always a no-break space.
  return options.showUnit === true ? `${text}\u00a0${unit}` : text;
}

/** A figure in the unit it was written in. */
export function formatFigure(figure: Figure, options: FormatOptions = {}): string {
  return formatAmount(figure.ore, figure.unit, options);
}

/**
 * An exact decimal sv-SE style: "26,71", "−2,1", "1 234,5". Without `decimals` it shows
 * exactly the decimals it has (no rounding); with fewer it rounds by `rounding`.
 */
export function formatDecimal(d: Decimal, options: DecimalFormatOptions = {}): string {
  const decimals = options.decimals ?? d.scale;
  checkDecimals(decimals);
  if (d.scale < 0) throw new RangeError(`a decimal's scale cannot be negative, got ${d.scale}`);
  const scaled =
    decimals >= d.scale
      ? d.units * 10n ** BigInt(decimals - d.scale)
      : divideRounded(d.units, 10n ** BigInt(d.scale - decimals), options.rounding ?? DEFAULT_ROUNDING);
  return writeScaled(scaled, decimals, options);
}

/**
 * A decimal that is already in percent (26,71 means 26,71 %, not 0,2671) with sv-SE's
 * no-break space before the sign: "26,71 %".
 */
export function formatPercent(d: Decimal, options: DecimalFormatOptions = {}): string {
  return `${formatDecimal(d, options)}\u00a0%`;
}
