// Index series such as LPIK (SKR's price index for regions, GLOSSARY.md) applied year by
// year, rounding to whole units after each year as budgets are written in whole tkr.
import { ORE_PER_UNIT, ore } from '../money/money.ts';
import type { MoneyUnit, Ore } from '../money/money.ts';
import { DEFAULT_ROUNDING, divideRounded } from '../money/rounding.ts';
import type { RoundingMode } from '../money/rounding.ts';
import { decimalToString } from '../money/decimal.ts';
import type { Decimal } from '../money/decimal.ts';

export type IndexRate = {
  year: number;
  /** Change from the previous year in percent, e.g. 2,1. */
  percent: Decimal;
  /** Where the rate was published, e.g. "SKR Ekonominytt oktober 2025". */
  source?: string;
};

export type IndexSeries = {
  id: string;
  name: string;
  publisher?: string;
  publication?: string;
  rates: ReadonlyMap<number, IndexRate>;
};

export type IndexStep = {
  year: number;
  percent: Decimal;
  before: Ore;
  /** before × (100 + percent) / 100 exactly, in öre (unreduced). */
  exactAfter: { numerator: bigint; denominator: bigint };
  after: Ore;
};

export type Indexation = { steps: IndexStep[]; result: Ore };

export class IndexationError extends Error {
  override name = 'IndexationError';
}

function checkYear(label: string, year: number): void {
  if (!Number.isSafeInteger(year)) throw new IndexationError(`${label} must be a whole year, got ${year}`);
}

function checkScale(scale: number, what: string): void {
  if (!Number.isSafeInteger(scale) || scale < 0) {
    throw new IndexationError(`${what}: scale must be a non-negative whole number, got ${scale}`);
  }
}

/** The rate for `year` in the series, or an error saying which series lacks which year. */
export function rateFor(series: IndexSeries, year: number): IndexRate {
  const rate = series.rates.get(year);
  if (!rate) {
    throw new IndexationError(
      `index series "${series.name}" (${series.id}) has no rate for ${year}; add the ${year} rate ` +
        `or index only to a year the series covers`,
    );
  }
  if (rate.year !== year) {
    throw new IndexationError(
      `index series "${series.id}": the rate stored under ${year} says year ${rate.year}`,
    );
  }
  checkScale(rate.percent.scale, `index series "${series.id}" ${year}`);
  if (rate.percent.units <= -100n * 10n ** BigInt(rate.percent.scale)) {
    throw new IndexationError(
      `index series "${series.id}" ${year}: a change of ${decimalToString(rate.percent)} % ` +
        `would make amounts zero or negative`,
    );
  }
  return rate;
}

/**
 * Indexes `amount` from `fromYear` to `toYear` by applying the rates for fromYear+1 … toYear
 * in turn, each applied to the previous year's rounded figure (as a budget table would).
 */
export function indexAmount(
  amount: Ore,
  series: IndexSeries,
  fromYear: number,
  toYear: number,
  options: { unit: MoneyUnit; rounding?: RoundingMode },
): Indexation {
  checkYear('fromYear', fromYear);
  checkYear('toYear', toYear);
  if (toYear < fromYear) {
    throw new IndexationError(
      `cannot index backwards from ${fromYear} to ${toYear}; toYear must be ≥ fromYear`,
    );
  }
  const mode = options.rounding ?? DEFAULT_ROUNDING;
  const per = BigInt(ORE_PER_UNIT[options.unit]);
  const steps: IndexStep[] = [];
  let current = amount;
  for (let year = fromYear + 1; year <= toYear; year++) {
    const { percent } = rateFor(series, year);
    // before × (100 + p) / 100 with p = units / 10^scale, kept as integers.
    const denominator = 100n * 10n ** BigInt(percent.scale);
    const numerator = BigInt(current) * (denominator + percent.units);
    const after = ore(divideRounded(numerator, denominator * per, mode) * per);
    steps.push({ year, percent, before: current, exactAfter: { numerator, denominator }, after });
    current = after;
  }
  return { steps, result: current };
}

/**
 * The percent change from `from` to `to`, rounded half away from zero to `scale` decimals,
 * e.g. 10 279 → 10 495 tkr at scale 1 is 2,1 %. Shows what rate a stated column implies.
 */
export function impliedRate(from: Ore, to: Ore, scale: number): Decimal {
  checkScale(scale, 'impliedRate');
  if (from === 0) throw new IndexationError('no rate can be implied from an amount of zero');
  const numerator = (BigInt(to) - BigInt(from)) * 100n * 10n ** BigInt(scale);
  return { units: divideRounded(numerator, BigInt(from), 'halfAwayFromZero'), scale };
}
