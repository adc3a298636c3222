// The audit log, read with filters (who, what, when).
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { listAudit } from '../../db/repos/audit.ts';
import { requirePermission } from '../auth/require.ts';
import { authorize } from '../auth/middleware.ts';
import type { AppEnv } from '../context.ts';
import { errorResponses, jsonResponse, viewSchema } from '../plans/schemas.ts';

export function registerAuditRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/audit',
      tags: ['Audit'],
      security: [{ session: [] }],
      middleware: [authorize('audit:read')] as const,
      summary: 'the audit log, newest first',
      request: {
        query: z.object({
          entityType: z.string().optional(),
          entityId: z.string().optional(),
          username: z.string().optional().openapi({ description: 'who: the username, exactly' }),
          action: z
            .string()
            .optional()
            .openapi({ description: 'what: the action, exactly', example: 'planVersion.decide' }),
          from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
          to: z.iso
            .datetime({ offset: true })
            .or(z.iso.date())
            .optional()
            .openapi({ description: 'exclusive: a date means before that day begins (UTC)' }),
          limit: z.coerce.number().int().min(1).max(1000).default(100),
          offset: z.coerce.number().int().min(0).default(0),
        }),
      },
      responses: {
        200: jsonResponse(z.object({ entries: z.array(viewSchema('AuditEntry')) }), 'entries'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const user = requirePermission(c, 'audit:read');
      const q = c.req.valid('query');
      const entries = await listAudit(c.get('deps').db.db, user.orgId, q);
      return c.json({ entries: entries as unknown as Record<string, unknown>[] }, 200);
    },
  );
}
