// Users: local accounts of an organisation. Every query is scoped by org_id, except the
// lookup by username at login (usernames are unique across organisations).
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, Role, UsersTable } from '../schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export type UserRow = Selectable<UsersTable>;

/** A user as the API shows it: never the password hash. */
export type PublicUser = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  memberCode: string | null;
  disabled: boolean;
  version: number;
  createdAt: string;
};

export function toPublicUser(row: UserRow): PublicUser {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    memberCode: row.member_code,
    disabled: row.disabled,
    version: row.version,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

export type NewUser = {
  orgId: string;
  username: string;
  displayName: string;
  passwordHash: string;
  role: Role;
  memberCode: string | null;
};

export async function insertUser(db: Executor, user: NewUser): Promise<UserRow> {
  return db
    .insertInto('users')
    .values({
      org_id: user.orgId,
      username: user.username,
      display_name: user.displayName,
      password_hash: user.passwordHash,
      role: user.role,
      member_code: user.memberCode,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function listUsers(db: Executor, orgId: string): Promise<UserRow[]> {
  return db.selectFrom('users').selectAll().where('org_id', '=', orgId).orderBy('username').execute();
}

/** The user with this id in this organisation; another organisation's user is not found. */
export async function findUser(db: Executor, orgId: string, id: string): Promise<UserRow | undefined> {
  if (!isUuid(id)) return undefined;
  return db
    .selectFrom('users')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Login only: the organisation is not known before the user is. */
export async function findUserByUsername(db: Executor, username: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function usernameTaken(db: Executor, username: string): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
  return row !== undefined;
}

export type UserChanges = {
  displayName?: string;
  role?: Role;
  memberCode?: string | null;
  disabled?: boolean;
  passwordHash?: string;
};

/**
 * Applies the changes if the row is still at `version` (optimistic concurrency) and
 * bumps the version; undefined when the user is missing or the version is stale.
 */
export async function updateUser(
  db: Executor,
  orgId: string,
  id: string,
  version: number,
  changes: UserChanges,
): Promise<UserRow | undefined> {
  if (!isUuid(id)) return undefined;
  return db
    .updateTable('users')
    .set((eb) => ({
      ...(changes.displayName === undefined ? {} : { display_name: changes.displayName }),
      ...(changes.role === undefined ? {} : { role: changes.role }),
      ...(changes.memberCode === undefined ? {} : { member_code: changes.memberCode }),
      ...(changes.disabled === undefined ? {} : { disabled: changes.disabled }),
      ...(changes.passwordHash === undefined ? {} : { password_hash: changes.passwordHash }),
      version: eb('version', '+', 1),
    }))
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

/** Enabled admins of the organisation, so the last one cannot be removed or disabled. */
export async function countActiveAdmins(db: Executor, orgId: string): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('org_id', '=', orgId)
    .where('role', '=', 'admin')
    .where('disabled', '=', false)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function hasAdmin(db: Executor, orgId: string): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('org_id', '=', orgId)
    .where('role', '=', 'admin')
    .executeTakeFirst();
  return row !== undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id can name no row; checking first keeps PostgreSQL from raising on the cast. */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}
