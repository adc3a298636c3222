// The check every route makes first: a session, then the permission its role needs.
import type { Context } from 'hono';
import type { AppEnv, SessionUser } from '../context.ts';
import { forbidden, unauthorized } from '../errors.ts';
import { can } from '../../contract/roles.ts';
import type { Permission } from '../../contract/roles.ts';

export function requireUser(c: Context<AppEnv>): SessionUser {
  const user = c.get('user');
  if (!user) throw unauthorized();
  return user;
}

export function requirePermission(c: Context<AppEnv>, permission: Permission): SessionUser {
  const user = requireUser(c);
  if (!can(user.role, permission)) throw forbidden(permission);
  return user;
}
