// The JSON of the version lifecycle, the diff, the audit log and the users, as
// src/api/plans/lifecycle-routes.ts, src/api/audit/routes.ts and src/api/users/routes.ts
// send it. Written out (not imported from src/api) to keep server code out of the bundle.
import type { Role } from './types.ts';

export type VersionStatus = 'draft' | 'proposed' | 'decided' | 'superseded';

export type PlanVersion = {
  plan: string;
  id: string;
  number: number;
  label: string | null;
  status: VersionStatus;
  decision: { date: string; paragraph: string | null } | null;
  /** The id of the version this one was copied from. */
  basedOn: string | null;
  revision: number;
  createdAt: string;
  updatedAt: string;
};

export type VersionList = { versions: PlanVersion[] };

export type DiffChange = {
  path: string;
  kind: 'figure' | 'goal' | 'activity' | 'text' | 'structure';
  change: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
};

export type PlanDiff = { from: PlanVersion; to: PlanVersion; changes: DiffChange[] };

export type AuditEntry = {
  id: number;
  at: string;
  userId: string | null;
  username: string | null;
  /** `entity.verb`: `planVersion.decide`, `user.create`, … */
  action: string;
  entityType: string;
  entityId: string;
  path: string | null;
  revision: number | null;
  before: unknown;
  after: unknown;
};

export type AuditPage = { entries: AuditEntry[] };

export type User = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  memberCode: string | null;
  disabled: boolean;
  version: number;
  createdAt: string;
};

export type UserList = { users: User[] };
export type UserBody = { user: User };

/** The error body of a 4xx; `details.issues` names the fields of a 400. */
export type ApiErrorBody = {
  error: { code: string; message: string; details?: { issues?: { path: string; message: string }[] } };
};
