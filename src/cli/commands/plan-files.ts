// planvis import-plan FILE and planvis export-plan PLAN: plan files in and out of the
// database, losslessly (export → import → export gives the same file).
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { systemActor } from '../../db/plan-store/actor.ts';
import { createPlanVersion, findVersion } from '../../db/plan-store/versions.ts';
import { readPlanDocument } from '../../formats/plan-file/read-plan.ts';
import type { PlanFile } from '../../formats/plan-file/schema.ts';
import { writePlanYaml } from '../../formats/plan-file/write-plan.ts';
import { toJson } from '../../formats/json/to-json.ts';
import { EXIT, UsageError } from '../shared/io.ts';
import type { ExitCode, Io } from '../shared/io.ts';
import { databaseConfig, prepareDatabase } from '../shared/database.ts';

export async function runImportPlan(
  file: string,
  options: { slug?: string; json?: boolean },
  io: Io,
): Promise<ExitCode> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read the plan file "${file}"`);
  }
  // Validate before touching the database: a bad file stores nothing.
  const { document } = readPlanDocument(text, file);
  const slug = options.slug ?? basename(file).replace(/\.ya?ml$/, '');
  if (!/^[a-z0-9][a-z0-9-]*$/.test(slug))
    throw new UsageError(
      `"${slug}" is not a plan slug (lower-case letters, digits and hyphens); give one with --slug`,
    );
  const { db } = await prepareDatabase(databaseConfig(), 'planvis import-plan');
  try {
    const org = await db.db
      .selectFrom('organisations')
      .select('id')
      .where('code', '=', document.organisation.code)
      .executeTakeFirst();
    if (!org)
      throw new UsageError(
        `the plan belongs to organisation ${document.organisation.code}, which this database does not have`,
      );
    const row = await db.db.transaction().execute((trx) =>
      createPlanVersion(trx, { ...systemActor(org.id), username: 'planvis import-plan' }, slug, document, {
        status: 'draft',
      }),
    );
    io.out(
      options.json
        ? toJson({ plan: slug, version: row.number, status: row.status })
        : `Imported ${file} as ${slug}, version ${row.number} (draft).`,
    );
    return EXIT.ok;
  } finally {
    await db.close();
  }
}

export async function runExportPlan(
  plan: string,
  options: { version?: string; out?: string; org?: string; json?: boolean },
  io: Io,
): Promise<ExitCode> {
  const { db } = await prepareDatabase(databaseConfig(), 'planvis export-plan');
  try {
    const org = await db.db
      .selectFrom('organisations')
      .select('id')
      .where('code', '=', options.org ?? 'NRF')
      .executeTakeFirst();
    if (!org) throw new UsageError(`no organisation ${options.org ?? 'NRF'} in the database`);
    let row;
    try {
      row = await findVersion(db.db, org.id, plan, options.version);
    } catch (error) {
      throw new UsageError(error instanceof Error ? `no ${error.message}` : String(error));
    }
    const yaml = writePlanYaml(row.document as PlanFile);
    if (options.out) {
      writeFileSync(options.out, yaml);
      io.out(
        options.json
          ? toJson({ plan, version: row.number, out: options.out })
          : `Wrote ${plan} version ${row.number} (${row.status}) to ${options.out}.`,
      );
    } else {
      io.out(yaml);
    }
    return EXIT.ok;
  } finally {
    await db.close();
  }
}

export function registerPlanFiles(program: Command, io: Io, setExit: (code: ExitCode) => void): void {
  program
    .command('import-plan')
    .description('import a plan file (YAML) into the database as a new draft version; all or nothing')
    .argument('<file>', 'the plan file')
    .option('--slug <slug>', "the plan's name (default: the file's stem)")
    .option('--json', 'machine-readable output')
    .addHelpText('after', '\nExit status: 0 imported, 2 invalid file (nothing is stored).')
    .action(async (file: string, options: { slug?: string; json?: boolean }) =>
      setExit(await runImportPlan(file, options, io)),
    );
  program
    .command('export-plan')
    .description('write a plan version from the database as a plan file (YAML)')
    .argument('<plan>', 'the plan slug, e.g. nrf-2026-2028')
    .option('--version <version>', 'number or label (default: the latest)')
    .option('--out <file>', 'write to a file instead of standard output')
    .option('--org <code>', 'organisation code', 'NRF')
    .option('--json', 'machine-readable output (with --out)')
    .action(async (plan: string, options: { version?: string; out?: string; org?: string; json?: boolean }) =>
      setExit(await runExportPlan(plan, options, io)),
    );
}
