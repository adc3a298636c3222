// planvis overview — every bundled plan at a glance: the budget with stated and computed
// results, the consistency findings and the verdict. `npm start` runs it until the
// server exists.
import { basename } from 'node:path';
import type { Command } from 'commander';
import { resultRows } from '../../core/budget/result.ts';
import { checkPlan } from '../../core/consistency/check-plan.ts';
import { evaluatePlan } from '../../core/evaluation/sound-financial-management.ts';
import { formatAmount } from '../../core/money/format.ts';
import type { Plan } from '../../core/plan/types.ts';
import { EXIT } from '../shared/io.ts';
import type { ExitCode, Io } from '../shared/io.ts';
import { toJson } from '../../formats/json/to-json.ts';
import { bundledPlanFiles, loadPlan } from '../shared/plan-source.ts';
import { textTable } from '../shared/text-table.ts';

function budgetTable(plan: Plan): string {
  const { budget } = plan;
  // Every cell gets a two-character tail so that the " *" marking a computed result that
  // differs from the stated one keeps the columns aligned.
  const money = (v: number | undefined, mark = false) =>
    (v === undefined ? '' : formatAmount(v as never, budget.unit)) + (mark ? ' *' : '  ');
  const rows = budget.lines.map((l) => [l.label, ...budget.columns.map((c) => money(l.amounts.get(c.year)))]);
  const results = resultRows(budget);
  rows.push([`${budget.result.label} (stated)`, ...results.map((r) => money(r.stated))]);
  rows.push([
    `${budget.result.label} (computed)`,
    ...results.map((r) => money(r.computed, r.stated !== r.computed)),
  ]);
  const title = budget.title.toLowerCase().includes(budget.unit)
    ? budget.title
    : `${budget.title} (${budget.unit})`;
  return textTable([title, ...budget.columns.map((c) => `${c.label}  `)], rows, [
    'left',
    ...budget.columns.map(() => 'right' as const),
  ]);
}

export function runOverview(options: { json?: boolean }, io: Io): ExitCode {
  const plans = bundledPlanFiles().map((f) => loadPlan(f));
  const summaries = plans.map(({ slug, plan }) => ({
    slug,
    plan,
    report: checkPlan(plan),
    verdict: evaluatePlan(plan),
  }));
  if (options.json) {
    io.out(
      toJson(
        summaries.map(({ slug, plan, report, verdict }) => ({
          plan: slug,
          title: plan.title,
          findings: report.findings.length,
          verdict: { year: verdict.year, status: verdict.status, conditions: verdict.conditions },
        })),
      ),
    );
    return EXIT.ok;
  }
  const out = [`Planvis: ${plans.length} bundled plans (${plans.map((p) => basename(p.file)).join(', ')})`];
  for (const { slug, plan, report, verdict } of summaries) {
    out.push('', `== ${slug}: ${plan.title} (${plan.organisation.name})`, '', budgetTable(plan));
    const marked = report.findings.filter((f) => f.rule === 'resultFromLines').length;
    out.push(
      '',
      report.findings.length === 0
        ? `Consistency: all ${report.checkedFigures} stated figures agree with their parts.`
        : `Consistency: ${report.findings.length} of ${report.checkedFigures} stated figures disagree with their parts (${marked} marked * above); see: planvis check ${slug}`,
    );
    out.push(
      `God ekonomisk hushållning ${verdict.year}: ${verdict.status === 'met' ? 'met' : verdict.status === 'notMet' ? 'not met' : 'undetermined'}`,
    );
    for (const c of verdict.conditions) out.push(`  - ${c.reason}`);
    out.push(`  see: planvis evaluate ${slug}`);
  }
  out.push('', 'More: ./bin/planvis --help  (check, evaluate, allocate, schema)');
  io.out(out.join('\n'));
  return EXIT.ok;
}

export function registerOverview(program: Command, io: Io, setExit: (code: ExitCode) => void): void {
  program
    .command('overview')
    .description('all bundled plans at a glance: budget, stated and computed results, findings, verdict')
    .option('--json', 'machine-readable output')
    .action((options: { json?: boolean }) => setExit(runOverview(options, io)));
}
