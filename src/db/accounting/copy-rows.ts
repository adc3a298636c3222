// Loads rows with COPY … FROM STDIN on a PostgreSQL server: many times faster than
// INSERT batches, as the server parses plain text lines instead of planning statements.
// Rows are encoded straight into UTF-8 chunks (no batch-sized strings for the garbage
// collector to move), and a batch is loaded while the next one is read: the parser on one
// core, the server on the other. One connection takes one COPY at a time, so the batches
// of all tables queue on one CopyLane.
import type { CopyIn } from '../open.ts';
import type { BatchWriterOptions, Cell, ColumnSpec, RowWriter } from './batches.ts';

export const DEFAULT_COPY_ROWS = 50_000;
const CHUNK_BYTES = 1024 * 1024;
/** Batches loading or waiting to load before the reader waits: bounds the memory held. */
const MAX_QUEUED = 2;

const SPECIAL = /[\\\t\n\r]/;
const SPECIALS = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One field in COPY's text format: \N for null, backslash, tab, newline and CR escaped. */
export function copyField(cell: Cell): string {
  if (cell === null) return '\\N';
  if (typeof cell === 'number') return String(cell);
  return SPECIAL.test(cell) ? cell.replace(SPECIALS, (c) => ESCAPES[c] ?? c) : cell;
}

const quoted = (name: string): string => `"${name.replace(/"/g, '""')}"`;

type FieldEncoder = (cell: Cell) => string;
/**
 * Numbers, dates and ids never hold a tab, newline or backslash (dates and ids come from
 * the reader, checked), so only texts, JSON and decimals go through copyField's scan.
 */
const plain: FieldEncoder = (cell) => (cell === null ? '\\N' : String(cell));
const encoderFor = (column: ColumnSpec): FieldEncoder =>
  column.type === 'text' || column.type === 'jsonb' || column.type === 'numeric' ? copyField : plain;

/** Lines gathered before one UTF-8 write into the chunk: fewer, larger writes. */
const PENDING_CHARS = 16 * 1024;

/**
 * Runs COPY statements one after another on the transaction's connection while the caller
 * goes on; `drain` waits for all and throws the first failure. After a failure nothing
 * more is sent (the transaction is lost anyway).
 */
export class CopyLane {
  private tail: Promise<void> = Promise.resolve();
  private readonly queued: Promise<void>[] = [];
  private failure: unknown = null;

  constructor(private readonly copyIn: CopyIn) {}

  /** Queues one COPY; resolves once the queue has room again (not when this one is loaded). */
  async load(statement: string, chunks: readonly Buffer[], done: (rows: number) => void): Promise<void> {
    this.throwIfFailed();
    const job = this.tail.then(async () => {
      if (this.failure !== null) return;
      done(await this.copyIn(statement, chunks));
    });
    this.tail = job.catch((error: unknown) => {
      this.failure ??= error;
    });
    this.queued.push(this.tail);
    while (this.queued.length > MAX_QUEUED) await this.queued.shift();
    this.throwIfFailed();
  }

  async drain(): Promise<void> {
    await this.tail;
    this.queued.length = 0;
    this.throwIfFailed();
  }

  private throwIfFailed(): void {
    if (this.failure !== null) throw this.failure;
  }
}

/** Encodes rows as COPY text into chunks and queues a batch on the lane when it is full. */
export class CopyWriter implements RowWriter {
  private readonly statement: string;
  private readonly prefix: string;
  private readonly encoders: FieldEncoder[];
  private pending = '';
  private chunks: Buffer[] = [];
  private chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;
  private rows = 0;
  written = 0;

  constructor(
    private readonly lane: CopyLane,
    table: string,
    columns: readonly ColumnSpec[],
    private readonly options: BatchWriterOptions = {},
  ) {
    const constants = options.constants ?? [];
    const names = [...constants, ...columns].map((c) => quoted(c.name)).join(', ');
    this.statement = `copy ${quoted(table)} (${names}) from stdin`;
    this.prefix = constants.map((c) => copyField(c.value) + '\t').join('');
    this.encoders = columns.map(encoderFor);
  }

  add(row: readonly Cell[]): Promise<void> | undefined {
    const { encoders } = this;
    let line = this.prefix + (encoders[0] ?? copyField)(row[0] ?? null);
    for (let i = 1; i < row.length; i++) line += '\t' + (encoders[i] ?? copyField)(row[i] ?? null);
    this.pending += line + '\n';
    if (this.pending.length >= PENDING_CHARS) this.writePending();
    this.rows++;
    return this.rows >= (this.options.batchRows ?? DEFAULT_COPY_ROWS) ? this.flush() : undefined;
  }

  private writePending(): void {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    const most = this.pending.length * 3;
    if (this.used + most > this.chunk.length) this.nextChunk(most);
    this.used += this.chunk.write(this.pending, this.used, 'utf8');
    this.pending = '';
  }

  /** Queues the rows added so far; `lane.drain()` waits until they are loaded. */
  async flush(): Promise<void> {
    if (this.rows === 0) return;
    this.writePending();
    this.nextChunk(0);
    const chunks = this.chunks;
    const rows = this.rows;
    this.chunks = [];
    this.rows = 0;
    await this.lane.load(this.statement, chunks, (loaded) => {
      if (loaded !== rows) throw new Error(`COPY loaded ${loaded} of ${rows} rows`);
      this.written += loaded;
      this.options.onWritten?.(loaded);
    });
  }

  private nextChunk(room: number): void {
    if (this.used > 0) this.chunks.push(this.chunk.subarray(0, this.used));
    this.chunk = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, room));
    this.used = 0;
  }
}
