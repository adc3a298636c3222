// planvis import-xlsx FILE --plan SLUG --version V: budget figures from an edited XLSX
// export into a draft version, through the same store as the API (one audit entry per
// changed figure). Any bad cell: every one listed, nothing stored, exit 2.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { systemActor } from '../../db/plan-store/actor.ts';
import { planOf } from '../../db/plan-store/cache.ts';
import { ConflictError, InvalidChangeError } from '../../db/plan-store/errors.ts';
import { applyEdits } from '../../db/plan-store/update.ts';
import type { Edit } from '../../db/plan-store/update.ts';
import { toJson } from '../../formats/json/to-json.ts';
import type { PlanFile } from '../../formats/plan-file/schema.ts';
import { describeProblem, importBudgetXlsx } from '../../formats/xlsx/import-xlsx.ts';
import { databaseConfig, prepareDatabase } from '../shared/database.ts';
import { findPlanVersion } from '../shared/find-version.ts';
import { EXIT, UsageError } from '../shared/io.ts';
import type { ExitCode, Io } from '../shared/io.ts';

export type ImportXlsxOptions = { plan: string; version?: string; org?: string; json?: boolean };

export async function runImportXlsx(file: string, options: ImportXlsxOptions, io: Io): Promise<ExitCode> {
  let data: Uint8Array;
  try {
    data = new Uint8Array(readFileSync(file));
  } catch {
    throw new UsageError(`cannot read the workbook "${file}"`);
  }
  const { db } = await prepareDatabase(databaseConfig(), 'planvis import-xlsx');
  try {
    const { org, row } = await findPlanVersion(db, options.plan, options.version, options.org);
    const read = await importBudgetXlsx(data, planOf(row));
    if (!read.ok) {
      if (options.json)
        io.out(
          toJson({ ok: false, problems: read.problems.map((p) => ({ ...p, text: describeProblem(p) })) }),
        );
      const n = read.problems.length;
      io.err(
        [`planvis: ${file} has ${n} bad ${n === 1 ? 'cell' : 'cells'}; nothing was stored:`]
          .concat(read.problems.map((p) => `  ${describeProblem(p)}`))
          .join('\n'),
      );
      return EXIT.badInput;
    }
    if (read.edits.length === 0) {
      io.out(
        options.json
          ? toJson({ ok: true, plan: options.plan, version: row.number, revision: row.revision, changed: [] })
          : `No figure in ${file} differs from ${options.plan} version ${row.number}; nothing to store.`,
      );
      return EXIT.ok;
    }
    const edits = (document: PlanFile): Edit[] =>
      read.edits.map((e) => {
        const index = document.budget.lines.findIndex((l) => l.key === e.line);
        if (index < 0) throw new UsageError(`no budget line "${e.line}" in the current version`);
        return { path: ['budget', 'lines', index, 'amounts', String(e.year)], value: e.amount };
      });
    const actor = { ...systemActor(org.id), username: 'planvis import-xlsx' };
    let result;
    try {
      result = await db.db
        .transaction()
        .execute((trx) => applyEdits(trx, actor, options.plan, row, row.revision, edits, 'importXlsx'));
    } catch (error) {
      if (error instanceof ConflictError || error instanceof InvalidChangeError)
        throw new UsageError(error.message);
      throw error;
    }
    const { changed, version } = result;
    io.out(
      options.json
        ? toJson({
            ok: true,
            plan: options.plan,
            version: version.number,
            revision: version.revision,
            changed,
          })
        : changed.length === 0
          ? `No figure in ${file} differs from ${options.plan} version ${row.number}; nothing to store.`
          : [
              `Stored ${changed.length} changed ${changed.length === 1 ? 'figure' : 'figures'} in ${options.plan} version ${version.number} (revision ${version.revision}):`,
            ]
              .concat(changed.map((c) => `  ${c.path}: ${String(c.before)} → ${String(c.after)}`))
              .join('\n'),
    );
    return EXIT.ok;
  } finally {
    await db.close();
  }
}

export function registerImportXlsx(program: Command, io: Io, setExit: (code: ExitCode) => void): void {
  program
    .command('import-xlsx')
    .description(
      'import budget figures from an edited XLSX export (planvis report --format xlsx); all or nothing',
    )
    .argument('<file>', 'the workbook')
    .requiredOption('--plan <slug>', 'the plan slug, e.g. nrf-2026-2028')
    .option('--version <version>', 'number or label of a draft version (default: the latest)')
    .option('--org <code>', 'organisation code', 'NRF')
    .option('--json', 'machine-readable output')
    .addHelpText(
      'after',
      '\nExit status: 0 stored (or nothing differed), 2 bad cells or a decided version (nothing is stored).',
    )
    .action(async (file: string, options: ImportXlsxOptions) =>
      setExit(await runImportXlsx(file, options, io)),
    );
}
