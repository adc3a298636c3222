// Table types for Kysely, matching migrations/*.sql.
import type { ColumnType, Generated } from 'kysely';
import type { AccountingTables } from './accounting/tables.ts';
import type { FollowUpTables } from './follow-up/tables.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

import type { Role } from '../contract/roles.ts';

export type { Role };
export { ROLES } from '../contract/roles.ts';

export type VersionStatus = 'draft' | 'proposed' | 'decided' | 'superseded';

export type OrganisationsTable = {
  id: Generated<string>;
  code: string;
  name: string;
  kind: 'federation' | 'region' | 'municipality';
  created_at: Generated<Date>;
};

export type UsersTable = {
  id: Generated<string>;
  org_id: string;
  username: string;
  display_name: string;
  password_hash: string;
  role: Role;
  member_code: string | null;
  disabled: Generated<boolean>;
  version: Generated<number>;
  created_at: Generated<Date>;
};

export type SessionsTable = {
  id: string;
  org_id: string;
  user_id: string;
  csrf_token: string;
  created_at: Generated<Date>;
  expires_at: Timestamp;
};

export type PlansTable = { id: Generated<string>; org_id: string; slug: string; created_at: Generated<Date> };

export type PlanVersionsTable = {
  id: Generated<string>;
  org_id: string;
  plan_id: string;
  number: number;
  label: string | null;
  status: VersionStatus;
  decided_on: ColumnType<string | null, string | null | undefined, string | null>;
  decision_paragraph: string | null;
  based_on: string | null;
  document: Json<unknown>;
  revision: Generated<number>;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
};

export type BudgetAmountsTable = {
  org_id: string;
  version_id: string;
  line_key: string;
  year: number;
  amount_ore: ColumnType<number, number, number>;
};

export type AuditLogTable = {
  id: Generated<number>;
  org_id: string;
  at: Generated<Date>;
  user_id: string | null;
  username: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  path: string | null;
  revision: number | null;
  before: Json<unknown> | null;
  after: Json<unknown> | null;
};

export type Database = {
  organisations: OrganisationsTable;
  users: UsersTable;
  sessions: SessionsTable;
  plans: PlansTable;
  plan_versions: PlanVersionsTable;
  budget_amounts: BudgetAmountsTable;
  audit_log: AuditLogTable;
} & AccountingTables &
  FollowUpTables;
