-- Planvis schema, version 2: accounting imported from SIE 4 files (issue 5). Every row
-- belongs to an organisation. Amounts are integer öre, debit positive, as in the file.
--
-- Re-import: a file's financial year 0 (#RAR 0) is the year it delivers. Importing a
-- file for a year the organisation already has replaces that year in one transaction:
-- every row of the earlier import(s) of that year is deleted (their comparative figures
-- for other years too, as the new file carries its own), their sie_imports row stays
-- with status 'replaced' and replaced_by, and the new row lists in `replaced` what it
-- replaced. A year 0 that overlaps a stored year with other dates is refused. The chart
-- of accounts, dimensions and objects are the organisation's: upserted, never deleted.

create table sie_imports (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id),
  file_name text not null,
  sha256 text not null,
  byte_size bigint not null,
  encoding text not null,
  sie_type smallint,
  program text,
  company_name text,
  org_number text,
  -- The file's financial year 0: the year this import delivers.
  year_start date not null,
  year_end date not null,
  -- Every #RAR of the file: [{ "index": 0, "start": "2026-01-01", "end": "2026-12-31" }, …]
  financial_years jsonb not null,
  coverage_date date,
  first_voucher_date date,
  last_voucher_date date,
  -- The reader's counts plus what was stored (see src/db/accounting/import-sie.ts).
  counts jsonb not null,
  warnings jsonb not null,
  warning_count integer not null,
  -- The imports this one replaced, with their counts: [{ "id", "fileName", "importedAt", "counts" }]
  replaced jsonb not null default '[]',
  status text not null check (status in ('current', 'replaced')),
  -- Deferred: the replacing row is inserted after the rows it replaces are marked.
  replaced_by uuid references sie_imports (id) deferrable initially deferred,
  imported_by uuid references users (id),
  imported_by_name text not null,
  imported_at timestamptz not null default now(),
  check ((status = 'replaced') = (replaced_by is not null)),
  check (year_start <= year_end)
);
-- One current import per organisation and financial year.
create unique index sie_imports_current_year on sie_imports (org_id, year_start) where status = 'current';
create index sie_imports_org on sie_imports (org_id, imported_at);

create table accounts (
  org_id uuid not null references organisations (id),
  number text not null,
  name text,
  -- #KTYP: T asset, S liability, K cost, I income.
  type text check (type in ('T', 'S', 'K', 'I')),
  unit text,
  sru text,
  import_id uuid not null references sie_imports (id),
  primary key (org_id, number)
);

create table dimensions (
  org_id uuid not null references organisations (id),
  number integer not null,
  name text not null,
  parent integer,
  import_id uuid not null references sie_imports (id),
  primary key (org_id, number)
);

create table objects (
  org_id uuid not null references organisations (id),
  dimension integer not null,
  number text not null,
  name text not null,
  import_id uuid not null references sie_imports (id),
  primary key (org_id, dimension, number)
);

-- #IB, #UB, #RES, and #OIB/#OUB as IB/UB with their object.
create table account_balances (
  org_id uuid not null references organisations (id),
  import_id uuid not null references sie_imports (id),
  kind text not null check (kind in ('IB', 'UB', 'RES')),
  year_index smallint not null,
  year_start date not null,
  year_end date not null,
  account text not null,
  dimension integer,
  object text,
  amount_ore bigint not null,
  quantity numeric,
  check ((dimension is null) = (object is null))
);
create index account_balances_year on account_balances (org_id, year_start, account);
create index account_balances_import on account_balances (import_id);

-- #PSALDO and #PBUDGET: a month's figure for an account, for the objects listed (null: the account's total).
create table period_balances (
  org_id uuid not null references organisations (id),
  import_id uuid not null references sie_imports (id),
  kind text not null check (kind in ('PSALDO', 'PBUDGET')),
  year_index smallint not null,
  year_start date not null,
  year integer not null,
  month smallint not null check (month between 1 and 12),
  account text not null,
  objects jsonb,
  amount_ore bigint not null,
  quantity numeric
);
create index period_balances_month on period_balances (org_id, kind, year, account, month);
create index period_balances_import on period_balances (import_id);

-- Vouchers are keyed by their import and their place in the file, so rows can be loaded
-- in batches without a round trip for generated ids.
create table vouchers (
  org_id uuid not null references organisations (id),
  import_id uuid not null references sie_imports (id),
  seq integer not null,
  series text not null,
  number text not null,
  date date not null,
  text text,
  registered_on date,
  sign text,
  line integer not null,
  primary key (import_id, seq)
);
create index vouchers_number on vouchers (org_id, series, number);

-- #TRANS (normal), #RTRANS (added later) and #BTRANS (removed later: kept for the trail,
-- never counted). The mirror #TRANS that follows an #RTRANS is not stored (the reader
-- drops it). `date` is the row's own date, else its voucher's: the date it counts on.
create table transactions (
  org_id uuid not null references organisations (id),
  import_id uuid not null,
  voucher_seq integer not null,
  row_no integer not null,
  kind text not null check (kind in ('normal', 'added', 'removed')),
  account text not null,
  objects jsonb,
  amount_ore bigint not null,
  date date not null,
  trans_date date,
  text text,
  quantity numeric,
  sign text,
  primary key (import_id, voucher_seq, row_no),
  foreign key (import_id, voucher_seq) references vouchers (import_id, seq)
);
-- Drill-down: an account's rows in a period.
create index transactions_account_date on transactions (org_id, account, date);

-- Outcome per account and month, summed from the counted rows (normal and added) at the
-- end of each import, so budget versus outcome reads a few hundred rows, not millions.
create table outcome_months (
  org_id uuid not null references organisations (id),
  import_id uuid not null references sie_imports (id),
  account text not null,
  year integer not null,
  month smallint not null check (month between 1 and 12),
  amount_ore bigint not null,
  row_count integer not null,
  primary key (import_id, account, year, month)
);
create index outcome_months_lookup on outcome_months (org_id, year, account, month);
