// The planvis command line: one file per command under ./commands.
import { Command, CommanderError } from 'commander';
import { AmountParseError } from '../core/money/parse.ts';
import { SharesError } from '../core/allocation/shares.ts';
import { PlanFileError } from '../formats/plan-file/issues.ts';
import { registerAllocate } from './commands/allocate.ts';
import { registerCheck } from './commands/check.ts';
import { registerEvaluate } from './commands/evaluate.ts';
import { registerOverview } from './commands/overview.ts';
import { registerPaymentCheck } from './commands/payment-check.ts';
import { registerFollowUp } from './commands/follow-up.ts';
import { registerPlanFiles } from './commands/plan-files.ts';
import { registerImportSie } from './commands/import-sie.ts';
import { registerImportXlsx } from './commands/import-xlsx.ts';
import { registerReport } from './commands/report.ts';
import { registerSchema } from './commands/schema.ts';
import { registerServe } from './commands/serve.ts';
import { DatabaseInUseError } from '../db/lock.ts';
import { MigrationError } from '../db/migrate.ts';
import { EXIT, UsageError, processIo } from './shared/io.ts';
import type { ExitCode, Io } from './shared/io.ts';

export function buildProgram(io: Io, setExit: (code: ExitCode) => void): Command {
  const program = new Command('planvis')
    .description('Planvis: plans, budgets and follow-up for Swedish public bodies')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  for (const register of [
    registerServe,
    registerOverview,
    registerCheck,
    registerEvaluate,
    registerAllocate,
    registerPlanFiles,
    registerReport,
    registerImportXlsx,
    registerImportSie,
    registerPaymentCheck,
    registerFollowUp,
    registerSchema,
  ]) {
    register(program, io, setExit);
  }
  for (const command of program.commands)
    command.exitOverride().configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  return program;
}

/** Runs the command line and returns its exit status; never throws for bad input. */
export async function runCli(argv: readonly string[], io: Io = processIo): Promise<ExitCode> {
  let code: ExitCode = EXIT.ok;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    }
    if (
      error instanceof PlanFileError ||
      error instanceof UsageError ||
      error instanceof AmountParseError ||
      error instanceof SharesError
    ) {
      io.err(`planvis: ${error.message}`);
      return EXIT.badInput;
    }
    if (error instanceof DatabaseInUseError || error instanceof MigrationError) {
      io.err(`planvis: ${error.message}`);
      return EXIT.findings;
    }
    throw error;
  }
}

if (process.argv[1]?.endsWith('planvis') || process.argv[1]?.endsWith('main.ts')) {
  process.exitCode = await runCli(process.argv.slice(2));
}
