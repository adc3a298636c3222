// Reading the stored accounting for the follow-up calculators (src/core/outcome) and the
// API: outcome per account and month, balances, and the rows behind a figure. Replaced
// imports leave no rows behind, so every row here is from a current import.
import { sql } from 'kysely';
import type { Kysely, Transaction } from 'kysely';
import { ore } from '../../core/money/money.ts';
import type { Ore } from '../../core/money/money.ts';
import { checkMonth } from '../../core/outcome/types.ts';
import type { AccountBalance, AccountMovement } from '../../core/outcome/types.ts';
import type { Database } from '../schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export type MonthOutcome = { account: string; year: number; month: number; amountOre: Ore; rows: number };

/**
 * Outcome per account and calendar month of `year`: the sum of the rows that count
 * (#TRANS and #RTRANS; #BTRANS rows were removed and are not), debit positive.
 */
export async function outcomeByMonth(
  db: Executor,
  orgId: string,
  filter: { year: number; account?: string | undefined },
): Promise<MonthOutcome[]> {
  let query = db
    .selectFrom('outcome_months')
    .select(['account', 'year', 'month'])
    .select(sql<number>`sum(amount_ore)::bigint`.as('amount'))
    .select(sql<number>`sum(row_count)::int`.as('rows'))
    .where('org_id', '=', orgId)
    .where('year', '=', filter.year);
  if (filter.account !== undefined) query = query.where('account', '=', filter.account);
  const rows = await query
    .groupBy(['account', 'year', 'month'])
    .orderBy('account')
    .orderBy('month')
    .execute();
  return rows.map((r) => ({
    account: r.account,
    year: r.year,
    month: r.month,
    amountOre: ore(r.amount),
    rows: r.rows,
  }));
}

/** outcomeByMonth in the calculators' form. */
export async function outcomeMovements(
  db: Executor,
  orgId: string,
  year: number,
): Promise<AccountMovement[]> {
  const rows = await outcomeByMonth(db, orgId, { year });
  return rows.map((r) => ({
    account: r.account,
    year: r.year,
    month: checkMonth(r.month, `outcome of ${r.account}`),
    amount: r.amountOre,
  }));
}

export type YearBalance = {
  account: string;
  kind: 'IB' | 'UB' | 'RES';
  yearStart: string;
  yearEnd: string;
  amountOre: Ore;
};

/**
 * #IB, #UB and #RES of each account (not per object) for the financial year starting in
 * `year`. Where two files give the same year, the file that delivers it (year 0) wins
 * over another file's comparative figures (year -1), then the latest import.
 */
export async function balancesForYear(db: Executor, orgId: string, year: number): Promise<YearBalance[]> {
  const rows = await sql<{
    account: string;
    kind: 'IB' | 'UB' | 'RES';
    year_start: string;
    year_end: string;
    amount_ore: number;
  }>`
    select distinct on (b.account, b.kind) b.account, b.kind, b.year_start, b.year_end, b.amount_ore
    from account_balances b join sie_imports i on i.id = b.import_id
    where b.org_id = ${orgId} and b.dimension is null
      and b.year_start >= make_date(${year}::int, 1, 1) and b.year_start < make_date(${year}::int + 1, 1, 1)
    order by b.account, b.kind, (b.year_index = 0) desc, i.imported_at desc`.execute(db);
  return rows.rows.map((r) => ({
    account: r.account,
    kind: r.kind,
    yearStart: r.year_start,
    yearEnd: r.year_end,
    amountOre: ore(r.amount_ore),
  }));
}

/** Opening and closing balances in the calculators' form (year: the year the financial year starts in). */
export async function yearBalances(db: Executor, orgId: string, year: number): Promise<AccountBalance[]> {
  const rows = await balancesForYear(db, orgId, year);
  return rows.flatMap((r): AccountBalance[] =>
    r.kind === 'RES'
      ? []
      : [{ account: r.account, year, kind: r.kind === 'IB' ? 'opening' : 'closing', amount: r.amountOre }],
  );
}

export type BalanceAtDate = {
  account: string;
  date: string;
  openingOre: Ore;
  movementOre: Ore;
  amountOre: Ore;
};

