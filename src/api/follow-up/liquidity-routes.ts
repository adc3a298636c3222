// The liquidity guard's inputs (budget:write): planned receipts and payments, and the
// floor with an entered opening balance. The organisation's, not a version's, so they may be
// changed while following up a decided version.
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { ore } from '../../core/money/money.ts';
import { deleteFlow, insertFlow } from '../../db/follow-up/planned-flows.ts';
import { putLiquiditySettings } from '../../db/follow-up/settings.ts';
import { authorize } from '../auth/middleware.ts';
import { requirePermission } from '../auth/require.ts';
import type { AppEnv } from '../context.ts';
import { notFound } from '../errors.ts';
import { jsonResponse, versionParams, viewSchema, writeErrorResponses } from '../plans/schemas.ts';
import { actorOf } from '../plans/store.ts';
import { FollowUpInputError, followUpMapped, inFollowUpTransaction as transaction } from './errors.ts';
import { flowJson, liquidityView } from './liquidity.ts';
import { BASE, flowBody, liquiditySettingsBody, planContext, security, tags } from './schemas.ts';

export function registerLiquidityWriteRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      security,
      tags,
      middleware: [authorize('budget:write')] as const,
      method: 'post',
      path: `${BASE}/liquidity/flows`,
      summary: 'add a planned receipt (positive) or payment (negative), once or monthly',
      request: {
        params: versionParams,
        body: { content: { 'application/json': { schema: flowBody } }, required: true },
      },
      responses: { 201: jsonResponse(viewSchema('PlannedFlow'), 'added'), ...writeErrorResponses },
    }),
    async (c) => {
      const user = requirePermission(c, 'budget:write');
      const { slug, version } = c.req.valid('param');
      const b = c.req.valid('json');
      await planContext(c, user, slug, version);
      const stored = await transaction(c, async (trx) => {
        if (b.amountOre === 0)
          throw new FollowUpInputError('amountOre: a planned flow is not 0', 'amountOre');
        if (b.repeat && b.repeat.until < b.date) {
          throw new FollowUpInputError(
            `repeat.until: ${b.repeat.until} is before the first date ${b.date}`,
            'repeat.until',
          );
        }
        return insertFlow(trx, actorOf(user), {
          date: b.date,
          amount: ore(b.amountOre),
          label: b.label,
          kind: b.kind,
          repeatUntil: b.repeat?.until ?? null,
        });
      });
      return c.json(flowJson(stored), 201);
    },
  );

  app.openapi(
    createRoute({
      security,
      tags,
      middleware: [authorize('budget:write')] as const,
      method: 'delete',
      path: `${BASE}/liquidity/flows/{id}`,
      summary: 'remove a planned flow',
      request: {
        params: versionParams.extend({
          id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
        }),
      },
      responses: { 204: { description: 'removed' }, ...writeErrorResponses },
    }),
    async (c) => {
      const user = requirePermission(c, 'budget:write');
      const { slug, version, id } = c.req.valid('param');
      await planContext(c, user, slug, version);
      const removed = await transaction(c, (trx) => deleteFlow(trx, actorOf(user), id));
      if (!removed) throw notFound(`planned flow ${id}`);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      security,
      tags,
      middleware: [authorize('budget:write')] as const,
      method: 'put',
      path: `${BASE}/liquidity/settings`,
      summary: 'the liquidity floor and an entered opening bank balance (used when newer than the outcome)',
      request: {
        params: versionParams,
        body: { content: { 'application/json': { schema: liquiditySettingsBody } }, required: true },
      },
      responses: {
        200: jsonResponse(viewSchema('LiquidityView'), 'saved; the projection'),
        ...writeErrorResponses,
      },
    }),
    async (c) => {
      const user = requirePermission(c, 'budget:write');
      const { slug, version } = c.req.valid('param');
      const b = c.req.valid('json');
      await planContext(c, user, slug, version);
      await transaction(c, (trx) =>
        putLiquiditySettings(trx, actorOf(user), {
          floor: ore(b.floorOre),
          opening: b.opening ? { date: b.opening.date, balance: ore(b.opening.balanceOre) } : null,
        }),
      );
      const view = await followUpMapped(() => liquidityView(c.get('deps').db.db, user.orgId, {}));
      return c.json(view, 200);
    },
  );
}
