// Reading plans: list, versions, and each part of a version computed with the core.
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { evaluatePlan } from '../../core/evaluation/sound-financial-management.ts';
import { allocateAmount } from '../../core/allocation/allocate.ts';
import { parseAmount } from '../../core/money/parse.ts';
import { sharesOf } from '../../core/plan/member-shares.ts';
import type { Plan } from '../../core/plan/types.ts';
import { toJsonValue } from '../../formats/json/to-json.ts';
import { planOf } from '../../db/plan-store/cache.ts';
import { listVersions } from '../../db/plan-store/versions.ts';
import { requirePermission } from '../auth/require.ts';
import { can } from '../../contract/roles.ts';
import { authorize } from '../auth/middleware.ts';
import type { AppEnv } from '../context.ts';
import { badRequest } from '../errors.ts';
import {
  budgetView,
  contributionsView,
  findingsView,
  goalsView,
  overviewView,
  versionView,
} from './views.ts';
import {
  errorResponses,
  jsonResponse,
  slugParams,
  versionParams,
  versionSchema,
  viewSchema,
} from './schemas.ts';
import { mapped, readableVersion } from './store.ts';

const security = [{ session: [] }];
const tags = ['Plans'];

// planOf hands out one Plan per (version, revision), never changed afterwards, so what is
// computed from it can be kept with it: the overview runs the whole consistency check.
const overviews = new WeakMap<Plan, ReturnType<typeof overviewView>>();
function overviewOf(plan: Plan): ReturnType<typeof overviewView> {
  let overview = overviews.get(plan);
  if (!overview) {
    overview = overviewView(plan);
    overviews.set(plan, overview);
  }
  return overview;
}

type Part =
  | 'budget'
  | 'contributions'
  | 'goals'
  | 'findings'
  | 'document'
  | 'index-series'
  | 'decisions'
  | 'revenue-notes';

const PARTS: Record<Part, string> = {
  budget: 'the budget table: lines × years in öre, stated and computed results',
  'revenue-notes': 'revenue notes by area and financing type',
  contributions:
    'member shares and contribution tables with the computed split (a member sees only its own column)',
  goals: 'overall goal, goals, activities with follow-up, the rule for god ekonomisk hushållning',
  findings: 'the consistency check: each stated figure that disagrees with its parts',
  'index-series': 'index assumptions such as LPIK',
  decisions: 'board decisions the plan cites',
  document: 'the whole version in the plan file form (as data/plans/*.yaml)',
};

