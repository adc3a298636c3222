// Reads of the stored accounting the follow-up needs besides src/db/accounting/queries.ts:
// which import a year's outcome comes from, how far the outcome reaches, account names,
// and the bank balance day by day (monthly figures would hide a dip within a month).
import { sql } from 'kysely';
import type { Kysely, Transaction } from 'kysely';
import { ore, sum } from '../../core/money/money.ts';
import type { Ore } from '../../core/money/money.ts';
import { BANK_ACCOUNTS, inRanges } from '../../core/outcome/accounts.ts';
import type { DatedBalance } from '../../core/outcome/liquidity.ts';
import { balancesAt, yearBalances } from '../accounting/queries.ts';
import type { Database } from '../schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export type OutcomeSource = { importId: string; fileName: string; importedAt: string; company: string };

/** The current import that delivers `year` (its financial year 0 starts in it), or null. */
export async function outcomeSource(
  db: Executor,
  orgId: string,
  year: number,
): Promise<OutcomeSource | null> {
  const row = await db
    .selectFrom('sie_imports')
    .select(['id', 'file_name', 'imported_at', 'company_name'])
    .where('org_id', '=', orgId)
    .where('status', '=', 'current')
    .where('year_start', '>=', `${year}-01-01`)
    .where('year_start', '<=', `${year}-12-31`)
    .orderBy('imported_at', 'desc')
    .executeTakeFirst();
  if (!row) return null;
  return {
    importId: row.id,
    fileName: row.file_name,
    importedAt: new Date(row.imported_at).toISOString(),
    company: row.company_name ?? '',
  };
}

/** The last calendar month of `year` with any stored outcome, or 0 when there is none. */
export async function lastOutcomeMonth(db: Executor, orgId: string, year: number): Promise<number> {
  const row = await db
    .selectFrom('outcome_months')
    .select(sql<number | null>`max(month)::int`.as('month'))
    .where('org_id', '=', orgId)
    .where('year', '=', year)
    .executeTakeFirst();
  return row?.month ?? 0;
}

/** The last voucher date of the organisation's current imports: how far the books reach. */
export async function lastVoucherDate(db: Executor, orgId: string): Promise<string | null> {
  const row = await db
    .selectFrom('sie_imports')
    .select(sql<string | null>`max(last_voucher_date)::text`.as('date'))
    .where('org_id', '=', orgId)
    .where('status', '=', 'current')
    .executeTakeFirst();
  return row?.date ?? null;
}

export async function accountNames(db: Executor, orgId: string): Promise<Map<string, string | null>> {
  const rows = await db
    .selectFrom('accounts')
    .select(['number', 'name'])
    .where('org_id', '=', orgId)
    .execute();
  return new Map(rows.map((r) => [r.number, r.name]));
}

/** The bank accounts' (19xx) balance at the end of `date`, from the stored outcome. */
export async function bankBalanceOn(db: Executor, orgId: string, date: string): Promise<Ore> {
  const rows = await balancesAt(db, orgId, date);
  return sum(rows.filter((r) => inRanges(BANK_ACCOUNTS, r.account)).map((r) => r.amountOre));
}

/**
 * The bank balance at the end of each day with bank movements from 1 January of `year`
 * through `through`, after the opening balance (dated 1 January): end-of-day figures, as
 * a bank statement shows them.
 */
export async function dailyBankBalances(
  db: Executor,
  orgId: string,
  year: number,
  through: string,
): Promise<DatedBalance[]> {
  const opening = (await yearBalances(db, orgId, year)).filter(
    (b) => b.kind === 'opening' && inRanges(BANK_ACCOUNTS, b.account),
  );
  const rows = await db
    .selectFrom('transactions')
    .select(['account', 'date'])
    .select(sql<number>`sum(amount_ore)::bigint`.as('amount'))
    .where('org_id', '=', orgId)
    .where('kind', '<>', 'removed')
    .where('date', '>=', `${year}-01-01`)
    .where('date', '<=', through)
    .groupBy(['account', 'date'])
    .orderBy('date')
    .execute();
  const byDate = new Map<string, Ore[]>();
  for (const r of rows) {
    if (!inRanges(BANK_ACCOUNTS, r.account)) continue;
    const list = byDate.get(r.date);
    if (list) list.push(ore(r.amount));
    else byDate.set(r.date, [ore(r.amount)]);
  }
  let balance = sum(opening.map((b) => b.amount));
  const out: DatedBalance[] = [{ date: `${year}-01-01`, balance }];
  for (const [date, amounts] of [...byDate.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    balance = ore(balance + sum(amounts));
    out.push({ date, balance });
  }
  return out;
}
