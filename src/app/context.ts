// What every use case is given: the organisation and who acts in it, the database and the
// clock. The API builds it from the session, the command line from --org; a use case never
// reads a request, an environment variable or the wall clock on its own.
import type { Role } from '../contract/roles.ts';
import { can } from '../contract/roles.ts';
import type { Permission } from '../contract/roles.ts';
import { DomainError } from '../core/errors.ts';
import type { Db } from '../db/open.ts';

export type Actor = {
  orgId: string;
  /** null for the system itself (a command run on the server, a first-start seed). */
  userId: string | null;
  username: string;
  role: Role;
  /** Set for the member role: the member the user speaks for. */
  memberCode: string | null;
};

export type AppContext = {
  db: Db;
  actor: Actor;
  now: () => Date;
};

/** The system acting in an organisation with every permission: the command line, seeds. */
export function systemContext(db: Db, orgId: string, username = 'system'): AppContext {
  return {
    db,
    actor: { orgId, userId: null, username, role: 'admin', memberCode: null },
    now: () => new Date(),
  };
}

/** For checks finer than an operation's own permission (e.g. drafts for members). */
export function requirePermission(ctx: AppContext, permission: Permission): void {
  if (!can(ctx.actor.role, permission)) throw new DomainError('forbidden', 'auth.forbidden', { permission });
}
