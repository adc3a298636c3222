// The check every route makes first: a session, then the permission its role needs.
import type { Context } from 'hono';
import type { AppEnv, SessionUser } from '../context.ts';
import { forbidden, unauthorized } from '../errors.ts';
import { can } from './permissions.ts';
import type { Permission } from './permissions.ts';

const DESCRIBE: Record<Permission, string> = {
  'plan:read': 'read plans',
  'plan:readDrafts': 'read plan versions that are not decided',
  'budget:write': 'change budget figures',
  'goals:write': 'change goals, activities or follow-up',
  'version:manage': 'start or propose plan versions',
  'version:decide': "record the board's decision on a version",
  'plan:import': 'import plans',
  'audit:read': 'read the audit log',
  'users:manage': 'manage users',
  'organisation:manage': 'manage the organisation',
};

export function requireUser(c: Context<AppEnv>): SessionUser {
  const user = c.get('user');
  if (!user) throw unauthorized();
  return user;
}

export function requirePermission(c: Context<AppEnv>, permission: Permission): SessionUser {
  const user = requireUser(c);
  if (!can(user.role, permission)) throw forbidden(DESCRIBE[permission]);
  return user;
}
