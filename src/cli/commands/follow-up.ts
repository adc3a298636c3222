// planvis follow-up PLAN --year 2026 [--through 8]: budget versus outcome and forecast per
// budget line from the stored outcome, as GET …/follow-up answers it. Amounts in whole
// kronor on screen (rounded half away from zero), öre with --json.
import type { Command } from 'commander';
import { formatAmount } from '../../core/money/format.ts';
import { ore } from '../../core/money/money.ts';
import { isFollowUpInputError } from '../../api/follow-up/errors.ts';
import { defaultYear, followUpView, yearOutcome } from '../../api/follow-up/budget-outcome.ts';
import type { FollowUpViewJson } from '../../api/follow-up/views.ts';
import { planOf } from '../../db/plan-store/cache.ts';
import { toJson } from '../../formats/json/to-json.ts';
import { databaseConfig, prepareDatabase } from '../shared/database.ts';
import { findPlanVersion } from '../shared/find-version.ts';
import { EXIT, UsageError } from '../shared/io.ts';
import type { ExitCode, Io } from '../shared/io.ts';
import { textTable } from '../shared/text-table.ts';

export type FollowUpOptions = {
  org?: string;
  version?: string;
  year?: string;
  through?: string;
  json?: boolean;
};

const kr = (amount: number) => formatAmount(ore(amount), 'kr', { minus: 'ascii' });

function wholeNumber(text: string | undefined, option: string, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max)
    throw new UsageError(`${option}: expected a whole number from ${min} to ${max}, got "${text}"`);
  return n;
}

export function formatFollowUp(slug: string, v: FollowUpViewJson): string {
  const source = v.source
    ? `${v.source.fileName} (${v.source.company || 'no company name'})`
    : 'no outcome imported';
  const rows = v.lines.map((l) => [
    l.label,
    kr(l.budgetYearOre),
    kr(l.budgetToDateOre),
    kr(l.outcomeToDateOre),
    kr(l.varianceOre),
    l.variancePercent === null ? '' : `${l.variancePercent} %`,
    kr(l.forecastOre) + (l.override ? ' *' : ''),
  ]);
  rows.push([
    'Resultat',
    kr(v.result.budgetYearOre),
    kr(v.result.budgetToDateOre),
    kr(v.result.outcomeToDateOre),
    '',
    '',
    kr(v.result.forecastOre),
  ]);
  const lines = [
    `${slug}: budget versus outcome ${v.year} through month ${v.throughMonth} (kr; outcome from ${source})`,
    textTable(['line', 'budget year', 'budget to date', 'outcome', 'variance', '%', 'forecast'], rows, [
      'left',
      'right',
      'right',
      'right',
      'right',
      'right',
      'right',
    ]),
  ];
  for (const l of v.lines.filter((x) => x.override))
    lines.push(`* ${l.label}: forecast set by ${l.override?.by ?? '?'}: ${l.override?.comment ?? ''}`);
  for (const u of v.unmapped)
    lines.push(
      `unmapped: account ${u.account}${u.name ? ` ${u.name}` : ''}, ${kr(u.amountOre)} kr (debit positive)`,
    );
  return lines.join('\n');
}

export async function runFollowUp(slug: string, options: FollowUpOptions, io: Io): Promise<ExitCode> {
  const year = wholeNumber(options.year, '--year', 1900, 2200);
  const through = wholeNumber(options.through, '--through', 0, 12);
  const { db } = await prepareDatabase(databaseConfig(), 'planvis follow-up');
  try {
    const { org, row } = await findPlanVersion(db, slug, options.version, options.org ?? 'NRF');
    const plan = { plan: planOf(row), planId: row.plan_id };
    let view: FollowUpViewJson;
    try {
      const y = await yearOutcome(
        db.db,
        org.id,
        plan,
        year ?? (await defaultYear(db.db, org.id, plan.plan)),
        through,
      );
      view = await followUpView(db.db, org.id, y);
    } catch (error) {
      if (isFollowUpInputError(error)) throw new UsageError(error.message);
      throw error;
    }
    io.out(options.json ? toJson(view) : formatFollowUp(slug, view));
    return EXIT.ok;
  } finally {
    await db.close();
  }
}

export function registerFollowUp(program: Command, io: Io, setExit: (code: ExitCode) => void): void {
  program
    .command('follow-up')
    .description('budget versus outcome and forecast per budget line, from the imported outcome')
    .argument('<plan>', 'the plan slug in the database, e.g. nrf-2026-2028')
    .option('--year <year>', 'the year (default: the latest imported year the budget has)')
    .option(
      '--through <month>',
      'count outcome through this month, 0–12 (default: the last month with outcome)',
    )
    .option('--version <version>', 'version number, label or latest', 'latest')
    .option('--org <code>', 'organisation code', 'NRF')
    .option('--json', 'machine-readable output (money in öre)')
    .action(async (slug: string, options: FollowUpOptions) => setExit(await runFollowUp(slug, options, io)));
}
