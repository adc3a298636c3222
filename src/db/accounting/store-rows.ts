// The one pass over a file (store-import.ts): balances, period figures, vouchers and their
// rows, written in batches as they stream by, so memory stays flat whatever the size; the
// description (company, years, chart) is gathered on the way for the import's record.
import type { Transaction } from 'kysely';
import type { SieInput } from '../../formats/sie/read-sie.ts';
import { SieCollector } from '../../formats/sie/collect.ts';
import type { SieOverview } from '../../formats/sie/collect.ts';
import type { SieEncoding } from '../../formats/sie/encoding.ts';
import type { SieParserOptions } from '../../formats/sie/parser.ts';
import { streamSie } from '../../formats/sie/read-sie.ts';
import type { SieFinancialYear, SieIssue, SieSummary } from '../../formats/sie/types.ts';
import type { CopyIn } from '../open.ts';
import type { Database } from '../schema.ts';
import { BatchWriter } from './batches.ts';
import type { ColumnSpec, ConstantSpec, RowWriter } from './batches.ts';
import { CopyLane, CopyWriter } from './copy-rows.ts';
import type { ImportTables } from './import-tables.ts';
import { objectsJson } from './objects-json.ts';
import { OutcomeMonths } from './outcome-months.ts';

export type RowCounts = {
  balances: number;
  periodBalances: number;
  vouchers: number;
  transactions: number;
  skipped: number;
};

export type StoreRowsOptions = {
  batchRows: number;
  /** Called after each batch with every row stored so far. */
  onRows: (rows: number) => void;
  /** On a PostgreSQL server: load by COPY on the transaction's connection instead of INSERTs. */
  copyIn?: CopyIn | null;
  parserOptions?: SieParserOptions;
};

export type StoredRows = {
  counts: RowCounts;
  /** Warnings of the storing (rows for a year without #RAR), beside the reader's. */
  warnings: SieIssue[];
  /** The reader's summary: rows of a file with errors must not be kept. */
  summary: SieSummary;
  overview: (encoding: SieEncoding) => SieOverview;
  outcome: OutcomeMonths;
};

/**
 * Streams `input` into the tables: vouchers and their rows into the import's own bare
 * tables (import-tables.ts; their org_id and import_id are column defaults), the rest into
 * the shared tables. Returns the counts, the warnings it adds and the reader's summary.
 */
