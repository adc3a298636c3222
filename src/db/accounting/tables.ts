// Table types for Kysely of migrations/0002_accounting.sql. Rows are written with
// batched SQL (batches.ts); these types serve the reads.
import type { ColumnType, Generated } from 'kysely';

type Json<T> = ColumnType<T, string, string>;
/** date columns: both drivers hand them over as "YYYY-MM-DD" text (see db/open.ts). */
type IsoDate = ColumnType<string, string, string>;
/** numeric columns (quantities) come back as exact decimal text. */
type Decimal = ColumnType<string, string, string>;

export type SieImportStatus = 'current' | 'replaced';

export type SieImportsTable = {
  id: Generated<string>;
  org_id: string;
  file_name: string;
  sha256: string;
  byte_size: number;
  encoding: string;
  sie_type: number | null;
  program: string | null;
  company_name: string | null;
  org_number: string | null;
  year_start: IsoDate;
  year_end: IsoDate;
  financial_years: Json<unknown>;
  coverage_date: IsoDate | null;
  first_voucher_date: IsoDate | null;
  last_voucher_date: IsoDate | null;
  counts: Json<unknown>;
  warnings: Json<unknown>;
  warning_count: number;
  replaced: Json<unknown>;
  status: SieImportStatus;
  replaced_by: string | null;
  imported_by: string | null;
  imported_by_name: string;
  imported_at: Generated<Date>;
};

export type AccountsTable = {
  org_id: string;
  number: string;
  name: string | null;
  type: 'T' | 'S' | 'K' | 'I' | null;
  unit: string | null;
  sru: string | null;
  import_id: string;
};

export type DimensionsTable = {
  org_id: string;
  number: number;
  name: string;
  parent: number | null;
  import_id: string;
};

export type ObjectsTable = {
  org_id: string;
  dimension: number;
  number: string;
  name: string;
  import_id: string;
};

export type AccountBalancesTable = {
  org_id: string;
  import_id: string;
  kind: 'IB' | 'UB' | 'RES';
  year_index: number;
  year_start: IsoDate;
  year_end: IsoDate;
  account: string;
  dimension: number | null;
  object: string | null;
  amount_ore: number;
  quantity: Decimal | null;
};

export type PeriodBalancesTable = {
  org_id: string;
  import_id: string;
  kind: 'PSALDO' | 'PBUDGET';
  year_index: number;
  year_start: IsoDate;
  year: number;
  month: number;
  account: string;
  objects: Json<unknown> | null;
  amount_ore: number;
  quantity: Decimal | null;
};

export type VouchersTable = {
  org_id: string;
  import_id: string;
  seq: number;
  series: string;
  number: string;
  date: IsoDate;
  text: string | null;
  registered_on: IsoDate | null;
  sign: string | null;
  line: number;
};

export type TransactionsTable = {
  org_id: string;
  import_id: string;
  voucher_seq: number;
  row_no: number;
  kind: 'normal' | 'added' | 'removed';
  account: string;
  objects: Json<unknown> | null;
  amount_ore: number;
  date: IsoDate;
  trans_date: IsoDate | null;
  text: string | null;
  quantity: Decimal | null;
  sign: string | null;
};

export type OutcomeMonthsTable = {
  org_id: string;
  import_id: string;
  account: string;
  year: number;
  month: number;
  amount_ore: number;
  row_count: number;
};

export type AccountingTables = {
  sie_imports: SieImportsTable;
  accounts: AccountsTable;
  dimensions: DimensionsTable;
  objects: ObjectsTable;
  account_balances: AccountBalancesTable;
  period_balances: PeriodBalancesTable;
  vouchers: VouchersTable;
  transactions: TransactionsTable;
  outcome_months: OutcomeMonthsTable;
};
