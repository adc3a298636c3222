// Exact decimals for rates and shares ("26,71 %", "2,1 procent"): an integer count of
// 10^-scale. Never a float, so 26,71 + 14,69 + 31,10 + 27,50 is exactly 100,00.

export type Decimal = { readonly units: bigint; readonly scale: number };

export class DecimalParseError extends Error {}

const DECIMAL_PATTERN = /^([+\-\u2212]?)(\d+)(?:[.,](\d+))?$/;

/** Parses "26,71", "26.71", "-2,1", "−2,1" (U+2212) or "100" exactly. */
export function parseDecimal(text: string): Decimal {
  const m = DECIMAL_PATTERN.exec(text.trim());
  if (!m) throw new DecimalParseError(`not a decimal number: "${text}" (expected e.g. 26,71)`);
  const sign = m[1] === '' || m[1] === '+' ? 1n : -1n;
  const whole = m[2] ?? '0';
  const fraction = m[3] ?? '';
  return { units: sign * BigInt(whole + fraction), scale: fraction.length };
}

export function decimal(units: bigint | number, scale = 0): Decimal {
  return { units: BigInt(units), scale };
}

/** Both decimals at their common (larger) scale. */
export function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * 10n ** BigInt(scale - a.scale), b.units * 10n ** BigInt(scale - b.scale), scale];
}

export function addDecimals(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return { units: x + y, scale };
}

export function sumDecimals(values: Iterable<Decimal>): Decimal {
  let total: Decimal = { units: 0n, scale: 0 };
  for (const v of values) total = addDecimals(total, v);
  return total;
}

export function compareDecimals(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function decimalEquals(a: Decimal, b: Decimal): boolean {
  return compareDecimals(a, b) === 0;
}

/** Canonical text with a point and at least `minScale` decimals: "26.71", "100.00". */
export function decimalToString(d: Decimal, minScale = d.scale): string {
  const scale = Math.max(minScale, d.scale);
  const units = d.units * 10n ** BigInt(scale - d.scale);
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return `${negative ? '-' : ''}${whole}${scale > 0 ? '.' + fraction : ''}`;
}
