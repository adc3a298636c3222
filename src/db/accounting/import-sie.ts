// Imports a SIE 4 file into the organisation's accounting (issue 5, item 2). All or
// nothing: the whole file is validated first (constant memory), then read again and
// stored in batches inside ONE transaction, so an error at any point stores nothing.
// A file for a financial year already stored replaces it (see replace.ts).
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Transaction } from 'kysely';
import { validateSie } from '../../formats/sie/read-sie.ts';
import type { SieFinancialYear } from '../../formats/sie/types.ts';
import type { CopyIn, Db } from '../open.ts';
import type { Database } from '../schema.ts';
import { appendAudit } from '../repos/audit.ts';
import type { AuditActor } from '../repos/audit.ts';
import { DEFAULT_BATCH_ROWS } from './batches.ts';
import { upsertChart } from './chart.ts';
import { DEFAULT_COPY_ROWS } from './copy-rows.ts';
import { attachImportTables, createImportTables } from './import-tables.ts';
import { importsToReplace, lockOrganisation, replaceImports } from './replace.ts';
import { storeRows } from './store-rows.ts';
import { SieImportRefused } from './types.ts';
import type { SieImportOptions, SieImportResult, SieImportSummary, StoredCounts } from './types.ts';

/** The file: a path (read twice, in chunks) or its bytes. */
export type SieImportInput = { fileName: string; data: string | Uint8Array };

type Digest = { sha256: string; bytes: number };

/** The file's chunks, hashed on the way through; `done` holds the digest once read to the end. */
function hashed(data: string | Uint8Array): { chunks: AsyncIterable<Uint8Array>; done: () => Digest } {
  const hash = createHash('sha256');
  let bytes = 0;
  let digest: Digest | null = null;
  async function* chunks(): AsyncGenerator<Uint8Array> {
    const source: AsyncIterable<Uint8Array> | Uint8Array[] =
      typeof data === 'string' ? createReadStream(data, { highWaterMark: 256 * 1024 }) : [data];
    for await (const chunk of source) {
      hash.update(chunk);
      bytes += chunk.byteLength;
      yield chunk;
    }
    digest = { sha256: hash.digest('hex'), bytes };
  }
  return {
    chunks: chunks(),
    done: () => {
      if (digest === null) throw new Error('the SIE file was not read to its end');
      return digest;
    },
  };
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

/** A transaction with COPY on a PostgreSQL server; a plain one (copyIn null) on PGlite. */
function inTransaction<T>(
  db: Db,
  work: (trx: Transaction<Database>, copyIn: CopyIn | null) => Promise<T>,
): Promise<T> {
  return db.copyTransaction
    ? db.copyTransaction(work)
    : db.db.transaction().execute((trx) => work(trx, null));
}

/**
 * Validates and stores a SIE file for the actor's organisation. Bad input gives
 * { ok: false, errors } and stores nothing; a file the stored accounting cannot take
 * throws SieImportRefused (nothing stored either).
 */
export async function importSie(
  db: Db,
  actor: AuditActor,
  input: SieImportInput,
  options: SieImportOptions = {},
): Promise<SieImportResult> {
  const started = performance.now();
  const progress = options.onProgress ?? (() => undefined);
  const batchRows = options.batchRows ?? DEFAULT_BATCH_ROWS;
  const copyRows = options.batchRows ?? DEFAULT_COPY_ROWS;
  const parserOptions = { maxErrors: options.maxIssues ?? 100, maxWarnings: options.maxIssues ?? 100 };

  progress({ phase: 'validate', rows: 0 });
  const first = hashed(input.data);
  const valid = await validateSie(first.chunks, parserOptions);
  if (!valid.ok) {
    const { summary } = valid;
    return {
      ok: false,
      errors: valid.errors,
      errorCount: summary.errorCount,
      warnings: valid.warnings,
      warningCount: summary.warningCount,
    };
  }
  const digest = first.done();
  const { value: overview, summary: read } = valid;
  const year = yearZero(overview.financialYears);
  const totalRows =
    read.counts.balances +
    read.counts.objectBalances +
    read.counts.periodBalances +
    read.counts.vouchers +
    read.counts.transactions;
  progress({ phase: 'validate', rows: read.counts.transRows, totalRows: read.counts.transRows });

  const importId = randomUUID();
  const company = { name: overview.company.name, orgNumber: overview.company.orgNumber };
  const { program: p } = overview.header;
  const program = p ? `${p.name} ${p.version}`.trim() : null;
  const summary = await inTransaction(db, async (trx, copyIn) => {
    await lockOrganisation(trx, actor.orgId);
    progress({ phase: 'replace', rows: 0 });
    const replaced = await importsToReplace(trx, actor.orgId, {
      start: year.start,
      end: year.end,
      orgNumber: company.orgNumber,
      companyName: company.name,
    });
    await replaceImports(trx, replaced, importId);
    const row = await trx
      .insertInto('sie_imports')
      .values({
        id: importId,
        org_id: actor.orgId,
        file_name: input.fileName,
        sha256: digest.sha256,
        byte_size: digest.bytes,
        encoding: read.encoding,
        sie_type: overview.header.sieType,
        program,
        company_name: company.name,
        org_number: company.orgNumber,
        year_start: year.start,
        year_end: year.end,
        financial_years: JSON.stringify(overview.financialYears),
        coverage_date: overview.header.coverageDate,
        first_voucher_date: read.voucherDates?.first ?? null,
        last_voucher_date: read.voucherDates?.last ?? null,
        counts: JSON.stringify({ read: read.counts }),
        warnings: JSON.stringify(read.warnings),
        warning_count: read.warningCount,
        replaced: JSON.stringify(replaced),
        status: 'current',
        replaced_by: null,
        imported_by: actor.userId,
        imported_by_name: actor.username ?? 'system',
      })
      .returning('imported_at')
      .executeTakeFirstOrThrow();

    const chart = await upsertChart(trx, actor.orgId, importId, overview, batchRows);
    progress({ phase: 'store', rows: 0, totalRows });
    const tables = await createImportTables(trx, { orgId: actor.orgId, importId });
    const second = hashed(input.data);
    const stored = await storeRows(
      trx,
      { orgId: actor.orgId, importId, tables },
      second.chunks,
      overview.financialYears,
      {
        batchRows: copyIn ? copyRows : batchRows,
        onRows: (rows) => progress({ phase: 'store', rows, totalRows }),
        copyIn,
      },
    );
    // The file must not change between the passes: what was validated is what is stored.
    if (second.done().sha256 !== digest.sha256 || stored.summary.errorCount > 0) {
      throw new Error(`${input.fileName} changed while it was being imported; nothing was stored`);
    }

    progress({ phase: 'index', rows: 0 });
    await attachImportTables(trx, { orgId: actor.orgId, importId });

    progress({ phase: 'summarise', rows: 0 });
    await stored.outcome.store(trx, { orgId: actor.orgId, importId });

    const counts: StoredCounts = { ...chart, ...stored.counts };
    const warnings = [...read.warnings, ...stored.warnings];
    const warningCount = read.warningCount + stored.warnings.length;
    await trx
      .updateTable('sie_imports')
      .set({
        counts: JSON.stringify({ read: read.counts, stored: counts }),
        warnings: JSON.stringify(warnings),
        warning_count: warningCount,
      })
      .where('id', '=', importId)
      .execute();
    const result: SieImportSummary = {
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
      after: { ...result, warnings: warningCount },
    });
    return result;
  });
  summary.ms = Math.round(performance.now() - started);
  progress({ phase: 'done', rows: totalRows, totalRows });
  return { ok: true, summary };
}
