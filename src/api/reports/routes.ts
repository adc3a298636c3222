// Reports of a plan version as files (PDF, DOCX, XLSX), rendered in a worker thread, and
// budget figures imported back from an edited XLSX export.
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { planOf } from '../../db/plan-store/cache.ts';
import { applyEdits } from '../../db/plan-store/update.ts';
import type { Edit } from '../../db/plan-store/update.ts';
import type { PlanFile } from '../../formats/plan-file/schema.ts';
import {
  CONTENT_TYPES,
  checkReportRequest,
  REPORT_FORMATS,
  ReportRequestError,
  reportFileName,
} from '../../formats/report/render.ts';
import type { ReportFormat } from '../../formats/report/render.ts';
import { describeProblem, importBudgetXlsx } from '../../formats/xlsx/import-xlsx.ts';
import { authorize } from '../auth/middleware.ts';
import { can } from '../../contract/roles.ts';
import { requirePermission } from '../auth/require.ts';
import type { AppEnv, SessionUser } from '../context.ts';
import { ApiError, badRequest } from '../errors.ts';
import {
  jsonResponse,
  versionParams,
  versionSchema,
  errorResponses,
  errorSchema,
  writeErrorResponses,
} from '../plans/schemas.ts';
import { actorOf, inTransaction, readableVersion, visibleVersion } from '../plans/store.ts';
import { versionView } from '../plans/views.ts';
import { reportOutcome } from './follow-up-outcome.ts';
import { planForMember } from './member-plan.ts';
import { documentMetaOf } from './meta.ts';
import { renderInWorker } from './render-pool.ts';

const security = [{ session: [] }];
const tags = ['Reports'];
const MAX_XLSX_BYTES = 5 * 1024 * 1024;

async function organisationName(c: Context<AppEnv>, user: SessionUser): Promise<string> {
  const org = await c
    .get('deps')
    .db.db.selectFrom('organisations')
    .select('name')
    .where('id', '=', user.orgId)
    .executeTakeFirstOrThrow();
  return org.name;
}

function registerDownload(app: OpenAPIHono<AppEnv>, format: ReportFormat): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: `/api/v1/plans/{slug}/versions/{version}/report.${format}`,
      tags,
      security,
      middleware: [authorize('plan:read')] as const,
      summary:
        format === 'xlsx'
          ? 'the budget, revenue notes and contribution tables as an Excel workbook (importable back)'
          : `the plan document as ${format.toUpperCase()}, or with ?period= the follow-up report`,
      request: {
        params: versionParams,
        query: z.object({
          period: z
            .string()
            .min(1)
            .max(100)
            .optional()
            .openapi({ description: 'a follow-up period id: the follow-up report (pdf, docx)' }),
        }),
      },
      responses: {
        200: {
          content: { [CONTENT_TYPES[format]]: { schema: z.string().openapi({ format: 'binary' }) } },
          description: 'the file, as an attachment',
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const user = requirePermission(c, 'plan:read');
      const { slug, version } = c.req.valid('param');
      const { period } = c.req.valid('query');
      const row = await readableVersion(c, user, slug, version);
      const full = planOf(row);
      // A member region's contact sees only its own column (as in read-routes.ts).
      const plan =
        can(user.role, 'plan:readDrafts') || !user.memberCode ? full : planForMember(full, user.memberCode);
      const meta = documentMetaOf(row, await organisationName(c, user));
      let result;
      try {
        // Checked here too, so a bad period is a quick 400 without a trip to the worker.
        checkReportRequest({ format, plan, ...(period === undefined ? {} : { period }) });
        // The follow-up report prints the period's outcome when there is one (as the follow-up API, on the full plan).
        const outcome =
          period === undefined
            ? undefined
            : await reportOutcome(
                c.get('deps').db.db,
                user.orgId,
                { plan: full, planId: row.plan_id },
                period,
              );
        result = await renderInWorker({
          format,
          plan,
          meta,
          ...(period === undefined ? {} : { period }),
          ...(outcome === undefined ? {} : { outcome }),
        });
      } catch (error) {
        if (error instanceof ReportRequestError) throw badRequest(error.message);
        throw error;
      }
      c.get('log').info({ slug, version: row.number, format, ms: Math.round(result.ms) }, 'report rendered');
      const name = reportFileName(slug, row.number, format, period);
      return c.body(result.data as Uint8Array<ArrayBuffer>, 200, {
        'content-type': CONTENT_TYPES[format],
        'content-disposition': `attachment; filename="${name}"`,
        'cache-control': 'private, no-store',
      });
    },
  );
}

const importResult = z
  .object({
    version: versionSchema,
    changed: z.array(z.object({ path: z.string(), before: z.unknown(), after: z.unknown() })),
  })
  .openapi('XlsxImportResult');

export function registerReportRoutes(app: OpenAPIHono<AppEnv>): void {
  for (const format of REPORT_FORMATS) registerDownload(app, format);

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/plans/{slug}/versions/{version}/import-xlsx',
      tags,
      security,
      middleware: [authorize('budget:write')] as const,
      summary: 'import budget figures from an edited XLSX export: all or nothing, each bad cell named',
      request: {
        params: versionParams,
        query: z.object({
          revision: z.coerce
            .number()
            .int()
            .positive()
            .openapi({ description: 'the revision of the version the workbook was exported from' }),
        }),
        body: {
          content: { [CONTENT_TYPES.xlsx]: { schema: z.string().openapi({ format: 'binary' }) } },
          required: true,
        },
      },
      responses: {
        200: jsonResponse(importResult, 'saved (changed is empty when no figure differs); the new revision'),
        ...writeErrorResponses,
        422: jsonResponse(
          errorSchema,
          'bad cells: each with its sheet!address and reason; nothing was saved',
        ),
      },
    }),
    async (c) => {
      const user = requirePermission(c, 'budget:write');
      const { slug, version } = c.req.valid('param');
      const { revision } = c.req.valid('query');
      const body = new Uint8Array(await c.req.arrayBuffer());
      if (body.byteLength === 0) throw badRequest('the request body is empty; send the XLSX file');
      if (body.byteLength > MAX_XLSX_BYTES)
        throw badRequest(`the file is larger than ${MAX_XLSX_BYTES} bytes`);
      const row = await visibleVersion(c, user, slug, version);
      const read = await importBudgetXlsx(body, planOf(row));
      if (!read.ok) {
        const issues = read.problems.map((p) => ({
          cell: describeProblem(p).split(': ')[0],
          message: p.message,
        }));
        throw new ApiError(
          422,
          'invalid_workbook',
          `the workbook has ${issues.length} bad ${issues.length === 1 ? 'cell' : 'cells'}; nothing was saved: ${read.problems.map(describeProblem).join('; ')}`,
          { issues },
        );
      }
      if (read.edits.length === 0) return c.json({ version: versionView(slug, row), changed: [] }, 200);
      // Line keys are resolved against the locked document, inside the transaction.
      const edits = (document: PlanFile): Edit[] =>
        read.edits.map((e) => {
          const index = document.budget.lines.findIndex((l) => l.key === e.line);
          if (index < 0) throw badRequest(`no budget line "${e.line}" in the current version`);
          return { path: ['budget', 'lines', index, 'amounts', String(e.year)], value: e.amount };
        });
      const result = await inTransaction(c, (trx) =>
        applyEdits(trx, actorOf(user), slug, row, revision, edits, 'importXlsx'),
      );
      return c.json({ version: versionView(slug, result.version), changed: result.changed }, 200);
    },
  );
}
