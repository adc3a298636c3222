// Login sessions. The client holds a random 32-byte token (cookie or Bearer header); the
// database holds only its SHA-256 hash as the id, so a leaked sessions table (a backup,
// a log of queries) does not let anyone log in.
//
// Lifetime: fixed, SESSION_TTL_MS (8 hours, a working day) from login, not sliding. A
// sliding expiry would write to the database on every request; a fixed one keeps reads
// write-free and bounds how long a stolen token works. Logout deletes the row; expired
// rows are never accepted and are swept at each login.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database, Role } from '../schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export type CreatedSession = { token: string; sessionId: string; csrfToken: string; expiresAt: Date };

export async function createSession(
  db: Executor,
  session: { orgId: string; userId: string; now: Date },
): Promise<CreatedSession> {
  const token = newSessionToken();
  const created: CreatedSession = {
    token,
    sessionId: hashSessionToken(token),
    csrfToken: randomBytes(32).toString('base64url'),
    expiresAt: new Date(session.now.getTime() + SESSION_TTL_MS),
  };
  await db
    .insertInto('sessions')
    .values({
      id: created.sessionId,
      org_id: session.orgId,
      user_id: session.userId,
      csrf_token: created.csrfToken,
      created_at: session.now,
      expires_at: created.expiresAt,
    })
    .execute();
  return created;
}

export type ActiveSession = {
  sessionId: string;
  orgId: string;
  userId: string;
  csrfToken: string;
  expiresAt: Date;
  username: string;
  displayName: string;
  role: Role;
  memberCode: string | null;
};

/** The session for this token with its user, if it has not expired and the user is not disabled. */
export async function findActiveSession(
  db: Executor,
  token: string,
  now: Date,
): Promise<ActiveSession | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', (join) =>
      join.onRef('users.id', '=', 'sessions.user_id').onRef('users.org_id', '=', 'sessions.org_id'),
    )
    .select([
      'sessions.id as sessionId',
      'sessions.org_id as orgId',
      'sessions.user_id as userId',
      'sessions.csrf_token as csrfToken',
      'sessions.expires_at as expiresAt',
      'users.username as username',
      'users.display_name as displayName',
      'users.role as role',
      'users.member_code as memberCode',
    ])
    .where('sessions.id', '=', hashSessionToken(token))
    .where('sessions.expires_at', '>', now)
    .where('users.disabled', '=', false)
    .executeTakeFirst();
  return row ? { ...row, expiresAt: new Date(row.expiresAt) } : undefined;
}

export async function deleteSession(db: Executor, orgId: string, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('org_id', '=', orgId).where('id', '=', sessionId).execute();
}

/** Logs a user out everywhere (password changed, account disabled), optionally keeping one session. */
export async function deleteUserSessions(
  db: Executor,
  orgId: string,
  userId: string,
  exceptSessionId?: string,
): Promise<void> {
  let query = db.deleteFrom('sessions').where('org_id', '=', orgId).where('user_id', '=', userId);
  if (exceptSessionId !== undefined) query = query.where('id', '!=', exceptSessionId);
  await query.execute();
}

/** Removes expired sessions of every organisation (housekeeping, no org data is read). */
export async function deleteExpiredSessions(db: Executor, now: Date): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