export function registerPlanReadRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/plans',
      tags,
      security,
      middleware: [authorize('plan:read')] as const,
      summary: "the organisation's plans with their latest visible version",
      responses: {
        200: jsonResponse(z.object({ plans: z.array(viewSchema('PlanSummary')) }), 'plans'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const user = requirePermission(c, 'plan:read');
      const db = c.get('deps').db.db;
      const plans = await db
        .selectFrom('plans')
        .select(['slug'])
        .where('org_id', '=', user.orgId)
        .orderBy('slug')
        .execute();
      const out = [];
      for (const p of plans) {
        const versions = await listVersions(db, user.orgId, p.slug, {
          onlyDecided: !can(user.role, 'plan:readDrafts'),
        });
        const latest = versions.at(-1);
        if (!latest) continue;
        out.push({ slug: p.slug, latest: versionView(p.slug, latest), versions: versions.length });
      }
      return c.json({ plans: out }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/plans/{slug}/versions',
      tags,
      security,
      middleware: [authorize('plan:read')] as const,
      summary: 'the versions of a plan and their lifecycle',
      request: { params: slugParams },
      responses: {
        200: jsonResponse(z.object({ versions: z.array(versionSchema) }), 'versions'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const user = requirePermission(c, 'plan:read');
      const { slug } = c.req.valid('param');
      const versions = await mapped(() =>
        listVersions(c.get('deps').db.db, user.orgId, slug, {
          onlyDecided: !can(user.role, 'plan:readDrafts'),
        }),
      );
      return c.json({ versions: versions.map((v) => versionView(slug, v)) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/plans/{slug}/versions/{version}',
      tags,
      security,
      middleware: [authorize('plan:read')] as const,
      summary: 'a version with an overview: results stated and computed, findings count',
      request: { params: versionParams },
      responses: {
        200: jsonResponse(
          z.object({ version: versionSchema, overview: viewSchema('PlanOverview') }),
          'the version',
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const user = requirePermission(c, 'plan:read');
      const { slug, version } = c.req.valid('param');
      const row = await readableVersion(c, user, slug, version);
      return c.json({ version: versionView(slug, row), overview: overviewOf(planOf(row)) }, 200);
    },
  );

  for (const [part, summary] of Object.entries(PARTS) as [Part, string][]) {
    app.openapi(
      createRoute({
        method: 'get',
        path: `/api/v1/plans/{slug}/versions/{version}/${part}`,
        tags,
        security,
        middleware: [authorize('plan:read')] as const,
        summary,
        request: { params: versionParams },
        responses: {
          200: jsonResponse(viewSchema(`Plan_${part.replace('-', '_')}`), summary),
          ...errorResponses,
        },
      }),
      async (c) => {
        const user = requirePermission(c, 'plan:read');
        const { slug, version } = c.req.valid('param');
        const row = await readableVersion(c, user, slug, version);
        const plan = planOf(row);
        const memberOnly = can(user.role, 'plan:readDrafts') ? null : user.memberCode;
        const view: Record<Part, () => unknown> = {
          budget: () => budgetView(plan),
          'revenue-notes': () => ({ notes: toJsonValue(plan.revenueNotes) }),
          contributions: () => contributionsView(plan, memberOnly),
          goals: () => goalsView(plan),
          findings: () => findingsView(plan),
          'index-series': () => ({ indexSeries: toJsonValue(plan.indexSeries) }),
          decisions: () => ({ decisions: plan.decisions }),
          document: () => row.document,
        };
        // A member region's contact sees only its own column of the figures split by member.
        if (memberOnly !== null && part === 'document')
          return c.json(
            { ...(row.document as object), contributions: contributionsView(plan, memberOnly).tables },
            200,
          );
        return c.json({ revision: row.revision, ...(view[part]() as object) }, 200);
      },
    );
  }

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/plans/{slug}/versions/{version}/evaluation',
      tags,
      security,
      middleware: [authorize('plan:read')] as const,
      summary: 'goal fulfilment and the verdict on god ekonomisk hushållning',
      request: {
        params: versionParams,
        query: z.object({
          year: z.coerce.number().int().min(1900).max(2200).optional(),
          period: z.string().min(1).optional(),
        }),
      },
      responses: {
        200: jsonResponse(viewSchema('Evaluation'), 'the verdict with its reasons'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const user = requirePermission(c, 'plan:read');
      const { slug, version } = c.req.valid('param');
      const { year, period } = c.req.valid('query');
      const row = await readableVersion(c, user, slug, version);
      const plan = planOf(row);
      if (period !== undefined && !plan.followUpPeriods.some((p) => p.id === period)) {
        throw badRequest(
          `unknown follow-up period "${period}"; the plan has ${plan.followUpPeriods.map((p) => p.id).join(', ') || 'none'}`,
        );
      }
      const verdict = evaluatePlan(plan, { ...(year === undefined ? {} : { year }), period: period ?? null });
      return c.json(toJsonValue(verdict) as Record<string, unknown>, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/plans/{slug}/versions/{version}/allocation',
      tags,
      security,
      middleware: [authorize('plan:read')] as const,
      summary: "split a total by the plan's population shares (largest remainder)",
      request: {
        params: versionParams,
        query: z.object({
          total: z.string().min(1).openapi({ example: '10 279 tkr' }),
          unit: z.enum(['kr', 'tkr', 'mnkr']).default('tkr'),
        }),
      },
      responses: {
        200: jsonResponse(viewSchema('Allocation'), 'the split with the exact shares'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const user = requirePermission(c, 'plan:read');
      const { slug, version } = c.req.valid('param');
      const { total, unit } = c.req.valid('query');
      const row = await readableVersion(c, user, slug, version);
      const population = planOf(row).populationShares;
      if (!population) throw badRequest(`plan "${slug}" states no population shares`);
      let amount;
      try {
        amount = parseAmount(total, { unit }).ore;
      } catch (error) {
        throw badRequest(error instanceof Error ? error.message : String(error), {
          issues: [{ path: 'total', message: String(error) }],
        });
      }
      const allocation = await mapped(async () => allocateAmount(amount, sharesOf(population), { unit }));
      return c.json(toJsonValue(allocation) as Record<string, unknown>, 200);
    },
  );
}
