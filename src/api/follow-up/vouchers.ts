// Drill-down from a budget line's outcome to its vouchers (issue 5, item 4): the rows on
// the accounts mapped to the line in the year (or one month), grouped by voucher, newest
// first. Removed rows (#BTRANS) are left out: they do not count in the figure.
import type { Kysely, Transaction } from 'kysely';
import { lastDayOfMonth } from '../../core/outcome/iso-date.ts';
import { mapOutcome } from '../../core/outcome/mapping.ts';
import { checkMonth } from '../../core/outcome/types.ts';
import type { Plan } from '../../core/plan/types.ts';
import { VOUCHER_PAGE_MAX, outcomeMovements, voucherRows } from '../../db/accounting/queries.ts';
import type { VoucherRow } from '../../db/accounting/queries.ts';
import type { Database } from '../../db/schema.ts';
import { checkBudgetYear, mappingFor } from './budget-outcome.ts';
import { FollowUpInputError } from './errors.ts';
import type { VoucherListJson } from './views.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/** At most this many vouchers in one answer (the newest). */
export const VOUCHER_LIST_MAX = 500;

export async function lineVouchers(
  db: Executor,
  orgId: string,
  plan: Plan,
  query: { line: string; year: number; month?: number | undefined },
): Promise<VoucherListJson> {
  checkBudgetYear(plan, query.year);
  if (!plan.budget.lines.some((l) => l.key === query.line)) {
    throw new FollowUpInputError(
      `line: no budget line "${query.line}"; lines are ${plan.budget.lines.map((l) => l.key).join(', ')}`,
      'line',
    );
  }
  const month = query.month === undefined ? undefined : checkMonth(query.month, 'month');
  const from = `${query.year}-${String(month ?? 1).padStart(2, '0')}-01`;
  const to = lastDayOfMonth(query.year, month ?? 12);
  const movements = (await outcomeMovements(db, orgId, query.year)).filter(
    (m) => month === undefined || m.month === month,
  );
  const accounts = [
    ...new Set(
      mapOutcome(await mappingFor(db, orgId, plan), movements)
        .movements.filter((m) => m.lineKey === query.line)
        .map((m) => m.account),
    ),
  ];
  const rows: VoucherRow[] = [];
  for (const account of accounts) {
    for (let offset = 0; ; offset += VOUCHER_PAGE_MAX) {
      const page = await voucherRows(db, orgId, { account, from, to, limit: VOUCHER_PAGE_MAX, offset });
      rows.push(...page.rows.filter((r) => r.kind !== 'removed'));
      if (!page.hasMore) break;
    }
  }
  const byVoucher = new Map<string, VoucherListJson['vouchers'][number]>();
  for (const r of rows) {
    const key = `${r.importId}\u0000${r.series}\u0000${r.number}`;
    let voucher = byVoucher.get(key);
    if (!voucher) {
      voucher = { series: r.series, number: r.number, date: r.voucherDate, text: r.voucherText, rows: [] };
      byVoucher.set(key, voucher);
    }
    voucher.rows.push({ account: r.account, amountOre: r.amountOre, text: r.text });
  }
  const vouchers = [...byVoucher.values()].sort(newestFirst);
  return { vouchers: vouchers.slice(0, VOUCHER_LIST_MAX), total: vouchers.length };
}

const numeric = (s: string) => (/^\d+$/.test(s) ? s.padStart(12, '0') : s);

function newestFirst(a: { date: string; series: string; number: string }, b: typeof a): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.series !== b.series) return a.series < b.series ? -1 : 1;
  const [x, y] = [numeric(a.number), numeric(b.number)];
  return x === y ? 0 : x < y ? 1 : -1;
}
