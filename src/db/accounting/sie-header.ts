// The description at the top of a SIE file — program, type, company, financial years,
// chart — read without the rows below it. The SIE 4B specification lists identification
// and chart records before balances and vouchers, and exporters write them in that order,
// so this is usually the first few kilobytes: enough for the import to decide, before it
// stores anything, which year the file replaces. A file that names a year after its rows
// is read twice instead (import-sie.ts).
import { SieCollector } from '../../formats/sie/collect.ts';
import type { SieOverview } from '../../formats/sie/collect.ts';
import { streamSie } from '../../formats/sie/read-sie.ts';
import type { SieInput } from '../../formats/sie/read-sie.ts';
import type { SieEvent } from '../../formats/sie/types.ts';

const ROW_EVENTS = new Set<SieEvent['type']>(['balance', 'objectBalance', 'periodBalance', 'voucher']);

/** Whether an event belongs to the description (false: balances, budgets and vouchers). */
export function isDescription(event: SieEvent): boolean {
  return !ROW_EVENTS.has(event.type);
}

/**
 * The description up to the first balance or voucher. Errors are left to the full read,
 * which reports them with their lines; so is the encoding (the header's is a placeholder).
 */
export async function readSieHeader(input: SieInput): Promise<SieOverview> {
  const collector = new SieCollector(false);
  for await (const item of streamSie(input)) {
    if (item.type === 'end' || !isDescription(item)) break;
    collector.add(item);
  }
  return collector.overview('cp437');
}

/** The parts of a description the import decides by; equal ones decide the same way. */
export function decidingParts(overview: SieOverview): string {
  const { encoding: _encoding, ...header } = overview.header;
  return JSON.stringify([header, overview.company, overview.financialYears]);
}
