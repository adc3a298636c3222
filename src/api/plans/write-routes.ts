// Changing a version: budget figures, any figure or text by its path, and follow-up
// statuses. Each names the revision it read; see db/plan-store/update.ts for how stale
// writes are refused.
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { applyEdits } from '../../db/plan-store/update.ts';
import type { Edit } from '../../db/plan-store/update.ts';
import type { PlanFile } from '../../formats/plan-file/schema.ts';
import { parsePath } from '../../formats/plan-file/locate.ts';
import { requirePermission, requireUser } from '../auth/require.ts';
import { can } from '../../contract/roles.ts';
import type { Permission } from '../../contract/roles.ts';
import { authorize } from '../auth/middleware.ts';
import type { AppEnv } from '../context.ts';
import { badRequest, forbidden } from '../errors.ts';
import { versionView } from './views.ts';
import {
  budgetPatchSchema,
  figuresPatchSchema,
  followUpSchema,
  jsonResponse,
  versionParams,
  versionSchema,
  writeErrorResponses,
} from './schemas.ts';
import { actorOf, inTransaction, visibleVersion } from './store.ts';

const security = [{ session: [] }];
const tags = ['Plan changes'];
const changeResult = z
  .object({
    version: versionSchema,
    changed: z.array(z.object({ path: z.string(), before: z.unknown(), after: z.unknown() })),
  })
  .openapi('ChangeResult');

/** Which permission a path in the document needs: figures are the economist's, goals and text the planner's. */
export function permissionForPath(path: string): Permission {
  if (/^(budget|revenueNotes|contributions|populationShares|indexSeries|equity|decisions)\b/.test(path))
    return 'budget:write';
  if (/^followUpPeriods\[\d+\]\.figures\b/.test(path)) return 'budget:write';
  if (/^(goals|overallGoal|narrative|soundFinancialManagement|followUpPeriods)\b/.test(path))
    return 'goals:write';
  return 'organisation:manage';
}

/** Before the body is read: the caller may write at least something (which paths, the handler checks). */
const authorizeAnyWrite: MiddlewareHandler<AppEnv> = async (c, next) => {
  const user = requireUser(c);
  if (!(['budget:write', 'goals:write', 'organisation:manage'] as const).some((p) => can(user.role, p)))
    throw forbidden('budget:write');
  await next();
};