export async function storeRows(
  trx: Transaction<Database>,
  ids: { orgId: string; importId: string; tables: ImportTables },
  input: SieInput,
  years: readonly SieFinancialYear[],
  options: StoreRowsOptions,
): Promise<StoredRows> {
  const constants: ConstantSpec[] = [
    { name: 'org_id', type: 'uuid', value: ids.orgId },
    { name: 'import_id', type: 'uuid', value: ids.importId },
  ];
  let stored = 0;
  const lane = options.copyIn ? new CopyLane(options.copyIn) : null;
  const writer = (table: string, columns: readonly ColumnSpec[], withIds = true): RowWriter => {
    const writerOptions = {
      constants: withIds ? constants : [],
      batchRows: options.batchRows,
      onWritten: (rows: number) => options.onRows((stored += rows)),
    };
    return lane
      ? new CopyWriter(lane, table, columns, writerOptions)
      : new BatchWriter(trx, table, columns, writerOptions);
  };
  const balances = writer('account_balances', [
    { name: 'kind', type: 'text' },
    { name: 'year_index', type: 'integer' },
    { name: 'year_start', type: 'date' },
    { name: 'year_end', type: 'date' },
    { name: 'account', type: 'text' },
    { name: 'dimension', type: 'integer' },
    { name: 'object', type: 'text' },
    { name: 'amount_ore', type: 'bigint' },
    { name: 'quantity', type: 'numeric' },
  ]);
  const periods = writer('period_balances', [
    { name: 'kind', type: 'text' },
    { name: 'year_index', type: 'integer' },
    { name: 'year_start', type: 'date' },
    { name: 'year', type: 'integer' },
    { name: 'month', type: 'integer' },
    { name: 'account', type: 'text' },
    { name: 'objects', type: 'jsonb' },
    { name: 'amount_ore', type: 'bigint' },
    { name: 'quantity', type: 'numeric' },
  ]);
  const vouchers = writer(
    ids.tables.vouchers,
    [
      { name: 'seq', type: 'integer' },
      { name: 'series', type: 'text' },
      { name: 'number', type: 'text' },
      { name: 'date', type: 'date' },
      { name: 'text', type: 'text' },
      { name: 'registered_on', type: 'date' },
      { name: 'sign', type: 'text' },
      { name: 'line', type: 'integer' },
    ],
    false,
  );
  // Bare tables: the rows' key to their voucher is checked when the tables are attached.
  const rows = writer(
    ids.tables.transactions,
    [
      { name: 'voucher_seq', type: 'integer' },
      { name: 'row_no', type: 'integer' },
      { name: 'kind', type: 'text' },
      { name: 'account', type: 'text' },
      { name: 'objects', type: 'jsonb' },
      { name: 'amount_ore', type: 'bigint' },
      { name: 'date', type: 'date' },
      { name: 'trans_date', type: 'date' },
      { name: 'text', type: 'text' },
      { name: 'quantity', type: 'numeric' },
      { name: 'sign', type: 'text' },
    ],
    false,
  );

  const yearOf = new Map(years.map((y) => [y.index, y]));
  const skipped = new Map<string, number>();
  const skip = (label: string, index: number) => {
    const key = `#${label} ${index}`;
    skipped.set(key, (skipped.get(key) ?? 0) + 1);
  };
  const outcome = new OutcomeMonths();
  let seq = 0;
  let summary: SieSummary | null = null;

  const description = new SieCollector(false);
  for await (const item of streamSie(input, options.parserOptions)) {
    switch (item.type) {
      case 'balance':
      case 'objectBalance': {
        const b = item.balance;
        const year = yearOf.get(b.yearIndex);
        if (!year) {
          skip(item.label, b.yearIndex);
          break;
        }
        const kind = item.label === 'OIB' ? 'IB' : item.label === 'OUB' ? 'UB' : item.label;
        const object = 'object' in b ? b.object : null;
        const full = balances.add([
          kind,
          b.yearIndex,
          year.start,
          year.end,
          b.account,
          object?.dimension ?? null,
          object?.object ?? null,
          b.amount,
          b.quantity,
        ]);
        if (full) await full;
        break;
      }
      case 'periodBalance': {
        const b = item.balance;
        const year = yearOf.get(b.yearIndex);
        if (!year) {
          skip(item.label, b.yearIndex);
          break;
        }
        const [y, m] = b.period.split('-').map(Number);
        const full = periods.add([
          item.label,
          b.yearIndex,
          year.start,
          y ?? 0,
          m ?? 0,
          b.account,
          objectsJson(b.objects),
          b.amount,
          b.quantity,
        ]);
        if (full) await full;
        break;
      }
      case 'voucher': {
        const v = item.voucher;
        seq++;
        const full = vouchers.add([
          seq,
          v.series,
          v.number,
          v.date,
          v.text,
          v.registrationDate,
          v.sign,
          v.line,
        ]);
        if (full) await full;
        let rowNo = 0;
        for (const t of v.transactions) {
          rowNo++;
          const date = t.date ?? v.date;
          outcome.add(t.kind, t.account, date, t.amount);
          const batch = rows.add([
            seq,
            rowNo,
            t.kind,
            t.account,
            objectsJson(t.objects),
            t.amount,
            date,
            t.date,
            t.text,
            t.quantity,
            t.sign,
          ]);
          if (batch) await batch;
        }
        break;
      }
      case 'end':
        summary = item.summary;
        break;
      default:
        description.add(item);
    }
  }
  await balances.flush();
  await periods.flush();
  await vouchers.flush();
  await rows.flush();
  await lane?.drain();
  if (summary === null) throw new Error('the SIE stream ended without its summary');

  const warnings: SieIssue[] = [...skipped].map(([record, n]) => ({
    line: 0,
    column: 0,
    text: record,
    message: `${n} ${record} ${n === 1 ? 'row names' : 'rows name'} a financial year without #RAR: not stored`,
  }));
  return {
    counts: {
      balances: balances.written,
      periodBalances: periods.written,
      vouchers: vouchers.written,
      transactions: rows.written,
      skipped: [...skipped.values()].reduce((a, b) => a + b, 0),
    },
    warnings,
    summary,
    overview: (encoding) => description.overview(encoding),
    outcome,
  };
}
