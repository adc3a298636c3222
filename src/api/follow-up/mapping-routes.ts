// The account mapping (issue 5, item 3): which budget line each account's outcome goes to,
// by ranges of account prefixes and single-account rules that win over them. Reading it
// is plan:readDrafts (it shows the office's chart of accounts); replacing it is
// budget:write. It belongs to the organisation, not the version, so it may be changed
// while following up a decided version. Saving an empty mapping restores the default.
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { checkMapping } from '../../core/outcome/mapping.ts';
import type { AccountMapping } from '../../core/outcome/mapping.ts';
import type { Plan } from '../../core/plan/types.ts';
import { getAccountMapping, putAccountMapping } from '../../db/follow-up/account-mappings.ts';
import { authorize } from '../auth/middleware.ts';
import { requirePermission } from '../auth/require.ts';
import type { AppEnv } from '../context.ts';
import {
  errorResponses,
  jsonResponse,
  versionParams,
  viewSchema,
  writeErrorResponses,
} from '../plans/schemas.ts';
import { actorOf } from '../plans/store.ts';
import { mappingFor } from './budget-outcome.ts';
import { followUpMapped, inFollowUpTransaction as transaction } from './errors.ts';
import { BASE, planContext, security, tags } from './schemas.ts';
import type { AccountMappingViewJson } from './views.ts';

const account = z
  .string()
  .regex(/^\d{1,10}$/, 'an account number or prefix: 1–10 digits')
  .openapi({ example: '3010' });
const line = z.string().min(1).max(100).openapi({ example: 'revenue' });

const mappingBody = z
  .object({
    ranges: z.array(z.object({ from: account, to: account, line })).max(1000),
    accounts: z.array(z.object({ account, line })).max(5000),
  })
  .openapi('AccountMappingBody');

function mappingView(mapping: AccountMapping, isDefault: boolean, plan: Plan): AccountMappingViewJson {
  return {
    ranges: mapping.rules.map((r) => ({ from: r.range.from, to: r.range.to, line: r.lineKey })),
    accounts: mapping.overrides.map((o) => ({ account: o.account, line: o.lineKey })),
    isDefault,
    lines: plan.budget.lines.map((l) => ({ key: l.key, label: l.label })),
  };
}

export function registerMappingRoutes(app: OpenAPIHono<AppEnv>): void {
  const path = `${BASE}/mapping`;
  app.openapi(
    createRoute({
      security,
      tags,
      middleware: [authorize('plan:readDrafts')] as const,
      method: 'get',
      path,
      summary: "the account mapping onto the plan's budget lines (the default when none is stored)",
      request: { params: versionParams },
      responses: { 200: jsonResponse(viewSchema('AccountMappingView'), 'the mapping'), ...errorResponses },
    }),
    async (c) => {
      const user = requirePermission(c, 'plan:readDrafts');
      const { slug, version } = c.req.valid('param');
      const p = await planContext(c, user, slug, version);
      const db = c.get('deps').db.db;
      const view = await followUpMapped(async () => {
        const stored = await getAccountMapping(db, user.orgId);
        return mappingView(await mappingFor(db, user.orgId, p.plan), stored === null, p.plan);
      });
      return c.json(view, 200);
    },
  );

  app.openapi(
    createRoute({
      security,
      tags,
      middleware: [authorize('budget:write')] as const,
      method: 'put',
      path,
      summary:
        'replace the whole account mapping; ranges may not overlap and lines must be in the budget; empty restores the default',
      request: {
        params: versionParams,
        body: { content: { 'application/json': { schema: mappingBody } }, required: true },
      },
      responses: {
        200: jsonResponse(viewSchema('AccountMappingView'), 'saved; the mapping'),
        ...writeErrorResponses,
      },
    }),
    async (c) => {
      const user = requirePermission(c, 'budget:write');
      const { slug, version } = c.req.valid('param');
      const b = c.req.valid('json');
      const p = await planContext(c, user, slug, version);
      const mapping = {
        rules: b.ranges.map((r) => ({ range: { from: r.from, to: r.to }, lineKey: r.line })),
        overrides: b.accounts.map((a) => ({ account: a.account, lineKey: a.line })),
      };
      await transaction(c, async (trx) => {
        checkMapping(
          { ...mapping, balanceAccounts: [] },
          p.plan.budget.lines.map((l) => l.key),
        );
        await putAccountMapping(trx, actorOf(user), mapping);
      });
      const db = c.get('deps').db.db;
      const view = await followUpMapped(async () =>
        mappingView(
          await mappingFor(db, user.orgId, p.plan),
          mapping.rules.length + mapping.overrides.length === 0,
          p.plan,
        ),
      );
      return c.json(view, 200);
    },
  );
}
