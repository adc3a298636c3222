// The child process of runPacedLoad (load.ts): node --import tsx bench/paced-load-child.ts '<PacedOptions as JSON>'
// prints one JSON line, the PacedResult.
import { pacedLoad } from './paced-load.ts';
import type { PacedOptions } from './paced-load.ts';

const options = JSON.parse(process.argv[2] ?? '{}') as PacedOptions;
process.stdout.write(`${JSON.stringify(await pacedLoad(options))}\n`);
