// planvis evaluate FILE — goal fulfilment and the verdict on god ekonomisk hushållning.
import type { Command } from 'commander';
import { evaluatePlan } from '../../core/evaluation/sound-financial-management.ts';
import type { ConditionStatus, Verdict } from '../../core/evaluation/sound-financial-management.ts';
import type { FinancialGoalStatus } from '../../core/evaluation/financial-goals.ts';
import type { FollowUpStatus, Plan } from '../../core/plan/types.ts';
import { EXIT, UsageError } from '../shared/io.ts';
import type { ExitCode, Io } from '../shared/io.ts';
import { toJson } from '../../formats/json/to-json.ts';
import { loadPlan } from '../shared/plan-source.ts';

const VERDICT: Record<ConditionStatus, string> = { met: 'MET', notMet: 'NOT MET', unknown: 'UNDETERMINED' };
const MARK: Record<ConditionStatus | FinancialGoalStatus, string> = {
  met: '[x] met',
  notMet: '[ ] not met',
  unknown: '[?] unknown',
  allowedByDecision: '[x] allowed',
};
const STATUS: Record<FollowUpStatus, string> = {
  notStarted: 'not started',
  inProgress: 'in progress',
  done: 'done',
  notDone: 'not done',
};

function goalName(plan: Plan, goalId: string): string {
  const goal = plan.goals.find((g) => g.id === goalId);
  return goal?.number ? `Mål ${goal.number}` : (goal?.title ?? goalId);
}

function financialGoalName(plan: Plan, goalId: string, title: string): string {
  const number = plan.goals.find((g) => g.id === goalId)?.number;
  return number ? `Mål ${number} ${title}` : title;
}

export function formatVerdict(slug: string, plan: Plan, v: Verdict): string {
  const basis = v.basis === 'budget' ? 'budget figures' : `figures of follow-up ${v.period}`;
  const lines = [
    `${slug}: god ekonomisk hushållning ${v.year}: ${VERDICT[v.status]}`,
    `(statuses ${v.period ? `as of follow-up ${v.period}` : 'as recorded in the plan'}; ${basis})`,
    '',
    `Rule: ${plan.soundFinancialManagement.text}`,
    '',
    'Conditions:',
    ...v.conditions.flatMap((c) => [
      `  ${MARK[c.status]}: ${c.reason}`,
      ...c.warnings.map((w) => `      warning: ${w}`),
    ]),
  ];
  if (v.financialGoals.length > 0) {
    lines.push('', `Financial goals (${v.year}):`);
    for (const g of v.financialGoals)
      lines.push(`  ${MARK[g.status]}: ${financialGoalName(plan, g.goalId, g.title)}: ${g.reason}`);
  }
  const c = v.activityCounts;
  lines.push(
    '',
    `Activities: ${c.done} done, ${c.inProgress} in progress, ${c.notDone} not done, ${c.notStarted} not started`,
  );
  for (const a of v.activities) {
    const name = a.activity.label ?? goalName(plan, a.goalId);
    const text = a.activity.text.length > 70 ? a.activity.text.slice(0, 67) + '...' : a.activity.text;
    lines.push(`  ${STATUS[a.status].padEnd(11)}  ${name}: ${text}${a.comment ? ` (${a.comment})` : ''}`);
  }
  return lines.join('\n');
}

type Options = { json?: boolean; year?: string; period?: string };

export function runEvaluate(planName: string, options: Options, io: Io): ExitCode {
  const { slug, plan } = loadPlan(planName);
  let year: number | undefined;
  if (options.year !== undefined) {
    year = Number(options.year);
    if (!Number.isInteger(year) || !/^\d{4}$/.test(options.year))
      throw new UsageError(`--year must be a year such as 2026, found "${options.year}"`);
  }
  let verdict: Verdict;
  try {
    verdict = evaluatePlan(plan, { ...(year === undefined ? {} : { year }), period: options.period ?? null });
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(error.message);
    throw error;
  }
  io.out(options.json ? toJson({ plan: slug, ...verdict }) : formatVerdict(slug, plan, verdict));
  return verdict.status === 'met' ? EXIT.ok : EXIT.findings;
}

export function registerEvaluate(program: Command, io: Io, setExit: (code: ExitCode) => void): void {
  program
    .command('evaluate')
    .description(
      'goal fulfilment and the verdict on god ekonomisk hushållning, from the statuses in the plan',
    )
    .argument('<plan>', 'a plan file (YAML) or the slug of a bundled plan, e.g. nrf-2026-2028')
    .option(
      '--year <year>',
      "the year whose financial figures are judged (default: the period's year, else the first budget year)",
    )
    .option(
      '--period <id>',
      'judge statuses and figures as of this follow-up period (see followUpPeriods in the plan)',
    )
    .option('--json', 'machine-readable output (amounts in integer öre)')
    .addHelpText(
      'after',
      '\nExit status: 0 verdict met, 1 not met or undetermined, 2 invalid plan file or options.',
    )
    .action((plan: string, options: Options) => setExit(runEvaluate(plan, options, io)));
}
