// Reading the audit log of the actor's organisation.
import type { AuditEntry, AuditQuery } from '../../contract/audit.ts';
import { listAudit } from '../../db/repos/audit.ts';
import type { AppContext } from '../context.ts';

export async function listAuditEntries(
  ctx: AppContext,
  query: AuditQuery,
): Promise<{ entries: AuditEntry[] }> {
  return { entries: await listAudit(ctx.db.db, ctx.actor.orgId, query) };
}
