// planvis schema — the published JSON Schema of plan files.
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { planFileJsonSchema } from '../../formats/plan-file/schema.ts';
import { EXIT } from '../shared/io.ts';
import type { ExitCode, Io } from '../shared/io.ts';

export function planSchemaText(): string {
  return JSON.stringify(planFileJsonSchema(), null, 2) + '\n';
}

export function registerSchema(program: Command, io: Io, setExit: (code: ExitCode) => void): void {
  program
    .command('schema')
    .description('print the JSON Schema that plan files are validated against')
    .option('--out <file>', 'write it to a file instead')
    .option('--json', 'the schema is JSON already; accepted for uniformity')
    .action((options: { out?: string }) => {
      if (options.out) writeFileSync(options.out, planSchemaText());
      else io.out(planSchemaText());
      setExit(EXIT.ok);
    });
}
