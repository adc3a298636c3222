-- Planvis schema, version 4: the organisation's own account mapping (issue 5, item 3),
-- from its chart of accounts to the plan's budget lines. Ranges are account prefixes of
-- equal length ('30'–'34', '3590'–'3599'); single-account rules win over ranges. An
-- organisation with no rows uses the default mapping (src/core/outcome/nrf-mapping.ts).
-- The whole mapping is replaced at once and audited (src/db/follow-up/account-mappings.ts).
create table account_mappings (
  org_id uuid not null references organisations (id),
  kind text not null check (kind in ('range', 'account')),
  from_account text check (from_account ~ '^[0-9]+$'),
  to_account text check (to_account ~ '^[0-9]+$'),
  account text check (account ~ '^[0-9]+$'),
  line_key text not null check (length(btrim(line_key)) > 0),
  updated_by uuid references users (id),
  updated_by_name text not null,
  updated_at timestamptz not null default now(),
  check (
    (kind = 'range' and from_account is not null and to_account is not null and account is null
      and length(from_account) = length(to_account) and from_account <= to_account)
    or (kind = 'account' and account is not null and from_account is null and to_account is null)
  )
);
create unique index account_mappings_range on account_mappings (org_id, from_account) where kind = 'range';
create unique index account_mappings_account on account_mappings (org_id, account) where kind = 'account';
