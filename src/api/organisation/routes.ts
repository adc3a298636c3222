// The caller's organisation.
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { requirePermission } from '../auth/require.ts';
import { authorize } from '../auth/middleware.ts';
import type { AppEnv } from '../context.ts';
import { errorResponses, jsonResponse } from '../plans/schemas.ts';

const organisationSchema = z
  .object({ id: z.string(), code: z.string(), name: z.string(), kind: z.string() })
  .openapi('Organisation');

export function registerOrganisationRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/organisation',
      tags: ['Organisation'],
      security: [{ session: [] }],
      middleware: [authorize('plan:read')] as const,
      summary: "the caller's organisation",
      responses: { 200: jsonResponse(organisationSchema, 'the organisation'), ...errorResponses },
    }),
    async (c) => {
      const user = requirePermission(c, 'plan:read');
      const org = await c
        .get('deps')
        .db.db.selectFrom('organisations')
        .select(['id', 'code', 'name', 'kind'])
        .where('id', '=', user.orgId)
        .executeTakeFirstOrThrow();
      return c.json(org, 200);
    },
  );
}
