// planvis report PLAN --version V --format pdf|docx|xlsx|fdp --out FILE: a plan version
// from the database as a document, a workbook, or open data (a Fiscal Data Package
// written as a directory: datapackage.json and its CSV files).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { planOf } from '../../db/plan-store/cache.ts';
import { documentMetaOf } from '../../api/reports/meta.ts';
import { toJson } from '../../formats/json/to-json.ts';
import { OpenDataError, buildFiscalDataPackage } from '../../formats/open-data/fiscal-data-package.ts';
import { REPORT_FORMATS, ReportRequestError, renderReport } from '../../formats/report/render.ts';
import type { ReportFormat } from '../../formats/report/render.ts';
import { databaseConfig, prepareDatabase } from '../shared/database.ts';
import { findPlanVersion } from '../shared/find-version.ts';
import { EXIT, UsageError } from '../shared/io.ts';
import type { ExitCode, Io } from '../shared/io.ts';

export type ReportOptions = {
  version?: string;
  format?: string;
  out?: string;
  period?: string;
  org?: string;
  json?: boolean;
};

const FORMATS = [...REPORT_FORMATS, 'fdp'] as const;

export async function runReport(slug: string, options: ReportOptions, io: Io): Promise<ExitCode> {
  const format = options.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${options.format ?? ''}"`);
  if (!options.out) throw new UsageError('--out is required: the file (or, for fdp, the directory) to write');
  const out = options.out;
  const { db } = await prepareDatabase(databaseConfig(), 'planvis report');
  try {
    const { org, row } = await findPlanVersion(db, slug, options.version, options.org);
    const plan = planOf(row);
    const meta = documentMetaOf(row, org.name);
    const started = performance.now();
    let written: { path: string; bytes: number }[];
    if (format === 'fdp') {
      let pkg;
      try {
        pkg = buildFiscalDataPackage(plan, meta, slug);
      } catch (error) {
        if (error instanceof OpenDataError)
          throw new UsageError(`${error.message}; record the board's decision first`);
        throw error;
      }
      mkdirSync(out, { recursive: true });
      written = pkg.files.map((f) => {
        writeFileSync(join(out, f.path), f.text);
        return { path: join(out, f.path), bytes: Buffer.byteLength(f.text, 'utf8') };
      });
    } else {
      let data: Uint8Array;
      try {
        data = await renderReport({
          format: format as ReportFormat,
          plan,
          meta,
          ...(options.period === undefined ? {} : { period: options.period }),
        });
      } catch (error) {
        if (error instanceof ReportRequestError) throw new UsageError(error.message);
        throw error;
      }
      writeFileSync(out, data);
      written = [{ path: out, bytes: data.byteLength }];
    }
    const ms = Math.round(performance.now() - started);
    io.out(
      options.json
        ? toJson({ plan: slug, version: row.number, status: row.status, format, files: written, ms })
        : `Wrote ${slug} version ${row.number} (${row.status}) as ${format} to ${out}` +
            `${written.length > 1 ? ` (${written.length} files)` : ''} in ${ms} ms.`,
    );
    return EXIT.ok;
  } finally {
    await db.close();
  }
}

export function registerReport(program: Command, io: Io, setExit: (code: ExitCode) => void): void {
  program
    .command('report')
    .description(
      'write a plan version as PDF, DOCX, XLSX, or open data (fdp: a Fiscal Data Package directory)',
    )
    .argument('<plan>', 'the plan slug in the database, e.g. nrf-2026-2028')
    .option('--version <version>', 'number or label (default: the latest)')
    .requiredOption('--format <format>', FORMATS.join(' | '))
    .requiredOption('--out <file>', 'the file to write; for fdp a directory (datapackage.json and CSV files)')
    .option('--period <id>', 'a follow-up period: the follow-up report instead of the plan (pdf, docx)')
    .option('--org <code>', 'organisation code', 'NRF')
    .option('--json', 'machine-readable output')
    .addHelpText(
      'after',
      '\nfdp needs a decided version. Exit status: 0 written, 2 bad input (unknown plan, version or period).',
    )
    .action(async (plan: string, options: ReportOptions) => setExit(await runReport(plan, options, io)));
}
