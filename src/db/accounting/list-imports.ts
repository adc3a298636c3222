// The organisation's SIE imports, newest first: current ones and those replaced since.
import type { Kysely, Transaction } from 'kysely';
import type { SieIssue } from '../../formats/sie/types.ts';
import type { Database } from '../schema.ts';
import type { SieImportStatus } from './tables.ts';
import type { StoredCounts } from './types.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export type SieImportListItem = {
  id: string;
  fileName: string;
  sha256: string;
  byteSize: number;
  company: { name: string | null; orgNumber: string | null };
  financialYear: { start: string; end: string };
  coverageDate: string | null;
  voucherDates: { first: string; last: string } | null;
  stored: StoredCounts | null;
  warnings: SieIssue[];
  warningCount: number;
  status: SieImportStatus;
  replacedBy: string | null;
  importedAt: string;
  importedBy: string;
};

export const IMPORT_PAGE_MAX = 500;

export async function listSieImports(
  db: Executor,
  orgId: string,
  page: { limit?: number; offset?: number } = {},
): Promise<SieImportListItem[]> {
  const rows = await db
    .selectFrom('sie_imports')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('imported_at', 'desc')
    .orderBy('id')
    .limit(Math.min(Math.max(page.limit ?? 50, 1), IMPORT_PAGE_MAX))
    .offset(Math.max(page.offset ?? 0, 0))
    .execute();
  return rows.map((r) => {
    const counts = r.counts as { stored?: StoredCounts };
    return {
      id: r.id,
      fileName: r.file_name,
      sha256: r.sha256,
      byteSize: r.byte_size,
      company: { name: r.company_name, orgNumber: r.org_number },
      financialYear: { start: r.year_start, end: r.year_end },
      coverageDate: r.coverage_date,
      voucherDates:
        r.first_voucher_date !== null && r.last_voucher_date !== null
          ? { first: r.first_voucher_date, last: r.last_voucher_date }
          : null,
      stored: counts.stored ?? null,
      warnings: r.warnings as SieIssue[],
      warningCount: r.warning_count,
      status: r.status,
      replacedBy: r.replaced_by,
      importedAt: new Date(r.imported_at).toISOString(),
      importedBy: r.imported_by_name,
    };
  });
}
