// Money is integer öre, never a float (ARCHITECTURE.md). A JavaScript number holds
// integers exactly up to 2^53 öre (about 90 000 billion kr); every constructor checks it.

declare const oreBrand: unique symbol;

/** An amount of money in integer öre. */
export type Ore = number & { readonly [oreBrand]: 'Ore' };

/** The units amounts are written in: kronor, thousands of kronor, millions of kronor. */
export type MoneyUnit = 'kr' | 'tkr' | 'mnkr';

export const MONEY_UNITS: readonly MoneyUnit[] = ['kr', 'tkr', 'mnkr'];

/** How many öre one of each unit is. */
export const ORE_PER_UNIT: Readonly<Record<MoneyUnit, number>> = {
  kr: 100,
  tkr: 100_000,
  mnkr: 100_000_000,
};

/** A figure as written in a document: its exact value and the unit it was written in. */
export type Figure = { readonly ore: Ore; readonly unit: MoneyUnit };

export class MoneyRangeError extends RangeError {}

/** Brands an integer as öre; throws for fractions, NaN and integers beyond 2^53. */
export function ore(value: number | bigint): Ore {
  const n = typeof value === 'bigint' ? Number(value) : value;
  if (!Number.isSafeInteger(n) || (typeof value === 'bigint' && BigInt(n) !== value)) {
    throw new MoneyRangeError(`not a whole number of öre within ±2^53: ${String(value)}`);
  }
  // Normalise -0 so that equality and formatting never see a negative zero.
  return (n === 0 ? 0 : n) as Ore;
}

export const ZERO: Ore = ore(0);

/** Whole units (e.g. 10 279 tkr) to öre. */
export function fromUnits(units: number | bigint, unit: MoneyUnit): Ore {
  return ore(BigInt(units) * BigInt(ORE_PER_UNIT[unit]));
}

export function fromKronor(kronor: number | bigint): Ore {
  return fromUnits(kronor, 'kr');
}

export function fromTkr(tkr: number | bigint): Ore {
  return fromUnits(tkr, 'tkr');
}

export function add(a: Ore, b: Ore): Ore {
  return ore(a + b);
}

export function subtract(a: Ore, b: Ore): Ore {
  return ore(a - b);
}

export function negate(a: Ore): Ore {
  return ore(-a);
}

export function sum(values: Iterable<Ore>): Ore {
  // A partial sum beyond 2^53 would silently lose öre even when the total fits,
  // so continue in BigInt from the first partial sum that leaves the safe range.
  let total = 0;
  let big: bigint | undefined;
  for (const v of values) {
    if (big === undefined) {
      const next = total + v;
      if (Number.isSafeInteger(next)) {
        total = next;
        continue;
      }
      big = BigInt(total);
    }
    big += BigInt(v);
  }
  return ore(big ?? total);
}

export function abs(a: Ore): Ore {
  return ore(Math.abs(a));
}

export function compare(a: Ore, b: Ore): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isWholeUnits(a: Ore, unit: MoneyUnit): boolean {
  return a % ORE_PER_UNIT[unit] === 0;
}

/** Öre as whole units; throws if the amount is not a whole number of that unit (round first). */
export function toWholeUnits(a: Ore, unit: MoneyUnit): number {
  if (!isWholeUnits(a, unit)) {
    throw new MoneyRangeError(`${a} öre is not a whole number of ${unit}; round it first`);
  }
  const n = a / ORE_PER_UNIT[unit];
  return n === 0 ? 0 : n;
}
