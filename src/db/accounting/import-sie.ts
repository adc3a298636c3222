// Imports a SIE 4 file into the organisation's accounting (issue 5, item 2). All or
// nothing, in ONE transaction (store-import.ts). The file is read once: its description at
// the top (sie-header.ts) decides which year it replaces, then one pass validates and stores
// it. Only a file that names its years further down is read twice: validated whole first,
// then stored. A file for a financial year already stored replaces it (see replace.ts).
import { validateSie } from '../../formats/sie/read-sie.ts';
import type { Db } from '../open.ts';
import type { AuditActor } from '../repos/audit.ts';
import { sieChunks } from './sie-file-reader.ts';
import type { SieImportInput } from './sie-file-reader.ts';
import { readSieHeader } from './sie-header.ts';
import { DESCRIBED_LATE, sieParserOptions, storeImport } from './store-import.ts';
import type { SieImportOptions, SieImportResult } from './types.ts';

export type { SieImportInput } from './sie-file-reader.ts';

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
  const parserOptions = sieParserOptions(options);

  const head = await readSieHeader(sieChunks(input.data));
  let result = head.financialYears.some((y) => y.index === 0)
    ? await storeImport(db, actor, input, head, options)
    : DESCRIBED_LATE;
  if (result === DESCRIBED_LATE) {
    progress({ phase: 'validate', rows: 0 });
    const valid = await validateSie(sieChunks(input.data), parserOptions);
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
    result = await storeImport(db, actor, input, valid.value, options);
    if (result === DESCRIBED_LATE)
      throw new Error(`${input.fileName} changed while it was being imported; nothing was stored`);
  }
  if (result.ok) {
    result.summary.ms = Math.round(performance.now() - started);
    const { balances, periodBalances, vouchers, transactions } = result.summary.stored;
    const rows = balances + periodBalances + vouchers + transactions;
    progress({ phase: 'done', rows, totalRows: rows });
  }
  return result;
}
