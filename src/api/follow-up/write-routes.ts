// What the economist adds to the follow-up (budget:write): forecast overrides with their
// comment, the balance requirement's adjustments (liquidity inputs: liquidity-routes.ts),
// and writing a period's figures into the plan version so the evaluation judges
// financial goals 4–6 on outcome. Overrides, flows and settings belong to the plan or the
// organisation, not the version, so they may be changed while following up a decided
// version; the figures go into the version's document and so need a version not decided.
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { ore } from '../../core/money/money.ts';
import { balanceRequirementStatement } from '../../core/outcome/balance-requirement.ts';
import { deleteOverride, putOverride } from '../../db/follow-up/forecast-overrides.ts';
import { putAdjustments } from '../../db/follow-up/settings.ts';
import { applyEdits } from '../../db/plan-store/update.ts';
import { authorize } from '../auth/middleware.ts';
import { requirePermission } from '../auth/require.ts';
import type { AppEnv } from '../context.ts';
import { notFound } from '../errors.ts';
import { jsonResponse, revision, versionParams, viewSchema, writeErrorResponses } from '../plans/schemas.ts';
import { actorOf } from '../plans/store.ts';
import { versionView } from '../plans/views.ts';
import { balanceRequirementView, statementInput } from './balance-requirement.ts';
import { checkBudgetYear, followUpView, yearOutcome } from './budget-outcome.ts';
import { FollowUpInputError, followUpMapped, inFollowUpTransaction as transaction } from './errors.ts';
import { figuresForPlanFile, findPeriod, periodFigures } from './figures.ts';
import {
  BASE,
  adjustmentsBody,
  lineParams,
  overrideBody,
  planContext,
  security,
  tags,
  year,
} from './schemas.ts';

