// The version lifecycle (draft → proposed → decided → superseded), revisions, the diff
// between two versions, and plan files in and out (YAML, as data/plans/*.yaml).
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { diffDocuments } from '../../db/plan-store/diff.ts';
import {
  createPlanVersion,
  decideVersion,
  proposeVersion,
  reviseVersion,
} from '../../db/plan-store/versions.ts';
import { readPlanDocument } from '../../formats/plan-file/read-plan.ts';
import { writePlanYaml } from '../../formats/plan-file/write-plan.ts';
import type { PlanFile } from '../../formats/plan-file/schema.ts';
import { requirePermission } from '../auth/require.ts';
import { authorize } from '../auth/middleware.ts';
import type { AppEnv } from '../context.ts';
import { badRequest } from '../errors.ts';
import { versionView } from './views.ts';
import {
  decideSchema,
  errorResponses,
  jsonResponse,
  proposeSchema,
  reviseSchema,
  slugParams,
  versionParams,
  versionSchema,
  viewSchema,
  writeErrorResponses,
} from './schemas.ts';
import { actorOf, inTransaction, mapped, visibleVersion } from './store.ts';

const security = [{ session: [] }];
const tags = ['Plan versions'];

export function registerPlanLifecycleRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/plans/{slug}/versions',
      tags,
      security,
      middleware: [authorize('version:manage')] as const,
      summary: 'start a revision: a new draft copied from a version',
      request: {
        params: slugParams,
        body: { content: { 'application/json': { schema: reviseSchema } }, required: true },
      },
      responses: { 201: jsonResponse(versionSchema, 'the new draft'), ...writeErrorResponses },
    }),
    async (c) => {
      const user = requirePermission(c, 'version:manage');
      const { slug } = c.req.valid('param');
      const { from } = c.req.valid('json');
      const source = await visibleVersion(c, user, slug, from);
      const row = await inTransaction(c, (trx) => reviseVersion(trx, actorOf(user), slug, source));
      return c.json(versionView(slug, row), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/plans/{slug}/versions/{version}/propose',
      tags,
      security,
      middleware: [authorize('version:manage')] as const,
      summary: 'propose a draft to the board',
      request: {
        params: versionParams,
        body: { content: { 'application/json': { schema: proposeSchema } }, required: true },
      },
      responses: { 200: jsonResponse(versionSchema, 'proposed'), ...writeErrorResponses },
    }),
    async (c) => {
      const user = requirePermission(c, 'version:manage');
      const { slug, version } = c.req.valid('param');
      const { revision } = c.req.valid('json');
      const row = await visibleVersion(c, user, slug, version);
      const updated = await inTransaction(c, (trx) =>
        proposeVersion(trx, actorOf(user), slug, row, revision),
      );
      return c.json(versionView(slug, updated), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/plans/{slug}/versions/{version}/decide',
      tags,
      security,
      middleware: [authorize('version:decide')] as const,
      summary: "record the board's decision (date and §); the version becomes immutable",
      request: {
        params: versionParams,
        body: { content: { 'application/json': { schema: decideSchema } }, required: true },
      },
      responses: { 200: jsonResponse(versionSchema, 'decided'), ...writeErrorResponses },
    }),
    async (c) => {
      const user = requirePermission(c, 'version:decide');
      const { slug, version } = c.req.valid('param');
      const body = c.req.valid('json');
      const row = await visibleVersion(c, user, slug, version);
      const paragraph = body.paragraph.replace(/^§\s*/, '§ ');
      const updated = await inTransaction(c, (trx) =>
        decideVersion(
          trx,
          actorOf(user),
          slug,
          row,
          { date: body.date, paragraph, label: body.label },
          body.revision,
        ),
      );
      return c.json(versionView(slug, updated), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/plans/{slug}/diff',
      tags,
      security,
      middleware: [authorize('plan:read')] as const,
      summary: 'every figure, goal, activity and text that differs between two versions',
      request: {
        params: slugParams,
        query: z.object({ from: z.string().min(1), to: z.string().min(1).default('latest') }),
      },
      responses: {
        200: jsonResponse(viewSchema('Diff'), 'the changes, each with path, before and after'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const user = requirePermission(c, 'plan:read');
      const { slug } = c.req.valid('param');
      const { from, to } = c.req.valid('query');
      const a = await visibleVersion(c, user, slug, from);
      const b = await visibleVersion(c, user, slug, to);
      const changes = diffDocuments(a.document, b.document);
      return c.json({ from: versionView(slug, a), to: versionView(slug, b), changes }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/plans/{slug}/versions/{version}/export',
      tags,
      security,
      middleware: [authorize('plan:readDrafts')] as const,
      summary: 'the version as a plan file (YAML)',
      request: { params: versionParams },
      responses: {
        200: { content: { 'application/yaml': { schema: z.string() } }, description: 'the plan file' },
        ...errorResponses,
      },
    }),
    async (c) => {
      const user = requirePermission(c, 'plan:readDrafts');
      const { slug, version } = c.req.valid('param');
      const row = await visibleVersion(c, user, slug, version);
      const yaml = writePlanYaml(row.document as PlanFile);
      return c.body(yaml, 200, {
        'content-type': 'application/yaml; charset=utf-8',
        'content-disposition': `attachment; filename="${slug}.yaml"`,
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/plans/{slug}/import',
      tags,
      security,
      middleware: [authorize('plan:import')] as const,
      summary: 'import a plan file (YAML) as a new draft version; all or nothing',
      request: {
        params: slugParams,
        body: { content: { 'application/yaml': { schema: z.string() } }, required: true },
      },
      responses: { 201: jsonResponse(versionSchema, 'the imported draft'), ...writeErrorResponses },
    }),
    async (c) => {
      const user = requirePermission(c, 'plan:import');
      const { slug } = c.req.valid('param');
      const text = await c.req.text();
      if (text.trim() === '') throw badRequest('the request body is empty; send the plan file as YAML');
      const { document } = await mapped(async () => readPlanDocument(text, `${slug}.yaml`));
      const row = await inTransaction(c, (trx) =>
        createPlanVersion(trx, actorOf(user), slug, document, { status: 'draft' }),
      );
      return c.json(versionView(slug, row), 201);
    },
  );
}
