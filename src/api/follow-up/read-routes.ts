// Reading the follow-up (issue 5): budget versus outcome and forecast, the vouchers behind
// a figure, the balanskravsutredning, the liquidity projection, the payment check and the
// figures for a follow-up period. Who may read what:
// - budget versus outcome, the balance requirement and the period figures: plan:read.
//   They are per budget line, as the interim and annual reports publish them; a member
//   region's contact reads them for decided versions only (as every plan read).
// - vouchers, the liquidity projection and the payment check: plan:readDrafts (the
//   office and the board, not members). Vouchers name suppliers and people, and the
//   bank balance and planned payments are the office's treasury, as the accounting
//   routes keep the books from members. The payment check is a POST but changes nothing.
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { authorize } from '../auth/middleware.ts';
import { requirePermission } from '../auth/require.ts';
import type { AppEnv } from '../context.ts';
import { errorResponses, errorSchema, jsonResponse, versionParams, viewSchema } from '../plans/schemas.ts';
import { balanceRequirementView } from './balance-requirement.ts';
import { defaultYear, followUpView, yearOutcome } from './budget-outcome.ts';
import { followUpMapped } from './errors.ts';
import { periodFigures } from './figures.ts';
import { checkPayment, liquidityView } from './liquidity.ts';
import { BASE, isoDate, paymentBody, planContext, security, tags, year } from './schemas.ts';
import { lineVouchers } from './vouchers.ts';

const noOpening = jsonResponse(errorSchema, 'no opening bank balance: import outcome or enter one');

export function registerFollowUpReadRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: BASE,
      tags,
      security,
      middleware: [authorize('plan:read')] as const,
      summary: 'budget versus outcome per line and month, year to date, variance and forecast',
      request: {
        params: versionParams,
        query: z.object({
          year: year.optional(),
          through: z.coerce.number().int().min(0).max(12).optional(),
        }),
      },
      responses: { 200: jsonResponse(viewSchema('FollowUpView'), 'the follow-up'), ...errorResponses },
    }),
    async (c) => {
      const user = requirePermission(c, 'plan:read');
      const { slug, version } = c.req.valid('param');
      const q = c.req.valid('query');
      const p = await planContext(c, user, slug, version);
      const db = c.get('deps').db.db;
      const view = await followUpMapped(async () => {
        const y = await yearOutcome(
          db,
          user.orgId,
          p,
          q.year ?? (await defaultYear(db, user.orgId, p.plan)),
          q.through,
        );
        return followUpView(db, user.orgId, y);
      });
      return c.json(view, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: `${BASE}/vouchers`,
      tags,
      security,
      middleware: [authorize('plan:readDrafts')] as const,
      summary: "the vouchers behind a line's outcome in a year or month, newest first",
      request: {
        params: versionParams,
        query: z.object({
          line: z.string().min(1).max(100).openapi({ example: 'purchasedServices' }),
          year,
          month: z.coerce.number().int().min(1).max(12).optional(),
        }),
      },
      responses: { 200: jsonResponse(viewSchema('VoucherList'), 'the vouchers'), ...errorResponses },
    }),
    async (c) => {
      const user = requirePermission(c, 'plan:readDrafts');
      const { slug, version } = c.req.valid('param');
      const q = c.req.valid('query');
      const p = await planContext(c, user, slug, version);
      const list = await followUpMapped(() => lineVouchers(c.get('deps').db.db, user.orgId, p.plan, q));
      return c.json(list, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: `${BASE}/balance-requirement`,
      tags,
      security,
      middleware: [authorize('plan:read')] as const,
      summary: 'the balanskravsutredning: result, adjustments, balanskravsresultat and deficits to restore',
      request: { params: versionParams, query: z.object({ year: year.optional() }) },
      responses: {
        200: jsonResponse(viewSchema('BalanceRequirementView'), 'the statement'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const user = requirePermission(c, 'plan:read');
      const { slug, version } = c.req.valid('param');
      const q = c.req.valid('query');
      const p = await planContext(c, user, slug, version);
      const db = c.get('deps').db.db;
      const view = await followUpMapped(async () =>
        balanceRequirementView(db, user.orgId, p, q.year ?? (await defaultYear(db, user.orgId, p.plan))),
      );
      return c.json(view, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: `${BASE}/liquidity`,
      tags,
      security,
      middleware: [authorize('plan:readDrafts')] as const,
      summary: 'the bank balance projected per day against the floor, with the planned flows',
      request: {
        params: versionParams,
        query: z.object({ from: isoDate.optional(), to: isoDate.optional() }),
      },
      responses: {
        200: jsonResponse(viewSchema('LiquidityView'), 'the projection'),
        ...errorResponses,
        409: noOpening,
      },
    }),
    async (c) => {
      const user = requirePermission(c, 'plan:readDrafts');
      const { slug, version } = c.req.valid('param');
      const q = c.req.valid('query');
      await planContext(c, user, slug, version);
      const view = await followUpMapped(() => liquidityView(c.get('deps').db.db, user.orgId, q));
      return c.json(view, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: `${BASE}/payment-check`,
      tags,
      security,
      middleware: [authorize('plan:readDrafts')] as const,
      summary: 'may a payment of this amount on this date be made without breaking the liquidity floor?',
      request: {
        params: versionParams,
        body: { content: { 'application/json': { schema: paymentBody } }, required: true },
      },
      responses: {
        200: jsonResponse(viewSchema('PaymentCheckView'), 'allowed or refused, with the lowest balances'),
        ...errorResponses,
        409: noOpening,
      },
    }),
    async (c) => {
      const user = requirePermission(c, 'plan:readDrafts');
      const { slug, version } = c.req.valid('param');
      const body = c.req.valid('json');
      await planContext(c, user, slug, version);
      const result = await followUpMapped(() =>
        checkPayment(c.get('deps').db.db, user.orgId, { date: body.date, amount: body.amountOre }),
      );
      return c.json(result.json, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: `${BASE}/figures`,
      tags,
      security,
      middleware: [authorize('plan:read')] as const,
      summary:
        'result, equity, lowest bank balance and borrowing for a follow-up period, from outcome and forecast',
      request: { params: versionParams, query: z.object({ period: z.string().min(1).max(100) }) },
      responses: { 200: jsonResponse(viewSchema('FollowUpFigures'), 'the figures'), ...errorResponses },
    }),
    async (c) => {
      const user = requirePermission(c, 'plan:read');
      const { slug, version } = c.req.valid('param');
      const { period } = c.req.valid('query');
      const p = await planContext(c, user, slug, version);
      const result = await followUpMapped(() => periodFigures(c.get('deps').db.db, user.orgId, p, period));
      return c.json(result.json, 200);
    },
  );
}
