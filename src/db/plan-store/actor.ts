// Who makes a change, for the audit log.
export type Actor = { orgId: string; userId: string | null; username: string };

export const systemActor = (orgId: string): Actor => ({ orgId, userId: null, username: 'system' });
