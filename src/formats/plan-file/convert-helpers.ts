// Shared pieces of the plan-file conversion: an issue collector and converters that
// check years against the budget's columns and member codes against the plan's members.
import { fromUnits } from '../../core/money/money.ts';
import type { MoneyUnit, Ore } from '../../core/money/money.ts';
import { parseAmount } from '../../core/money/parse.ts';
import type { IssuePath, PlanFileIssue } from './issues.ts';

export class Collector {
  readonly issues: PlanFileIssue[] = [];
  add(path: IssuePath, message: string): void {
    this.issues.push({ path, message });
  }
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
      c.add([...path, key], `year ${key} is not a column of the budget (columns: ${years.join(', ')})`);
      continue;
    }
    out.set(year, fromUnits(value, unit));
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
      c.add([...path, code], `unknown member "${code}"; the plan's members are ${[...members].join(', ')}`);
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
  const seen = new Set<string>();
  for (const { id, path } of items) {
    if (seen.has(id)) c.add(path, `duplicate ${what} id "${id}"; ids must be unique in the plan`);
    seen.add(id);
  }
}

export function amountOrIssue(c: Collector, path: IssuePath, text: string): Ore {
  try {
    return parseAmount(text).ore;
  } catch (error) {
    c.add(path, error instanceof Error ? error.message : String(error));
    return 0 as Ore;
  }
}
