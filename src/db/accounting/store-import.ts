// One pass over a SIE file inside ONE transaction: the file is read, validated and stored
// at once, and anything wrong — a bad line, an unbalanced voucher, a failed COPY — rolls
// all of it back. The year it replaces is decided before the pass from the description the
// caller read (`known`); the pass checks that the file's own description agrees.
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { SieOverview } from '../../formats/sie/collect.ts';
import type { SieParserOptions } from '../../formats/sie/parser.ts';
import type { SieFinancialYear, SieSummary } from '../../formats/sie/types.ts';
import type { CopyIn, Db } from '../open.ts';
import { appendAudit } from '../repos/audit.ts';
import type { AuditActor } from '../repos/audit.ts';
import type { Database } from '../schema.ts';
import { DEFAULT_BATCH_ROWS } from './batches.ts';
import { upsertChart } from './chart.ts';
import { DEFAULT_COPY_ROWS } from './copy-rows.ts';
import { attachImportTables, createImportTables } from './import-tables.ts';
import { importsToReplace, lockOrganisation, replaceImports } from './replace.ts';
import { SieFileReader } from './sie-file-reader.ts';
import type { SieImportInput } from './sie-file-reader.ts';
import { decidingParts } from './sie-header.ts';
import { storeRows } from './store-rows.ts';
import { SieImportRefused } from './types.ts';
import type { SieImportOptions, SieImportResult, SieImportSummary, StoredCounts } from './types.ts';

/** The file describes itself further down than `known` reached: read it whole first, then store. */
export const DESCRIBED_LATE = 'described-late';

/** Thrown inside the transaction to roll it back; caught below and turned into a result. */
class Abandoned extends Error {
  constructor(readonly outcome: SieImportResult | typeof DESCRIBED_LATE) {
    super('SIE import abandoned');
  }
}

/** Errors and warnings kept for the report (all are counted). */
export function sieParserOptions(options: SieImportOptions): SieParserOptions {
  return { maxErrors: options.maxIssues ?? 100, maxWarnings: options.maxIssues ?? 100 };
}

function yearZero(years: readonly SieFinancialYear[]): SieFinancialYear {
  const year = years.find((y) => y.index === 0);
  if (!year) {
    throw new SieImportRefused(
      'no_financial_year',
      'the file has no #RAR 0, so it does not say which financial year it holds; nothing was stored',
    );
  }
  return year;
}

function invalid(summary: SieSummary): SieImportResult {
  return {
    ok: false,
    errors: summary.errors,
    errorCount: summary.errorCount,
    warnings: summary.warnings,
    warningCount: summary.warningCount,
  };
}

/** A transaction with COPY on a PostgreSQL server; a plain one (copyIn null) on PGlite. */
function inTransaction<T>(
  db: Db,
  work: (trx: Transaction<Database>, copyIn: CopyIn | null) => Promise<T>,
): Promise<T> {
  return db.copyTransaction
    ? db.copyTransaction(work)
    : db.db.transaction().execute((trx) => work(trx, null));
}

