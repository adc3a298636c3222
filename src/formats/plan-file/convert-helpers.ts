// Shared pieces of the plan-file conversion: an issue collector and converters that
// check years against the budget's columns and member codes against the plan's members.
import { MoneyRangeError, ORE_PER_UNIT, fromUnits } from '../../core/money/money.ts';
import type { MoneyUnit, Ore } from '../../core/money/money.ts';
import { AmountParseError, parseAmount } from '../../core/money/parse.ts';
import { describeValue, formatPath } from './issues.ts';
import type { IssuePath, PlanFileIssue } from './issues.ts';

export class Collector {
  readonly issues: PlanFileIssue[] = [];
  add(path: IssuePath, message: string): void {
    this.issues.push({ path, message });
  }
}

/** Whole units to öre, or an issue when the amount is too large to hold exactly. */
export function toOre(c: Collector, path: IssuePath, units: number, unit: MoneyUnit): Ore {
  try {
    return fromUnits(units, unit);
  } catch (error) {
    if (!(error instanceof MoneyRangeError)) throw error;
    const limit = Math.floor(Number.MAX_SAFE_INTEGER / ORE_PER_UNIT[unit]);
    c.add(
      path,
      `found ${units} ${unit}, too large to hold exactly in öre; expected an amount between -${limit} and ${limit} ${unit}`,
    );
    return 0 as Ore;
  }
}

/** "found "x", which is not a member of the plan; expected one of RA, RB" */
export function unknownReference(
  found: string,
  what: string,
  known: Iterable<string>,
  declaredUnder: string,
): string {
  const names = [...known];
  const expected =
    names.length === 0
      ? `one declared under ${declaredUnder} (none is declared)`
      : `one of ${names.join(', ')} (declared under ${declaredUnder})`;
  return `found "${found}", which is not ${what}; expected ${expected}`;
}

export function yearMap(
  c: Collector,
  path: IssuePath,
  amounts: Record<string, number>,
  unit: MoneyUnit,
  years: readonly number[] | null,
): Map<number, Ore> {
  const out = new Map<number, Ore>();
  for (const [key, value] of Object.entries(amounts)) {
    const year = Number(key);
    if (years && !years.includes(year)) {
      c.add(
        [...path, key],
        `found year ${key}, which is not a column of the budget; expected only ${years.join(', ')}`,
      );
      continue;
    }
    out.set(year, toOre(c, [...path, key], value, unit));
  }
  for (const year of years ?? []) {
    if (!out.has(year) && !(String(year) in amounts)) {
      c.add(path, `missing an amount for ${year}; expected one for every column (${years?.join(', ')})`);
    }
  }
  return out;
}

export function memberMap<T, U>(
  c: Collector,
  path: IssuePath,
  values: Record<string, T>,
  members: ReadonlySet<string>,
  convert: (value: T, memberPath: IssuePath) => U,
): Map<string, U> {
  const out = new Map<string, U>();
  for (const [code, value] of Object.entries(values)) {
    if (!members.has(code)) {
      c.add([...path, code], unknownReference(code, 'a member of the plan', members, 'members'));
      continue;
    }
    out.set(code, convert(value, [...path, code]));
  }
  for (const code of members) {
    if (!(code in values))
      c.add(path, `missing member ${code}; expected a value for each of ${[...members].join(', ')}`);
  }
  return out;
}

export function uniqueIds(
  c: Collector,
  items: readonly { id: string; path: IssuePath }[],
  what: string,
): void {
  const seen = new Map<string, IssuePath>();
  for (const { id, path } of items) {
    const first = seen.get(id);
    if (first) {
      c.add(
        path,
        `found ${what} id "${id}" a second time (first at ${formatPath(first)}); expected each id once`,
      );
    } else {
      seen.set(id, path);
    }
  }
}

export function amountOrIssue(c: Collector, path: IssuePath, text: string): Ore {
  try {
    return parseAmount(text).ore;
  } catch (error) {
    if (!(error instanceof AmountParseError)) throw error;
    // parseAmount says why and gives examples; lead with what was found, like every other issue.
    const reason = error.message.replace(/^cannot read ".*" as an amount: /s, '');
    c.add(path, `found ${describeValue(text)}, which cannot be read as an amount: ${reason}`);
    return 0 as Ore;
  }
}