/**
 * Each account's balance at the end of `date`: the opening balance (#IB) of the
 * stored financial year holding the date, plus the counted rows from its start to the date.
 */
export async function balancesAt(
  db: Executor,
  orgId: string,
  date: string,
  account?: string,
): Promise<BalanceAtDate[]> {
  const only = account === undefined ? sql`` : sql`and account = ${account}`;
  const rows = await sql<{ account: string; opening: number; movement: number }>`
    with fy as (
      select distinct on (year_start) year_start, year_end from account_balances
      where org_id = ${orgId} and year_start <= ${date}::date and year_end >= ${date}::date
      order by year_start desc limit 1
    ),
    opening as (
      select distinct on (b.account) b.account, b.amount_ore
      from account_balances b join fy on fy.year_start = b.year_start join sie_imports i on i.id = b.import_id
      where b.org_id = ${orgId} and b.kind = 'IB' and b.dimension is null ${only}
      order by b.account, (b.year_index = 0) desc, i.imported_at desc
    ),
    moved as (
      select account, sum(amount_ore)::bigint as amount_ore from transactions t, fy
      where t.org_id = ${orgId} and t.kind <> 'removed' and t.date >= fy.year_start and t.date <= ${date}::date ${only}
      group by account
    )
    select coalesce(o.account, m.account) as account, coalesce(o.amount_ore, 0)::bigint as opening,
      coalesce(m.amount_ore, 0)::bigint as movement
    from opening o full join moved m on m.account = o.account
    order by 1`.execute(db);
  return rows.rows.map((r) => ({
    account: r.account,
    date,
    openingOre: ore(r.opening),
    movementOre: ore(r.movement),
    amountOre: ore(r.opening + r.movement),
  }));
}

export type VoucherRow = {
  series: string;
  number: string;
  voucherDate: string;
  voucherText: string | null;
  date: string;
  kind: 'normal' | 'added' | 'removed';
  account: string;
  objects: unknown;
  amountOre: Ore;
  text: string | null;
  importId: string;
};

export const VOUCHER_PAGE_MAX = 1000;

/**
 * The rows on an account from `from` to `to` (inclusive), by date and voucher, for
 * drill-down. Removed rows (#BTRANS) are included and marked, for the audit trail.
 */
export async function voucherRows(
  db: Executor,
  orgId: string,
  filter: { account: string; from: string; to: string; limit?: number; offset?: number },
): Promise<{ rows: VoucherRow[]; hasMore: boolean }> {
  const limit = Math.min(Math.max(filter.limit ?? 100, 1), VOUCHER_PAGE_MAX);
  const rows = await db
    .selectFrom('transactions as t')
    .innerJoin('vouchers as v', (j) =>
      j
        .onRef('v.org_id', '=', 't.org_id')
        .onRef('v.import_id', '=', 't.import_id')
        .onRef('v.seq', '=', 't.voucher_seq'),
    )
    .select([
      'v.series',
      'v.number',
      'v.date as voucher_date',
      'v.text as voucher_text',
      't.date',
      't.kind',
      't.account',
      't.objects',
      't.amount_ore',
      't.text',
      't.import_id',
    ])
    .where('t.org_id', '=', orgId)
    .where('t.account', '=', filter.account)
    .where('t.date', '>=', filter.from)
    .where('t.date', '<=', filter.to)
    .orderBy('t.date')
    .orderBy('v.series')
    .orderBy('t.import_id')
    .orderBy('t.voucher_seq')
    .orderBy('t.row_no')
    .limit(limit + 1)
    .offset(Math.max(filter.offset ?? 0, 0))
    .execute();
  return {
    hasMore: rows.length > limit,
    rows: rows.slice(0, limit).map((r) => ({
      series: r.series,
      number: r.number,
      voucherDate: r.voucher_date,
      voucherText: r.voucher_text,
      date: r.date,
      kind: r.kind,
      account: r.account,
      objects: r.objects ?? [],
      amountOre: ore(r.amount_ore),
      text: r.text,
      importId: r.import_id,
    })),
  };
}