export function registerFollowUpWriteRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      security,
      tags,
      middleware: [authorize('budget:write')] as const,
      method: 'put',
      path: `${BASE}/forecast/{lineKey}`,
      summary: "override a line's full-year forecast, with a comment saying why",
      request: {
        params: versionParams.merge(lineParams),
        body: { content: { 'application/json': { schema: overrideBody } }, required: true },
      },
      responses: {
        200: jsonResponse(viewSchema('FollowUpView'), 'saved; the follow-up'),
        ...writeErrorResponses,
      },
    }),
    async (c) => {
      const user = requirePermission(c, 'budget:write');
      const { slug, version, lineKey } = c.req.valid('param');
      const body = c.req.valid('json');
      const p = await planContext(c, user, slug, version);
      const db = c.get('deps').db.db;
      await transaction(c, async (trx) => {
        checkBudgetYear(p.plan, body.year);
        if (!p.plan.budget.lines.some((l) => l.key === lineKey)) {
          throw new FollowUpInputError(
            `lineKey: no budget line "${lineKey}"; lines are ${p.plan.budget.lines.map((l) => l.key).join(', ')}`,
            'lineKey',
          );
        }
        const comment = body.comment.trim();
        if (comment === '') {
          throw new FollowUpInputError(
            'comment: say why the default forecast does not hold (required)',
            'comment',
          );
        }
        await putOverride(
          trx,
          actorOf(user),
          { id: p.planId, slug },
          {
            year: body.year,
            lineKey,
            amount: ore(body.amountOre),
            comment,
          },
        );
      });
      const view = await followUpMapped(async () =>
        followUpView(db, user.orgId, await yearOutcome(db, user.orgId, p, body.year)),
      );
      return c.json(view, 200);
    },
  );

  app.openapi(
    createRoute({
      security,
      tags,
      middleware: [authorize('budget:write')] as const,
      method: 'delete',
      path: `${BASE}/forecast/{lineKey}`,
      summary: "remove a line's forecast override: the default forecast applies again",
      request: { params: versionParams.merge(lineParams), query: z.object({ year }) },
      responses: {
        200: jsonResponse(viewSchema('FollowUpView'), 'removed; the follow-up'),
        ...writeErrorResponses,
      },
    }),
    async (c) => {
      const user = requirePermission(c, 'budget:write');
      const { slug, version, lineKey } = c.req.valid('param');
      const q = c.req.valid('query');
      const p = await planContext(c, user, slug, version);
      const db = c.get('deps').db.db;
      const removed = await transaction(c, (trx) =>
        deleteOverride(trx, actorOf(user), { id: p.planId, slug }, q.year, lineKey),
      );
      if (!removed) throw notFound(`a forecast override for "${lineKey}" in ${q.year}`);
      const view = await followUpMapped(async () =>
        followUpView(db, user.orgId, await yearOutcome(db, user.orgId, p, q.year)),
      );
      return c.json(view, 200);
    },
  );

  app.openapi(
    createRoute({
      security,
      tags,
      middleware: [authorize('budget:write')] as const,
      method: 'put',
      path: `${BASE}/balance-requirement/{year}`,
      summary: "the year's balance requirement adjustments (gains, provisions and uses as positive amounts)",
      request: {
        params: versionParams.extend({ year: year.openapi({ param: { name: 'year', in: 'path' } }) }),
        body: { content: { 'application/json': { schema: adjustmentsBody } }, required: true },
      },
      responses: {
        200: jsonResponse(viewSchema('BalanceRequirementView'), 'saved; the statement'),
        ...writeErrorResponses,
      },
    }),
    async (c) => {
      const user = requirePermission(c, 'budget:write');
      const { slug, version, year: y } = c.req.valid('param');
      const b = c.req.valid('json');
      const p = await planContext(c, user, slug, version);
      const adjustments = {
        realisationGains: ore(b.realisationGainsOre),
        exemptedGains: ore(b.exemptedGainsOre),
        exemptedLosses: ore(b.exemptedLossesOre),
        unrealisedSecurities: ore(b.unrealisedSecuritiesOre),
        reserveProvision: ore(b.reserveProvisionOre),
        reserveUse: ore(b.reserveUseOre),
        comment: b.comment.trim(),
      };
      await transaction(c, async (trx) => {
        checkBudgetYear(p.plan, y);
        // The calculator's rules (e.g. exempted gains at most all gains) before anything is stored.
        balanceRequirementStatement(statementInput(y, ore(0), adjustments));
        await putAdjustments(trx, actorOf(user), y, adjustments);
      });
      const view = await followUpMapped(() => balanceRequirementView(c.get('deps').db.db, user.orgId, p, y));
      return c.json(view, 200);
    },
  );

  app.openapi(
    createRoute({
      security,
      tags,
      middleware: [authorize('budget:write')] as const,
      method: 'post',
      path: `${BASE}/figures/apply`,
      summary:
        "write a follow-up period's figures (from outcome and forecast) into the version, for the evaluation",
      request: {
        params: versionParams,
        query: z.object({ period: z.string().min(1).max(100), revision: z.coerce.number().pipe(revision) }),
      },
      responses: {
        200: jsonResponse(viewSchema('FollowUpFiguresApplied'), 'saved; the new revision and the figures'),
        ...writeErrorResponses,
      },
    }),
    async (c) => {
      const user = requirePermission(c, 'budget:write');
      const { slug, version } = c.req.valid('param');
      const q = c.req.valid('query');
      const p = await planContext(c, user, slug, version);
      const db = c.get('deps').db.db;
      await followUpMapped(async () => findPeriod(p.plan, q.period));
      const computed = await followUpMapped(() => periodFigures(db, user.orgId, p, q.period));
      const value = figuresForPlanFile(computed.figures);
      const result = await transaction(c, (trx) =>
        applyEdits(
          trx,
          actorOf(user),
          slug,
          p.row,
          q.revision,
          (document) => {
            const index = document.followUpPeriods.findIndex((x) => x.id === q.period);
            if (index < 0)
              throw new FollowUpInputError(`period: no follow-up period "${q.period}"`, 'period');
            return [{ path: ['followUpPeriods', index, 'figures'], value }];
          },
          'followUpFigures',
        ),
      );
      return c.json(
        { version: versionView(slug, result.version), changed: result.changed, ...computed.json },
        200,
      );
    },
  );
}
