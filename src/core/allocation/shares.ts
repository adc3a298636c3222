// Shares that a total is split by: population counts (exact) or percentages scaled to
// integers ("26,71" % → 2671 at scale 2). Weights are BigInt because total × weight can
// pass 2^53 (10^12 öre × 10^7 inhabitants).
import { DecimalParseError, decimalToString, parseDecimal } from '../money/decimal.ts';
import type { Decimal } from '../money/decimal.ts';

export type Share = { key: string; weight: bigint };

export class SharesError extends Error {
  override name = 'SharesError';
}

/** "99.99" → "99,99": messages are read by Swedish economists. */
function swedish(d: Decimal): string {
  return decimalToString(d).replace('.', ',').replace(/^-/, '\u2212');
}

function checkKeys(keys: readonly string[], what: string): void {
  if (keys.length === 0) throw new SharesError(`no ${what} given; at least one member is needed`);
  const seen = new Set<string>();
  for (const [i, key] of keys.entries()) {
    if (key.trim() === '') throw new SharesError(`${what} ${i + 1} has an empty member key`);
    if (seen.has(key)) throw new SharesError(`member "${key}" is listed twice; give each member once`);
    seen.add(key);
  }
}

/**
 * Checks shares before splitting: at least one, unique non-empty keys, non-negative
 * weights and a positive sum (otherwise there is nothing to split by).
 */
export function checkShares(shares: readonly Share[]): bigint {
  checkKeys(
    shares.map((s) => s.key),
    'shares',
  );
  let total = 0n;
  for (const s of shares) {
    if (s.weight < 0n) throw new SharesError(`member "${s.key}" has a negative weight (${s.weight})`);
    total += s.weight;
  }
  if (total === 0n) throw new SharesError('all shares are zero; at least one member needs a positive share');
  return total;
}

/**
 * Percent shares such as [["RVN", "26,71"], ["RJH", "14,69"], …], brought to one common
 * scale so the weights are integers. They must add up to exactly `requireTotal` (default
 * "100"): a plan whose shares do not sum to 100 % is an error to fix, not to paper over.
 */
export function sharesFromPercentages(
  entries: readonly (readonly [string, string])[],
  options: { requireTotal?: string } = {},
): Share[] {
  checkKeys(
    entries.map(([key]) => key),
    'percentages',
  );
  const required = parsePercent('the required total', options.requireTotal ?? '100');
  if (required.units <= 0n) {
    throw new SharesError(`the required total must be positive, got ${swedish(required)} %`);
  }
  const parsed = entries.map(([key, text]) => {
    const value = parsePercent(`member "${key}"`, text);
    if (value.units < 0n) throw new SharesError(`member "${key}" has a negative share: ${text} %`);
    return { key, value };
  });
  const scale = Math.max(required.scale, ...parsed.map((p) => p.value.scale));
  const toScale = (d: Decimal): bigint => d.units * 10n ** BigInt(scale - d.scale);
  const shares = parsed.map(({ key, value }) => ({ key, weight: toScale(value) }));
  const sum = shares.reduce((acc, s) => acc + s.weight, 0n);
  const expected = toScale(required);
  if (sum !== expected) {
    const diff: Decimal = { units: sum - expected, scale };
    const listed = parsed.map((p) => `${p.key} ${swedish(p.value)}`).join(' + ');
    throw new SharesError(
      `shares add up to ${swedish({ units: sum, scale })} %, expected ${swedish(required)} % ` +
        `(${listed}; off by ${swedish(diff)} percentage points)`,
    );
  }
  return shares;
}

function parsePercent(what: string, text: string): Decimal {
  try {
    return parseDecimal(text.replace(/\s*%$/, ''));
  } catch (e) {
    if (e instanceof DecimalParseError) {
      throw new SharesError(`${what}: "${text}" is not a percentage (expected e.g. 26,71)`);
    }
    throw e;
  }
}

/** Population counts such as [["RVN", 243_000], …]: non-negative integers, not all zero. */
export function sharesFromPopulation(entries: readonly (readonly [string, number | bigint])[]): Share[] {
  checkKeys(
    entries.map(([key]) => key),
    'population counts',
  );
  const shares = entries.map(([key, count]) => {
    if (typeof count === 'number' && !Number.isSafeInteger(count)) {
      throw new SharesError(`member "${key}": population ${count} is not a whole number`);
    }
    const weight = BigInt(count);
    if (weight < 0n) throw new SharesError(`member "${key}": population ${count} is negative`);
    return { key, weight };
  });
  if (shares.every((s) => s.weight === 0n)) {
    throw new SharesError('all population counts are zero; at least one member needs inhabitants');
  }
  return shares;
}