export async function storeImport(
  db: Db,
  actor: AuditActor,
  input: SieImportInput,
  known: SieOverview,
  options: SieImportOptions,
): Promise<SieImportResult | typeof DESCRIBED_LATE> {
  const progress = options.onProgress ?? (() => undefined);
  const year = yearZero(known.financialYears);
  const importId = randomUUID();
  const ids = { orgId: actor.orgId, importId };
  const company = { name: known.company.name, orgNumber: known.company.orgNumber };
  const { program: p } = known.header;
  const program = p ? `${p.name} ${p.version}`.trim() : null;
  try {
    return await inTransaction(db, async (trx, copyIn) => {
      await lockOrganisation(trx, actor.orgId);
      progress({ phase: 'replace', rows: 0 });
      const replaced = await importsToReplace(trx, actor.orgId, {
        start: year.start,
        end: year.end,
        orgNumber: company.orgNumber,
        companyName: company.name,
      });
      await replaceImports(trx, replaced, importId);
      // What the pass reads (digest, encoding, counts, warnings) is filled in after it.
      const row = await trx
        .insertInto('sie_imports')
        .values({
          id: importId,
          org_id: actor.orgId,
          file_name: input.fileName,
          sha256: '',
          byte_size: 0,
          encoding: '',
          sie_type: known.header.sieType,
          program,
          company_name: company.name,
          org_number: company.orgNumber,
          year_start: year.start,
          year_end: year.end,
          financial_years: JSON.stringify(known.financialYears),
          coverage_date: known.header.coverageDate,
          first_voucher_date: null,
          last_voucher_date: null,
          counts: '{}',
          warnings: '[]',
          warning_count: 0,
          replaced: JSON.stringify(replaced),
          status: 'current',
          replaced_by: null,
          imported_by: actor.userId,
          imported_by_name: actor.username ?? 'system',
        })
        .returning('imported_at')
        .executeTakeFirstOrThrow();

      const tables = await createImportTables(trx, ids);
      const file = new SieFileReader(input.data);
      const totalBytes = await file.size();
      progress({ phase: 'store', rows: 0, bytes: 0, totalBytes });
      const stored = await storeRows(trx, { ...ids, tables }, file.chunks(), known.financialYears, {
        batchRows: options.batchRows ?? (copyIn ? DEFAULT_COPY_ROWS : DEFAULT_BATCH_ROWS),
        onRows: (rows) => progress({ phase: 'store', rows, bytes: file.bytes, totalBytes }),
        copyIn,
        parserOptions: sieParserOptions(options),
      });
      const read = stored.summary;
      if (read.errorCount > 0) throw new Abandoned(invalid(read));
      const overview = stored.overview(read.encoding);
      if (decidingParts(overview) !== decidingParts(known)) throw new Abandoned(DESCRIBED_LATE);

      const chart = await upsertChart(trx, actor.orgId, importId, overview, DEFAULT_BATCH_ROWS);
      progress({ phase: 'index', rows: 0 });
      await attachImportTables(trx, ids);
      progress({ phase: 'summarise', rows: 0 });
      await stored.outcome.store(trx, ids);

      const digest = file.digest();
      const counts: StoredCounts = { ...chart, ...stored.counts };
      const warnings = [...read.warnings, ...stored.warnings];
      const warningCount = read.warningCount + stored.warnings.length;
      await trx
        .updateTable('sie_imports')
        .set({
          sha256: digest.sha256,
          byte_size: digest.bytes,
          encoding: read.encoding,
          first_voucher_date: read.voucherDates?.first ?? null,
          last_voucher_date: read.voucherDates?.last ?? null,
          counts: JSON.stringify({ read: read.counts, stored: counts }),
          warnings: JSON.stringify(warnings),
          warning_count: warningCount,
        })
        .where('id', '=', importId)
        .execute();
      const summary: SieImportSummary = {
        id: importId,
        fileName: input.fileName,
        sha256: digest.sha256,
        byteSize: digest.bytes,
        encoding: read.encoding,
        sieType: overview.header.sieType,
        program,
        company,
        financialYear: { start: year.start, end: year.end },
        financialYears: overview.financialYears,
        coverageDate: overview.header.coverageDate,
        voucherDates: read.voucherDates,
        read: read.counts,
        stored: counts,
        warnings,
        warningCount,
        replaced,
        importedAt: new Date(row.imported_at).toISOString(),
        importedBy: actor.username ?? 'system',
        ms: 0,
      };
      await appendAudit(trx, {
        ...actor,
        action: 'sie.import',
        entityType: 'sie_import',
        entityId: importId,
        before: replaced.length === 0 ? undefined : { replaced },
        after: { ...summary, warnings: warningCount },
      });
      return { ok: true, summary } satisfies SieImportResult;
    });
  } catch (error) {
    if (error instanceof Abandoned) return error.outcome;
    throw error;
  }
}
