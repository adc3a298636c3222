// Runs plan-store work for a request: in a transaction where it writes, with the store's
// errors turned into API errors (404, 409, 400).
import type { Context } from 'hono';
import type { Transaction } from 'kysely';
import { SharesError } from '../../core/allocation/shares.ts';
import { PlanFileError, formatPath } from '../../formats/plan-file/issues.ts';
import { ConflictError, InvalidChangeError, NotFoundError } from '../../db/plan-store/errors.ts';
import type { Actor } from '../../db/plan-store/actor.ts';
import { withDocument } from '../../db/plan-store/cache.ts';
import { findVersion, findVersionHead } from '../../db/plan-store/versions.ts';
import type { VersionRow } from '../../db/plan-store/versions.ts';
import type { Database } from '../../db/schema.ts';
import { can } from '../../contract/roles.ts';
import type { AppEnv, SessionUser } from '../context.ts';
import { ApiError, badRequest, conflict, notFound } from '../errors.ts';

export function toApiError(error: unknown): unknown {
  if (error instanceof NotFoundError) return notFound(error.message);
  if (error instanceof ConflictError) return conflict(error.message, error.details);
  if (error instanceof InvalidChangeError) return badRequest(error.message, { issues: error.issues });
  if (error instanceof SharesError) return badRequest(error.message);
  if (error instanceof PlanFileError) {
    return badRequest(error.message, {
      issues: error.issues.map((i) => ({
        path: formatPath(i.path),
        message: i.message,
        line: i.line ?? null,
      })),
    });
  }
  return error;
}

export async function mapped<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toApiError(error);
  }
}

export function actorOf(user: SessionUser): Actor {
  return { orgId: user.orgId, userId: user.userId, username: user.username };
}

/** The version a caller may see: members (without plan:readDrafts) see decided versions only. */
export async function visibleVersion(
  c: Context<AppEnv>,
  user: SessionUser,
  slug: string,
  ref: string | undefined,
): Promise<VersionRow> {
  const onlyDecided = !can(user.role, 'plan:readDrafts');
  return mapped(() => findVersion(c.get('deps').db.db, user.orgId, slug, ref, { onlyDecided }));
}

/**
 * visibleVersion for reading: the same row, but the document of a revision read before
 * comes from memory (db/plan-store/cache.ts). Not for writes, which lock and re-read.
 */
export async function readableVersion(
  c: Context<AppEnv>,
  user: SessionUser,
  slug: string,
  ref: string | undefined,
): Promise<VersionRow> {
  const onlyDecided = !can(user.role, 'plan:readDrafts');
  const db = c.get('deps').db.db;
  return mapped(async () =>
    withDocument(db, await findVersionHead(db, user.orgId, slug, ref, { onlyDecided })),
  );
}

export async function inTransaction<T>(
  c: Context<AppEnv>,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  return mapped(() => c.get('deps').db.db.transaction().execute(work));
}

export { ApiError };
