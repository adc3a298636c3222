// The audit log: one row per change, written in the same transaction as the change
// (issue 3, "Audit log"). The table is append-only in the database itself, so this
// module only inserts and reads.
import { sql } from 'kysely';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/** Who made a change; a SessionUser fits as it is. `userId` null means the system itself. */
export type AuditActor = { orgId: string; userId: string | null; username: string | null };

export type AuditEntry = AuditActor & {
  /** What happened, as `entity.verb`: `user.create`, `user.update`, `budget.update`, … */
  action: string;
  entityType: string;
  entityId: string;
  /** Where inside the entity, e.g. a figure's path in a plan document. */
  path?: string | null;
  /** The entity's revision after the change. */
  revision?: number | null;
  /** Any JSON-serialisable values; undefined is stored as SQL null. */
  before?: unknown;
  after?: unknown;
};

export type AuditRecord = {
  id: number;
  at: string;
  orgId: string;
  userId: string | null;
  username: string | null;
  action: string;
  entityType: string;
  entityId: string;
  path: string | null;
  revision: number | null;
  before: unknown;
  after: unknown;
};

export type AuditFilters = {
  entityType?: string | undefined;
  entityId?: string | undefined;
  username?: string | undefined;
  action?: string | undefined;
  /** Inclusive lower bound on the time of the change. */
  from?: Date | string | undefined;
  /** Exclusive upper bound on the time of the change. */
  to?: Date | string | undefined;
  /** Default 100, at most 1000. */
  limit?: number | undefined;
  offset?: number | undefined;
  /** By id: `desc` (newest first) by default. */
  order?: 'asc' | 'desc' | undefined;
};

export const AUDIT_DEFAULT_LIMIT = 100;
export const AUDIT_MAX_LIMIT = 1000;

/** The actor fields of an entry from the logged-in user (or any object shaped like one). */
export function auditActor(user: { orgId: string; userId: string; username: string }): AuditActor {
  return { orgId: user.orgId, userId: user.userId, username: user.username };
}

function json(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(value);
}

/** Appends one row; pass the transaction that makes the change. Returns the row's id. */
export async function appendAudit(db: Executor, entry: AuditEntry): Promise<number> {
  const row = await db
    .insertInto('audit_log')
    .values({
      org_id: entry.orgId,
      user_id: entry.userId,
      username: entry.username,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      path: entry.path ?? null,
      revision: entry.revision ?? null,
      before: json(entry.before),
      after: json(entry.after),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function listAudit(
  db: Executor,
  orgId: string,
  filters: AuditFilters = {},
): Promise<AuditRecord[]> {
  const limit = Math.min(Math.max(filters.limit ?? AUDIT_DEFAULT_LIMIT, 0), AUDIT_MAX_LIMIT);
  let query = db.selectFrom('audit_log').selectAll().where('org_id', '=', orgId);
  if (filters.entityType !== undefined) query = query.where('entity_type', '=', filters.entityType);
  if (filters.entityId !== undefined) query = query.where('entity_id', '=', filters.entityId);
  if (filters.username !== undefined) query = query.where('username', '=', filters.username);
  if (filters.action !== undefined) query = query.where('action', '=', filters.action);
  if (filters.from !== undefined)
    query = query.where('at', '>=', sql<Date>`${toIso(filters.from)}::timestamptz`);
  if (filters.to !== undefined) query = query.where('at', '<', sql<Date>`${toIso(filters.to)}::timestamptz`);
  const rows = await query
    .orderBy('id', filters.order ?? 'desc')
    .limit(limit)
    .offset(Math.max(filters.offset ?? 0, 0))
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    at: new Date(r.at).toISOString(),
    orgId: r.org_id,
    userId: r.user_id,
    username: r.username,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    path: r.path,
    revision: r.revision,
    before: r.before,
    after: r.after,
  }));
}

function toIso(value: Date | string): string {
  return value instanceof Date ? value.toISOString() : value;
}
