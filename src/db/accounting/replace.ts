// Re-import of a financial year (see migrations/0002_accounting.sql): the organisation's
// current import of the same year is replaced; a year 0 overlapping a stored one with
// other dates, or a file from another company, is refused before anything changes.
import { sql } from 'kysely';
import type { Transaction } from 'kysely';
import type { Database } from '../schema.ts';
import { SieImportRefused } from './types.ts';
import type { ReplacedImport, StoredCounts } from './types.ts';

type Trx = Transaction<Database>;

/** Keeps two imports for one organisation from interleaving (7411001 is the migrations' lock). */
export async function lockOrganisation(trx: Trx, orgId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(7411002, hashtext(${orgId}))`.execute(trx);
}

export type NewYear = { start: string; end: string; orgNumber: string | null; companyName: string | null };

/** The current imports the new one replaces; throws SieImportRefused when it may not. */
export async function importsToReplace(trx: Trx, orgId: string, year: NewYear): Promise<ReplacedImport[]> {
  const current = await trx
    .selectFrom('sie_imports')
    .select(['id', 'file_name', 'imported_at', 'imported_by_name', 'year_start', 'year_end', 'org_number'])
    .select(sql<StoredCounts>`counts -> 'stored'`.as('stored'))
    .where('org_id', '=', orgId)
    .where('status', '=', 'current')
    .orderBy('year_start')
    .execute();
  const other = current.find(
    (c) => c.org_number !== null && year.orgNumber !== null && c.org_number !== year.orgNumber,
  );
  if (other) {
    throw new SieImportRefused(
      'other_company',
      `the file is for organisation number ${year.orgNumber}${year.companyName ? ` (${year.companyName})` : ''}, ` +
        `but this organisation's accounting came from ${other.org_number} (${other.file_name}); nothing was stored`,
    );
  }
  const overlapping = current.find(
    (c) => c.year_start <= year.end && c.year_end >= year.start && c.year_start !== year.start,
  );
  if (overlapping) {
    throw new SieImportRefused(
      'overlapping_year',
      `the file's financial year ${year.start}–${year.end} overlaps the stored year ` +
        `${overlapping.year_start}–${overlapping.year_end} (${overlapping.file_name}) with other dates; nothing was stored`,
    );
  }
  return current
    .filter((c) => c.year_start === year.start)
    .map((c) => ({
      id: c.id,
      fileName: c.file_name,
      importedAt: new Date(c.imported_at).toISOString(),
      importedBy: c.imported_by_name,
      stored: c.stored,
    }));
}

/** Deletes the replaced imports' rows and marks them replaced by `by` (a row inserted next). */
export async function replaceImports(
  trx: Trx,
  replaced: readonly ReplacedImport[],
  by: string,
): Promise<void> {
  if (replaced.length === 0) return;
  const ids = replaced.map((r) => r.id);
  // Rows before the vouchers they reference.
  await trx.deleteFrom('transactions').where('import_id', 'in', ids).execute();
  await trx.deleteFrom('vouchers').where('import_id', 'in', ids).execute();
  await trx.deleteFrom('account_balances').where('import_id', 'in', ids).execute();
  await trx.deleteFrom('period_balances').where('import_id', 'in', ids).execute();
  await trx.deleteFrom('outcome_months').where('import_id', 'in', ids).execute();
  await trx
    .updateTable('sie_imports')
    .set({ status: 'replaced', replaced_by: by })
    .where('id', 'in', ids)
    .execute();
}