export function registerPlanWriteRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/v1/plans/{slug}/versions/{version}/budget',
      tags,
      security,
      middleware: [authorize('budget:write')] as const,
      summary: 'change budget amounts (whole units of the table, e.g. tkr)',
      request: {
        params: versionParams,
        body: { content: { 'application/json': { schema: budgetPatchSchema } }, required: true },
      },
      responses: { 200: jsonResponse(changeResult, 'saved; the new revision'), ...writeErrorResponses },
    }),
    async (c) => {
      const user = requirePermission(c, 'budget:write');
      const { slug, version } = c.req.valid('param');
      const body = c.req.valid('json');
      const row = await visibleVersion(c, user, slug, version);
      // Line keys are resolved against the locked document, inside the transaction.
      const edits = (document: PlanFile): Edit[] =>
        body.changes.map((change, i) => {
          const index = document.budget.lines.findIndex((l) => l.key === change.line);
          if (index < 0)
            throw badRequest(
              `changes[${i}].line: no budget line "${change.line}"; lines are ${document.budget.lines.map((l) => l.key).join(', ')}`,
            );
          if (!document.budget.columns.some((col) => col.year === change.year)) {
            throw badRequest(
              `changes[${i}].year: ${change.year} is not a column; columns are ${document.budget.columns.map((col) => col.year).join(', ')}`,
            );
          }
          return { path: ['budget', 'lines', index, 'amounts', String(change.year)], value: change.amount };
        });
      const result = await inTransaction(c, (trx) =>
        applyEdits(trx, actorOf(user), slug, row, body.revision, edits, 'update'),
      );
      return c.json({ version: versionView(slug, result.version), changed: result.changed }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/v1/plans/{slug}/versions/{version}/figures',
      tags,
      security,
      middleware: [authorizeAnyWrite] as const,
      summary: 'change any figures or texts by their path in the plan document',
      request: {
        params: versionParams,
        body: { content: { 'application/json': { schema: figuresPatchSchema } }, required: true },
      },
      responses: { 200: jsonResponse(changeResult, 'saved; the new revision'), ...writeErrorResponses },
    }),
    async (c) => {
      const user = requirePermission(c, 'plan:read');
      const { slug, version } = c.req.valid('param');
      const body = c.req.valid('json');
      for (const change of body.changes) {
        const needed = permissionForPath(change.path);
        if (!can(user.role, needed)) throw forbidden(needed);
      }
      const row = await visibleVersion(c, user, slug, version);
      const edits = body.changes.map((change) => ({ path: parsePath(change.path), value: change.value }));
      const result = await inTransaction(c, (trx) =>
        applyEdits(trx, actorOf(user), slug, row, body.revision, edits, 'update'),
      );
      return c.json({ version: versionView(slug, result.version), changed: result.changed }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/v1/plans/{slug}/versions/{version}/activities/{activityId}/follow-up',
      tags,
      security,
      middleware: [authorize('goals:write')] as const,
      summary: "record an activity's status and comment for a follow-up period",
      request: {
        params: versionParams.extend({
          activityId: z
            .string()
            .min(1)
            .openapi({ param: { name: 'activityId', in: 'path' } }),
        }),
        body: { content: { 'application/json': { schema: followUpSchema } }, required: true },
      },
      responses: { 200: jsonResponse(changeResult, 'saved; the new revision'), ...writeErrorResponses },
    }),
    async (c) => {
      const user = requirePermission(c, 'goals:write');
      const { slug, version, activityId } = c.req.valid('param');
      const body = c.req.valid('json');
      const row = await visibleVersion(c, user, slug, version);
      // The activity is found in the locked document, inside the transaction.
      const edits = (document: PlanFile): Edit[] => {
        const path = findActivityPath(document, activityId);
        if (!path) throw badRequest(`no activity "${activityId}" in version ${row.number} of "${slug}"`);
        if (!document.followUpPeriods.some((p) => p.id === body.period)) {
          throw badRequest(
            `period: unknown follow-up period "${body.period}"; the plan has ${document.followUpPeriods.map((p) => p.id).join(', ') || 'none (add one first)'}`,
          );
        }
        const activity = path.reduce<unknown>(
          (node, key) => (node as Record<string | number, unknown>)[key],
          document,
        ) as { followUp?: { period: string }[] };
        const entries = (activity.followUp ?? []).filter((e) => e.period !== body.period);
        const entry = {
          period: body.period,
          status: body.status,
          ...(body.comment ? { comment: body.comment } : {}),
        };
        return [{ path: [...path, 'followUp'], value: [...entries, entry] }];
      };
      const result = await inTransaction(c, (trx) =>
        applyEdits(trx, actorOf(user), slug, row, body.revision, edits, 'followUp'),
      );
      return c.json({ version: versionView(slug, result.version), changed: result.changed }, 200);
    },
  );
}

type Node = { id: string; subActivities?: Node[] };

function findActivityPath(document: PlanFile, id: string): (string | number)[] | null {
  const search = (list: readonly Node[], path: (string | number)[]): (string | number)[] | null => {
    for (const [i, a] of list.entries()) {
      if (a.id === id) return [...path, i];
      const inner = search(a.subActivities ?? [], [...path, i, 'subActivities']);
      if (inner) return inner;
    }
    return null;
  };
  for (const [g, goal] of document.goals.entries()) {
    const found = search((goal.activities ?? []) as Node[], ['goals', g, 'activities']);
    if (found) return found;
  }
  return null;
}
