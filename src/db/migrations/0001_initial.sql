-- Planvis schema, version 1. Every row belongs to an organisation (org_id), so many
-- organisations can share one server and a distributed PostgreSQL can shard on it.
-- Money is integer öre in bigint columns.

create table organisations (
  id uuid primary key default gen_random_uuid(),
  code text not null unique,
  name text not null,
  kind text not null check (kind in ('federation', 'region', 'municipality')),
  created_at timestamptz not null default now()
);

create table users (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id),
  username text not null unique,
  display_name text not null,
  password_hash text not null,
  role text not null check (role in ('admin', 'economist', 'planner', 'reader', 'member')),
  -- A member-region contact sees only their own region's figures.
  member_code text,
  disabled boolean not null default false,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  check ((role = 'member') = (member_code is not null))
);

create table sessions (
  id text primary key,
  org_id uuid not null references organisations (id),
  user_id uuid not null references users (id),
  csrf_token text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index sessions_user on sessions (user_id);

create table plans (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id),
  slug text not null,
  created_at timestamptz not null default now(),
  unique (org_id, slug)
);

-- A plan version holds the whole plan as a validated document in the plan file's form
-- (see src/formats/plan-file/schema.ts). It is json, not jsonb, so that its key order —
-- and so an exported file — survives storage. `revision` counts every write to it: an
-- update names the revision it read, and a stale write to a figure changed since gets 409.
create table plan_versions (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id),
  plan_id uuid not null references plans (id),
  number integer not null,
  label text,
  status text not null check (status in ('draft', 'proposed', 'decided', 'superseded')),
  decided_on date,
  decision_paragraph text,
  based_on uuid references plan_versions (id),
  document json not null,
  revision integer not null default 1,
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (plan_id, number),
  check ((status in ('decided', 'superseded')) = (decided_on is not null and decision_paragraph is not null))
);

-- Decided versions are immutable: the document never changes once decided. The only
-- change allowed is decided -> superseded.
create function plan_versions_immutable() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    if old.status in ('decided', 'superseded') then
      raise exception 'plan version % is % and cannot be deleted', old.id, old.status using errcode = 'P0001';
    end if;
    return old;
  end if;
  if old.status in ('decided', 'superseded') and (
    new.document::text is distinct from old.document::text or
    new.decided_on is distinct from old.decided_on or
    new.decision_paragraph is distinct from old.decision_paragraph or
    not (new.status = old.status or (old.status = 'decided' and new.status = 'superseded'))
  ) then
    raise exception 'plan version % is % and cannot be changed', old.id, old.status
      using errcode = 'P0001';
  end if;
  return new;
end $$;
create trigger plan_versions_immutable before update or delete on plan_versions
  for each row execute function plan_versions_immutable();

-- Budget amounts of every version, projected from the document on each write, for
-- reporting in SQL and open data. Exact integer öre.
create table budget_amounts (
  org_id uuid not null references organisations (id),
  version_id uuid not null references plan_versions (id),
  line_key text not null,
  year integer not null,
  amount_ore bigint not null,
  primary key (version_id, line_key, year)
);

-- The audit log: who changed what, when, before and after. Append-only: the database
-- itself refuses updates, deletes and truncation.
create table audit_log (
  id bigint generated always as identity primary key,
  org_id uuid not null references organisations (id),
  at timestamptz not null default clock_timestamp(),
  user_id uuid references users (id),
  username text,
  action text not null,
  entity_type text not null,
  entity_id text not null,
  path text,
  revision integer,
  before jsonb,
  after jsonb
);
create index audit_log_entity on audit_log (org_id, entity_type, entity_id, revision);
create index audit_log_at on audit_log (org_id, at);

create function audit_log_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'the audit log is append-only: % is not allowed', tg_op using errcode = 'P0001';
end $$;
create trigger audit_log_no_update before update or delete on audit_log
  for each row execute function audit_log_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_append_only();
