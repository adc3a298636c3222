// What the logged-in user may do, from the same role table the API enforces
// (src/contract/roles.ts): the UI hides or disables what the API would refuse.
import { can } from '../contract/roles.ts';
import type { Permission } from '../contract/roles.ts';
import type { SessionUser } from './api/types.ts';

export type { Permission };

export function userCan(user: SessionUser, permission: Permission): boolean {
  return can(user.role, permission);
}
