// The audit log, read with filters (who, what, when), newest first.
import { z } from 'zod';
import { operation } from './operation.ts';

const boundary = z.iso.datetime({ offset: true }).or(z.iso.date());

export const auditQuery = z.object({
  entityType: z.string().max(100).optional(),
  entityId: z.string().max(200).optional(),
  username: z.string().max(200).optional().meta({ description: 'who: the username, exactly' }),
  action: z
    .string()
    .max(100)
    .optional()
    .meta({ description: 'what: the action, exactly', example: 'planVersion.decide' }),
  from: boundary.optional(),
  to: boundary.optional().meta({ description: 'exclusive: a date means before that day begins (UTC)' }),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000_000).default(0),
});
export type AuditQuery = z.infer<typeof auditQuery>;

export const auditEntry = z
  .object({
    id: z.number().int(),
    at: z.string(),
    orgId: z.string(),
    userId: z.string().nullable(),
    username: z.string().nullable(),
    /** What happened, as `entity.verb`: `user.create`, `budget.update`, … */
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    /** Where inside the entity, e.g. a figure's path in a plan document. */
    path: z.string().nullable(),
    revision: z.number().int().nullable(),
    before: z.unknown(),
    after: z.unknown(),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof auditEntry>;

export const auditOperations = {
  list: operation({
    id: 'audit.list',
    method: 'get',
    path: '/api/v1/audit',
    access: 'audit:read',
    tag: 'Audit',
    summary: 'the audit log, newest first',
    query: auditQuery,
    response: z.object({ entries: z.array(auditEntry) }).meta({ id: 'AuditList' }),
  }),
};
