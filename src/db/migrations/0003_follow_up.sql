-- Planvis schema, version 3: what the economist adds to the outcome in the follow-up
-- (issue 5): forecast overrides, planned receipts and payments for the liquidity guard,
-- the balance requirement's adjustments, and the liquidity floor and entered opening
-- balance. Every row belongs to an organisation; amounts are integer öre. Each write is
-- also in the audit log (src/db/follow-up/*.ts).

-- A full-year forecast per budget line that replaces the default (outcome to date plus
-- remaining budget). Kept per plan, not per version: a revision of the plan does not
-- change what the economist expects the year to bring.
create table forecast_overrides (
  org_id uuid not null references organisations (id),
  plan_id uuid not null references plans (id),
  year integer not null check (year between 1900 and 2200),
  line_key text not null,
  amount_ore bigint not null,
  -- Why the default is not good enough: required, never blank.
  comment text not null check (length(btrim(comment)) > 0),
  created_by uuid references users (id),
  created_by_name text not null,
  created_at timestamptz not null default now(),
  primary key (org_id, plan_id, year, line_key)
);

-- Planned flows on the bank account: receipts positive, payments negative. A monthly
-- flow repeats on the same day each month through repeat_until.
create table planned_flows (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id),
  date date not null,
  amount_ore bigint not null check (amount_ore <> 0),
  label text not null check (length(btrim(label)) > 0),
  kind text not null check (kind in ('memberInvoice', 'grant', 'purchasedServices', 'salaries', 'other')),
  repeat_until date,
  created_by uuid references users (id),
  created_by_name text not null,
  created_at timestamptz not null default now(),
  check (repeat_until is null or repeat_until >= date)
);
create index planned_flows_org on planned_flows (org_id, date);

-- The balanskravsutredning's adjustments for a year, as src/core/outcome takes them:
-- gains, provisions and uses are non-negative (the statement applies the sign);
-- unrealised securities are signed as they stand in the result.
create table balance_requirement_adjustments (
  org_id uuid not null references organisations (id),
  year integer not null check (year between 1900 and 2200),
  realisation_gains_ore bigint not null default 0 check (realisation_gains_ore >= 0),
  exempted_gains_ore bigint not null default 0 check (exempted_gains_ore >= 0),
  exempted_losses_ore bigint not null default 0 check (exempted_losses_ore >= 0),
  unrealised_securities_ore bigint not null default 0,
  reserve_provision_ore bigint not null default 0 check (reserve_provision_ore >= 0),
  reserve_use_ore bigint not null default 0 check (reserve_use_ore >= 0),
  comment text not null default '',
  updated_by uuid references users (id),
  updated_by_name text not null,
  updated_at timestamptz not null default now(),
  primary key (org_id, year),
  check (exempted_gains_ore <= realisation_gains_ore)
);

-- The liquidity floor (NRF 2026–2028 mål 5: 500 000 kr) and an opening bank balance
-- entered by hand, used when it is newer than the latest imported outcome.
create table liquidity_settings (
  org_id uuid primary key references organisations (id),
  floor_ore bigint not null default 50000000 check (floor_ore >= 0),
  opening_date date,
  opening_balance_ore bigint,
  updated_by uuid references users (id),
  updated_by_name text not null,
  updated_at timestamptz not null default now(),
  check ((opening_date is null) = (opening_balance_ore is null))
);
