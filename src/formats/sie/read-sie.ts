// The SIE 4 reader's entry points. Input is a file path, bytes, a Node Readable or any
// async iterable of byte chunks; all of them are read in chunks, never whole.
//
// - streamSie: events one by one, then { type: 'end', summary }. Constant memory. A
//   consumer storing events as they come must roll back unless summary.errorCount is 0.
// - validateSie: reads and checks the whole file, keeping only its description
//   (company, years, accounts, dimensions): constant memory, for large files.
// - readSie: the whole file in memory, for small files and tests.
// validateSie and readSie are all or nothing: errors, or a result, never both.
import { createReadStream } from 'node:fs';
import { SieCollector } from './collect.ts';
import type { SieOverview } from './collect.ts';
import { SieParser } from './parser.ts';
import type { SieParserOptions } from './parser.ts';
import { BatchedGenerator } from './sie-stream.ts';
import type { SieEvent, SieFile, SieResult, SieSummary } from './types.ts';

export type SieInput = string | Uint8Array | AsyncIterable<Uint8Array | string>;
export type SieStreamItem = SieEvent | { type: 'end'; summary: SieSummary };

/** Chunk size for files: large enough that per-chunk costs vanish, small next to the memory budget. */
const READ_CHUNK_BYTES = 256 * 1024;

async function* chunks(input: SieInput): AsyncGenerator<Buffer> {
  if (typeof input === 'string') {
    yield* chunks(createReadStream(input, { highWaterMark: READ_CHUNK_BYTES }));
    return;
  }
  if (input instanceof Uint8Array) {
    yield Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    return;
  }
  for await (const chunk of input) {
    if (typeof chunk === 'string')
      throw new TypeError('a SIE stream must give bytes: open it without an encoding');
    yield Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  }
}

/** Feeds every chunk to a parser whose events go to onEvent; returns the summary. */
export async function parseSie(
  input: SieInput,
  onEvent: (event: SieEvent) => void,
  options: SieParserOptions = {},
): Promise<SieSummary> {
  const parser = new SieParser(onEvent, options);
  for await (const chunk of chunks(input)) parser.write(chunk);
  return parser.end();
}

export function streamSie(input: SieInput, options: SieParserOptions = {}): AsyncGenerator<SieStreamItem> {
  return new BatchedGenerator(streamBatches(input, options));
}

/** The events of each chunk together, the last batch ending with the summary (sie-stream.ts). */
async function* streamBatches(input: SieInput, options: SieParserOptions): AsyncGenerator<SieStreamItem[]> {
  let batch: SieStreamItem[] = [];
  const parser = new SieParser((e) => batch.push(e), options);
  for await (const chunk of chunks(input)) {
    parser.write(chunk);
    if (batch.length === 0) continue;
    const ready = batch;
    batch = [];
    yield ready;
  }
  const summary = parser.end();
  batch.push({ type: 'end', summary });
  yield batch;
}

function outcome<T>(summary: SieSummary, value: () => T): SieResult<T> {
  if (summary.errorCount > 0) {
    return { ok: false, errors: summary.errors, warnings: summary.warnings, summary };
  }
  return { ok: true, value: value(), warnings: summary.warnings, summary };
}

export async function validateSie(
  input: SieInput,
  options: SieParserOptions = {},
): Promise<SieResult<SieOverview>> {
  const collector = new SieCollector(false);
  const summary = await parseSie(input, (e) => collector.add(e), options);
  return outcome(summary, () => collector.overview(summary.encoding));
}

export async function readSie(input: SieInput, options: SieParserOptions = {}): Promise<SieResult<SieFile>> {
  const collector = new SieCollector(true);
  const summary = await parseSie(input, (e) => collector.add(e), options);
  return outcome(summary, () => collector.result(summary.encoding));
}
