// Loads rows in batches: one INSERT … SELECT FROM unnest(array, array, …) per batch, one
// array parameter per column. That is a handful of parameters whatever the batch size
// (a multi-row VALUES list runs into PostgreSQL's 65 535-parameter limit), and the same
// SQL runs on PGlite and on a server. On a server the bulk rows go by COPY instead
// (copy-rows.ts); these batches serve PGlite and the small tables.
import { sql } from 'kysely';
import type { RawBuilder, Transaction } from 'kysely';
import type { Database } from '../schema.ts';

type SqlType = 'text' | 'uuid' | 'date' | 'jsonb' | 'numeric' | 'bigint' | 'integer';

/**
 * How a column travels: integers as a bigint array, everything else as a text array
 * cast in SQL (dates, jsonb, numeric), so that neither driver has to guess element types.
 */
export type ColumnSpec = { name: string; type: SqlType };
/** A column with the same value in every row (org_id, import_id): sent once per batch. */
export type ConstantSpec = ColumnSpec & { value: string | number };

export type Cell = string | number | null;

export const DEFAULT_BATCH_ROWS = 5000;

function wireType(type: SqlType): 'bigint' | 'text' {
  return type === 'bigint' || type === 'integer' ? 'bigint' : 'text';
}

const QUOTED = /[\\"]/g;

/**
 * A column as one PostgreSQL array literal ({"a","b",NULL}), sent as a single text
 * parameter: several times faster than the pg driver's own array serialisation, and
 * PGlite takes it the same way.
 */
export function arrayLiteral(cells: readonly Cell[]): string {
  let out = '{';
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (i > 0) out += ',';
    if (cell === null || cell === undefined) out += 'NULL';
    else if (typeof cell === 'number') out += String(cell);
    else out += `"${cell.replace(QUOTED, '\\$&')}"`;
  }
  return out + '}';
}

/** The INSERT of one batch; `suffix` may add e.g. an ON CONFLICT clause. */
export function batchInsert(
  table: string,
  constants: readonly ConstantSpec[],
  columns: readonly ColumnSpec[],
  values: readonly Cell[][],
  suffix: RawBuilder<unknown> = sql``,
): RawBuilder<unknown> {
  const names = sql.join([...constants, ...columns].map((c) => sql.ref(c.name)));
  const arrays = sql.join(
    columns.map((c, i) => sql`${arrayLiteral(values[i] ?? [])}::text::${sql.raw(wireType(c.type))}[]`),
  );
  const aliases = columns.map((_, i) => `c${i}`).join(', ');
  const selected = sql.join([
    ...constants.map((c) => sql`${c.value}::${sql.raw(c.type)}`),
    ...columns.map((c, i) => sql.raw(`c${i}::${c.type}`)),
  ]);
  return sql`insert into ${sql.table(table)} (${names}) select ${selected} from unnest(${arrays}) as t(${sql.raw(aliases)}) ${suffix}`;
}

export type BatchWriterOptions = {
  constants?: readonly ConstantSpec[];
  batchRows?: number;
  /** Called after each batch with the rows it wrote. */
  onWritten?: (rows: number) => void;
  suffix?: RawBuilder<unknown>;
};

/** Takes rows one by one and stores them in batches; `written` counts the rows stored. */
export type RowWriter = {
  /**
   * Adds one row; returns a promise only when it wrote a batch (await it then). A million
   * rows awaiting an already settled promise each cost a visible share of an import.
   */
  add: (row: readonly Cell[]) => Promise<void> | undefined;
  flush: () => Promise<void>;
  readonly written: number;
};

/** Collects rows column by column and writes them when a batch is full (and at flush). */
export class BatchWriter implements RowWriter {
  private readonly values: Cell[][];
  private size = 0;
  written = 0;

  constructor(
    private readonly trx: Transaction<Database>,
    private readonly table: string,
    private readonly columns: readonly ColumnSpec[],
    private readonly options: BatchWriterOptions = {},
  ) {
    this.values = columns.map(() => []);
  }

  /** Adds one row (cells in column order), writing a batch when one is full. */
  add(row: readonly Cell[]): Promise<void> | undefined {
    for (let i = 0; i < this.values.length; i++) this.values[i]?.push(row[i] ?? null);
    this.size++;
    return this.size >= (this.options.batchRows ?? DEFAULT_BATCH_ROWS) ? this.flush() : undefined;
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const values = this.values.map((column) => column.splice(0));
    const rows = this.size;
    this.size = 0;
    const { constants = [], suffix } = this.options;
    await batchInsert(this.table, constants, this.columns, values, suffix).execute(this.trx);
    this.written += rows;
    this.options.onWritten?.(rows);
  }
}
