// The logged-in user, for pages that show or hide what the role may do.
import { createContext, useContext } from 'react';
import type { SessionUser } from './api/types.ts';
import { userCan } from './permissions.ts';
import type { Permission } from './permissions.ts';

export const SessionContext = createContext<SessionUser | null>(null);

export function useUser(): SessionUser {
  const user = useContext(SessionContext);
  if (!user) throw new Error('useUser outside a logged-in session');
  return user;
}

/** Whether the logged-in user's role has the permission. */
export function useCan(permission: Permission): boolean {
  return userCan(useUser(), permission);
}
