// planvis check FILE — the consistency report: every stated total recomputed from its parts.
import type { Command } from 'commander';
import { checkPlan } from '../../core/consistency/check-plan.ts';
import type { Finding } from '../../core/consistency/finding.ts';
import { formatAmount, formatPercent } from '../../core/money/format.ts';
import { EXIT } from '../shared/io.ts';
import type { ExitCode, Io } from '../shared/io.ts';
import { toJson } from '../../formats/json/to-json.ts';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { pathLocator } from '../../formats/plan-file/locate.ts';
import { loadPlan } from '../shared/plan-source.ts';

function figures(f: Finding): [string, string, string] {
  if (f.measure === 'percent') return [formatPercent(f.stated), formatPercent(f.computed), ''];
  const show = (v: number) => formatAmount(v as typeof f.stated, f.unit, { showUnit: true });
  const diff = formatAmount(f.difference, f.unit, { showUnit: true });
  return [show(f.stated), show(f.computed), f.difference > 0 ? `+${diff}` : diff];
}

export function runCheck(planName: string, options: { json?: boolean }, io: Io): ExitCode {
  const { slug, file, plan } = loadPlan(planName);
  const report = checkPlan(plan);
  const lineOf = pathLocator(readFileSync(file, 'utf8'));
  if (options.json) {
    const findings = report.findings.map((f) => ({ ...f, line: lineOf(f.path) ?? null }));
    io.out(toJson({ plan: slug, file, ...report, findings }));
    return report.consistent ? EXIT.ok : EXIT.findings;
  }
  const lines = [`${slug}: ${plan.title}`];
  lines.push(
    report.consistent
      ? `Consistent: all ${report.checkedFigures} stated figures agree with their parts.`
      : `${report.findings.length} ${report.findings.length === 1 ? 'finding' : 'findings'} among ${report.checkedFigures} stated figures checked:`,
  );
  report.findings.forEach((f, i) => {
    const [stated, computed, diff] = figures(f);
    lines.push('');
    lines.push(`${i + 1}. ${f.table} › ${f.row} › ${f.column}`);
    lines.push(`   stated ${stated}, computed ${computed}${diff ? `, difference ${diff}` : ''}`);
    lines.push(`   ${f.message}`);
    lines.push(`   rule ${f.rule}; in the file at ${basename(file)}:${lineOf(f.path) ?? '?'} (${f.path})`);
  });
  io.out(lines.join('\n'));
  return report.consistent ? EXIT.ok : EXIT.findings;
}

export function registerCheck(program: Command, io: Io, setExit: (code: ExitCode) => void): void {
  program
    .command('check')
    .description('recompute every stated total, sum and result of a plan and list each disagreement')
    .argument('<plan>', 'a plan file (YAML) or the slug of a bundled plan, e.g. nrf-2026-2028')
    .option('--json', 'machine-readable output (amounts in integer öre)')
    .addHelpText('after', '\nExit status: 0 consistent, 1 findings, 2 invalid plan file.')
    .action((plan: string, options: { json?: boolean }) => setExit(runCheck(plan, options, io)));
}
