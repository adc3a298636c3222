// A small follow-up scenario for the tests of this folder: the core's test plan
// (testing/plan-builder.ts, 2026 budget in tkr) with outcome booked through August.
//   2026 budget: revenue 1 500, staff −1 200, other −1 300, members 1 000, reversal 0 tkr.
import { fromKronor, negate } from '../money/money.ts';
import type { Ore } from '../money/money.ts';
import { monthlyFlows } from './cash-flows.ts';
import type { PlannedFlow } from './cash-flows.ts';
import type { AccountMovement, Month } from './types.ts';

const kr = fromKronor;

function move(account: string, month: Month, amount: Ore): AccountMovement {
  return { account, year: 2026, month, amount, vouchers: [{ series: 'A', number: `${account}-${month}` }] };
}

const JAN_TO_AUG: readonly Month[] = [1, 2, 3, 4, 5, 6, 7, 8];

/**
 * Debit-positive movements, January–August 2026, plus one September staff cost that a
 * report through August must not count:
 *   3010 revenue: credit 125 000 kr a month, March 145 000 kr  → outcome 1 020 000 kr
 *   5010 staff:   debit 95 000 kr a month                       → outcome −760 000 kr
 *   6110 other:   debit 900 000 kr in February                  → outcome −900 000 kr
 *   3590 members: credit 1 000 000 kr in January (whole year)   → outcome 1 000 000 kr
 *   1930 bank and 8999 (year's result) also move.
 */
export function scenarioMovements(): AccountMovement[] {
  return [
    ...JAN_TO_AUG.map((m) => move('3010', m, negate(kr(m === 3 ? 145_000 : 125_000)))),
    ...JAN_TO_AUG.map((m) => move('5010', m, kr(95_000))),
    move('6110', 2, kr(900_000)),
    move('3590', 1, negate(kr(1_000_000))),
    move('5010', 9, kr(95_000)),
    move('1930', 1, kr(640_000)),
    move('8999', 8, kr(1)),
  ];
}

/**
 * Planned flows for the rest of 2026, from a bank balance of 2 500 000 kr on 31 August:
 *   09-25 salaries −700 000 → 1 800 000
 *   09-30 purchased services −300 000 → 1 500 000
 *   10-23 salaries (the 25th is a Sunday) −700 000 → 800 000   ← the lowest
 *   10-31 member invoices +1 500 000 → 2 300 000
 *   11-25 salaries −700 000 → 1 600 000
 *   12-25 salaries −700 000 → 900 000
 */
export function autumnFlows(): PlannedFlow[] {
  const salaries = monthlyFlows({
    from: '2026-09-01',
    to: '2026-12-31',
    day: 25,
    amount: kr(-700_000),
    label: 'Löner',
    kind: 'salaries',
    weekend: 'previousWeekday',
  });
  return [
    ...salaries,
    { date: '2026-09-30', amount: kr(-300_000), label: 'Köpt verksamhet', kind: 'purchasedServices' },
    { date: '2026-10-31', amount: kr(1_500_000), label: 'Medlemsfakturor', kind: 'memberInvoice' },
  ];
}
