// planvis import-sie FILE --org NRF: a SIE 4 file into the organisation's accounting
// (issue 5, item 8). All or nothing: an invalid file lists every error with line, column
// and text, stores nothing and exits 2. A file for a year already stored replaces it.
// Progress goes to stderr (also with --json, whose stdout stays one JSON document).
import { accessSync, constants } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { importSie } from '../../db/accounting/import-sie.ts';
import { SieImportRefused } from '../../db/accounting/types.ts';
import type { SieImportProgress, SieImportSummary } from '../../db/accounting/types.ts';
import { systemActor } from '../../db/plan-store/actor.ts';
import { toJson } from '../../formats/json/to-json.ts';
import type { SieIssue } from '../../formats/sie/types.ts';
import { databaseConfig, prepareDatabase } from '../shared/database.ts';
import { EXIT, UsageError } from '../shared/io.ts';
import type { ExitCode, Io } from '../shared/io.ts';

export type ImportSieOptions = { org?: string; json?: boolean; progressEvery?: string };

/** A progress line on stderr every this many rows stored (files smaller than this print none). */
export const PROGRESS_EVERY = 100_000;

const n = (value: number) => value.toLocaleString('sv-SE');

function issueLine(file: string, issue: SieIssue): string {
  const where = issue.line > 0 ? `${file}:${issue.line}:${issue.column}` : file;
  return `${where}: ${issue.message}${issue.text ? ` (found: ${issue.text})` : ''}`;
}

function describeSummary(s: SieImportSummary): string {
  const company = [s.company.name, s.company.orgNumber && `(${s.company.orgNumber})`]
    .filter(Boolean)
    .join(' ');
  const { stored, read } = s;
  const lines = [
    `Imported ${s.fileName} for ${company || 'a company without #FNAMN'}: SIE type ${s.sieType ?? '?'}, financial year ${s.financialYear.start} – ${s.financialYear.end}` +
      (s.coverageDate ? `, figures up to ${s.coverageDate}` : '') +
      '.',
    `  financial years  ${s.financialYears.map((y) => `${y.index}: ${y.start} – ${y.end}`).join(', ')}`,
    `  accounts         ${n(stored.accounts)} (dimensions ${n(stored.dimensions)}, objects ${n(stored.objects)})`,
    `  vouchers         ${n(stored.vouchers)}` +
      (s.voucherDates ? ` dated ${s.voucherDates.first} – ${s.voucherDates.last}` : ''),
    `  transactions     ${n(stored.transactions)} (${n(read.transRows)} #TRANS rows read)`,
    `  balances         ${n(stored.balances)}, period figures ${n(stored.periodBalances)}`,
    `  warnings         ${n(s.warningCount)}`,
  ];
  for (const w of s.warnings) lines.push(`    ${issueLine(s.fileName, w)}`);
  for (const r of s.replaced)
    lines.push(
      `Replaced the earlier import of this year: ${r.fileName} (${r.importedAt} by ${r.importedBy}, ${n(r.stored.transactions)} transactions).`,
    );
  lines.push(`Stored in ${n(s.ms)} ms (import ${s.id}).`);
  return lines.join('\n');
}

function progressReporter(io: Io, every: number): (p: SieImportProgress) => void {
  let next = every;
  let phase: SieImportProgress['phase'] | null = null;
  let counted = false;
  return (p) => {
    // Keys and indexes take a while with no rows to count: said once, for a file large
    // enough to have had its rows counted.
    if (p.phase === 'index' && phase !== 'index' && counted) io.err('building keys and indexes …');
    phase = p.phase;
    if (p.phase !== 'store' || p.rows < next) return;
    counted = true;
    next = (Math.floor(p.rows / every) + 1) * every;
    const of = p.totalRows
      ? ` of ${n(p.totalRows)} (${Math.floor((p.rows * 100) / p.totalRows)} %)`
      : p.totalBytes && p.bytes !== undefined
        ? ` (${Math.floor((p.bytes * 100) / p.totalBytes)} % of the file read)`
        : '';
    io.err(`stored ${n(p.rows)} rows${of}`);
  };
}

export async function runImportSie(file: string, options: ImportSieOptions, io: Io): Promise<ExitCode> {
  try {
    accessSync(file, constants.R_OK);
  } catch {
    throw new UsageError(`cannot read the SIE file "${file}"`);
  }
  const every = options.progressEvery === undefined ? PROGRESS_EVERY : Number(options.progressEvery);
  if (!Number.isSafeInteger(every) || every < 1)
    throw new UsageError(`--progress-every must be a whole number of rows, got "${options.progressEvery}"`);
  const orgCode = options.org ?? 'NRF';
  const { db } = await prepareDatabase(databaseConfig(), 'planvis import-sie');
  try {
    const org = await db.db
      .selectFrom('organisations')
      .select('id')
      .where('code', '=', orgCode)
      .executeTakeFirst();
    if (!org) throw new UsageError(`no organisation ${orgCode} in the database`);
    const actor = { ...systemActor(org.id), username: 'planvis import-sie' };
    let result;
    try {
      result = await importSie(
        db,
        actor,
        { fileName: basename(file), data: file },
        { onProgress: progressReporter(io, every) },
      );
    } catch (error) {
      if (error instanceof SieImportRefused) throw new UsageError(`${file}: ${error.message}`);
      throw error;
    }
    if (!result.ok) {
      if (options.json) io.out(toJson(result));
      const more =
        result.errorCount > result.errors.length ? ` (the first ${result.errors.length} shown)` : '';
      io.err(
        [
          `planvis: ${file} has ${result.errorCount} ${result.errorCount === 1 ? 'error' : 'errors'}${more}; nothing was stored:`,
        ]
          .concat(result.errors.map((e) => `  ${issueLine(file, e)}`))
          .join('\n'),
      );
      return EXIT.badInput;
    }
    io.out(options.json ? toJson(result) : describeSummary(result.summary));
    return EXIT.ok;
  } finally {
    await db.close();
  }
}

export function registerImportSie(program: Command, io: Io, setExit: (code: ExitCode) => void): void {
  program
    .command('import-sie')
    .description("import a SIE 4 file into the organisation's accounting; all or nothing")
    .argument('<file>', 'the SIE file (type 1–4 or 4I)')
    .option('--org <code>', 'organisation code', 'NRF')
    .option('--json', 'machine-readable output (money in öre); progress still goes to stderr')
    .option(
      '--progress-every <rows>',
      'a progress line on stderr every this many rows',
      String(PROGRESS_EVERY),
    )
    .addHelpText(
      'after',
      '\nA file for a financial year already imported replaces that year (the earlier import is kept in the list, marked replaced).' +
        '\nExit status: 0 stored, 2 an invalid file or one that does not fit the stored accounting (nothing is stored).',
    )
    .action(async (file: string, options: ImportSieOptions) =>
      setExit(await runImportSie(file, options, io)),
    );
}
