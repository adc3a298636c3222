-- Planvis schema, version 6: vouchers and transactions partitioned by import, one partition
-- per SIE import, so an import loads into a bare table and builds its keys once before it
-- is attached (issue 5 asks ≥ 200 000 rows/s into a server). Measured on a 2-core machine,
-- COPY of 1 000 000 rows: 7.8 s into the keyed table, 1.6 s into a bare one, and ≈ 1.7 s
-- more to build the primary key and index and attach. Columns, checks and the transactions'
-- keys stay as in version 5; vouchers keep one key instead of three (below). A partition is named after its import's id without dashes:
-- vouchers_<32 hex digits> and transactions_<32 hex digits> (src/db/accounting/import-tables.ts).
--
-- Existing rows move the same way: the old tables give up their constraint and index names
-- and step aside, the rows are copied into one bare partition per import, the keys are built
-- on the parents afterwards, and the old tables are dropped. With 1 000 000 rows that takes
-- about 3 s here; with the keys in place before the copy, 24 s.

-- PostgreSQL 18 (and so PGlite) names NOT NULL constraints too (vouchers_seq_not_null …):
-- dropped here, or the new tables would get the same names with a 1 appended.
alter table transactions
  drop constraint transactions_voucher_fkey,
  drop constraint transactions_pkey,
  drop constraint transactions_kind_check,
  alter column org_id drop not null,
  alter column import_id drop not null,
  alter column voucher_seq drop not null,
  alter column row_no drop not null,
  alter column kind drop not null,
  alter column account drop not null,
  alter column amount_ore drop not null,
  alter column date drop not null;
drop index transactions_account_date;
alter table vouchers
  drop constraint vouchers_org_import_seq,
  drop constraint vouchers_pkey,
  drop constraint vouchers_org_id_fkey,
  drop constraint vouchers_import_id_fkey,
  alter column org_id drop not null,
  alter column import_id drop not null,
  alter column seq drop not null,
  alter column series drop not null,
  alter column number drop not null,
  alter column date drop not null,
  alter column line drop not null;
drop index vouchers_number;
alter table vouchers rename to vouchers_before_0006;
alter table transactions rename to transactions_before_0006;

-- The keys and indexes come after the copy, below.
create table vouchers (
  org_id uuid not null,
  import_id uuid not null,
  seq integer not null,
  series text not null,
  number text not null,
  date date not null,
  text text,
  registered_on date,
  sign text,
  line integer not null
) partition by list (import_id);

create table transactions (
  org_id uuid not null,
  import_id uuid not null,
  voucher_seq integer not null,
  row_no integer not null,
  kind text not null,
  account text not null,
  objects jsonb,
  amount_ore bigint not null,
  date date not null,
  trans_date date,
  text text,
  quantity numeric,
  sign text,
  constraint transactions_kind_check check (kind in ('normal', 'added', 'removed'))
) partition by list (import_id);

-- Every row's import has vouchers (the foreign key saw to it), so these are all the imports.
do $$
declare
  imp uuid;
begin
  for imp in select distinct import_id from vouchers_before_0006 order by import_id loop
    execute format('create table %I partition of vouchers for values in (%L)',
      'vouchers_' || replace(imp::text, '-', ''), imp);
    execute format('create table %I partition of transactions for values in (%L)',
      'transactions_' || replace(imp::text, '-', ''), imp);
  end loop;
end
$$;

-- Through the parents, which route each row to its import's partition: one pass over each
-- old table rather than one per import.
insert into vouchers (org_id, import_id, seq, series, number, date, text, registered_on, sign, line)
  select org_id, import_id, seq, series, number, date, text, registered_on, sign, line
  from vouchers_before_0006;
insert into transactions (org_id, import_id, voucher_seq, row_no, kind, account, objects,
    amount_ore, date, trans_date, text, quantity, sign)
  select org_id, import_id, voucher_seq, row_no, kind, account, objects,
    amount_ore, date, trans_date, text, quantity, sign
  from transactions_before_0006;

-- On a partitioned table these reach every partition, and each foreign key is proved by one
-- query per partition instead of one lookup per row. New partitions inherit them all.
-- One key for vouchers where version 5 had three indexes: (org_id, import_id, seq) is
-- unique, is what the rows' foreign key names, and serves the drill-down's join. The
-- (org_id, series, number) index had no query; each import builds fewer indexes.
alter table vouchers
  add constraint vouchers_pkey primary key (org_id, import_id, seq),
  add constraint vouchers_org_id_fkey foreign key (org_id) references organisations (id),
  add constraint vouchers_import_id_fkey foreign key (import_id) references sie_imports (id);

alter table transactions
  add constraint transactions_pkey primary key (import_id, voucher_seq, row_no),
  add constraint transactions_voucher_fkey foreign key (org_id, import_id, voucher_seq)
    references vouchers (org_id, import_id, seq);
create index transactions_account_date on transactions (org_id, account, date);

drop table transactions_before_0006;
drop table vouchers_before_0006;
