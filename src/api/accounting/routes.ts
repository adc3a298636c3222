// Accounting from SIE files (issue 5): import a file, list the imports, outcome per
// account and month, and the rows behind a figure. Who may do what:
// - import: plan:import (admin, economist), into the caller's organisation;
// - the list of imports: audit:read (the office and the board), as it is a log of who
//   loaded what;
// - outcome and vouchers: plan:readDrafts (the office and the board). A member region's
//   contact reads decided plans only, not the federation's books.
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { importSie } from '../../db/accounting/import-sie.ts';
import { listSieImports } from '../../db/accounting/list-imports.ts';
import { outcomeByMonth, VOUCHER_PAGE_MAX, voucherRows } from '../../db/accounting/queries.ts';
import { SieImportRefused } from '../../db/accounting/types.ts';
import { auditActor } from '../../db/repos/audit.ts';
import { authorize } from '../auth/middleware.ts';
import { requirePermission } from '../auth/require.ts';
import type { AppEnv } from '../context.ts';
import { ApiError, badRequest } from '../errors.ts';
import { errorResponses, errorSchema, jsonResponse, viewSchema } from '../plans/schemas.ts';
import { SIE_IMPORT_PATH, sieMaxBytes, spoolBody } from './upload.ts';

const security = [{ session: [] }];
const tags = ['Accounting'];
const account = z
  .string()
  .regex(/^\d{1,10}$/, 'an account number: digits only')
  .openapi({ example: '5010' });
const isoDate = z.iso.date().openapi({ example: '2026-08-31' });
const binary = { schema: z.string().openapi({ format: 'binary' }) };

function registerImport(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: SIE_IMPORT_PATH,
      tags,
      security,
      middleware: [authorize('plan:import')] as const,
      summary:
        "import a SIE 4 file (the body, as bytes, up to PLANVIS_SIE_MAX_BYTES, default 200 MiB) into the organisation's accounting: all or nothing; a year already stored is replaced",
      request: {
        query: z.object({
          fileName: z
            .string()
            .min(1)
            .max(255)
            .optional()
            .openapi({ description: 'the file name to record', example: 'nrf-2026.se' }),
        }),
        body: {
          content: { 'application/octet-stream': binary, 'text/plain': binary },
          required: true,
        },
      },
      responses: {
        201: jsonResponse(viewSchema('SieImportSummary'), 'stored: what was read, stored and replaced'),
        ...errorResponses,
        413: jsonResponse(errorSchema, 'the file is larger than PLANVIS_SIE_MAX_BYTES; nothing was stored'),
        409: jsonResponse(
          errorSchema,
          'the file is for another company, or its year overlaps a stored year with other dates; nothing was stored',
        ),
        422: jsonResponse(
          errorSchema,
          'an invalid file: each error with line, column and text in details.errors; nothing was stored',
        ),
      },
    }),
    async (c) => {
      const user = requirePermission(c, 'plan:import');
      const { fileName } = c.req.valid('query');
      const body = await spoolBody(c.req.raw, sieMaxBytes());
      let result;
      try {
        if (body.bytes === 0) throw badRequest('the request body is empty; send the SIE file');
        result = await importSie(c.get('deps').db, auditActor(user), {
          fileName: fileName ?? 'upload.se',
          data: body.path,
        });
      } catch (error) {
        if (error instanceof SieImportRefused)
          throw new ApiError(error.code === 'no_financial_year' ? 422 : 409, error.code, error.message);
        throw error;
      } finally {
        await body.remove();
      }
      if (!result.ok) {
        const { errors, errorCount } = result;
        const first = errors
          .slice(0, 3)
          .map((e) => `line ${e.line}:${e.column}: ${e.message}`)
          .join('; ');
        throw new ApiError(
          422,
          'invalid_sie',
          `the SIE file has ${errorCount} ${errorCount === 1 ? 'error' : 'errors'}; nothing was stored: ${first}`,
          result,
        );
      }
      c.get('log').info(
        { importId: result.summary.id, rows: result.summary.stored.transactions, ms: result.summary.ms },
        'SIE file imported',
      );
      return c.json(result.summary as unknown as Record<string, unknown>, 201);
    },
  );
}

export function registerAccountingRoutes(app: OpenAPIHono<AppEnv>): void {
  registerImport(app);

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/accounting/sie-imports',
      tags,
      security,
      middleware: [authorize('audit:read')] as const,
      summary: 'the SIE imports of the organisation, newest first (replaced ones marked)',
      request: {
        query: z.object({
          limit: z.coerce.number().int().min(1).max(500).default(50),
          offset: z.coerce.number().int().min(0).default(0),
        }),
      },
      responses: {
        200: jsonResponse(z.object({ imports: z.array(viewSchema('SieImport')) }), 'the imports'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const user = requirePermission(c, 'audit:read');
      const imports = await listSieImports(c.get('deps').db.db, user.orgId, c.req.valid('query'));
      return c.json({ imports: imports as unknown as Record<string, unknown>[] }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/accounting/outcome',
      tags,
      security,
      middleware: [authorize('plan:readDrafts')] as const,
      summary:
        'outcome per account and calendar month of a year: the counted rows (#TRANS, #RTRANS; not #BTRANS), debit positive, in öre',
      request: {
        query: z.object({
          year: z.coerce.number().int().min(1900).max(2200).openapi({ example: 2026 }),
          account: account.optional(),
        }),
      },
      responses: {
        200: jsonResponse(
          z.object({
            year: z.number().int(),
            months: z.array(
              z.object({
                account: z.string(),
                month: z.number().int(),
                amountOre: z.number().int(),
                rows: z.number().int(),
              }),
            ),
          }),
          'the months with rows',
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const user = requirePermission(c, 'plan:readDrafts');
      const q = c.req.valid('query');
      const months = await outcomeByMonth(c.get('deps').db.db, user.orgId, q);
      return c.json({ year: q.year, months: months.map(({ year: _y, ...m }) => m) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/accounting/vouchers',
      tags,
      security,
      middleware: [authorize('plan:readDrafts')] as const,
      summary: 'the rows on an account between two dates (inclusive), with their vouchers: drill-down, paged',
      request: {
        query: z.object({
          account,
          from: isoDate,
          to: isoDate,
          limit: z.coerce.number().int().min(1).max(VOUCHER_PAGE_MAX).default(100),
          offset: z.coerce.number().int().min(0).default(0),
        }),
      },
      responses: {
        200: jsonResponse(
          z.object({ rows: z.array(viewSchema('VoucherRow')), hasMore: z.boolean() }),
          'the rows, removed (#BTRANS) rows marked with kind "removed"',
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const user = requirePermission(c, 'plan:readDrafts');
      const q = c.req.valid('query');
      if (q.from > q.to) throw badRequest(`from ${q.from} is after to ${q.to}`);
      const page = await voucherRows(c.get('deps').db.db, user.orgId, q);
      return c.json({ rows: page.rows as unknown as Record<string, unknown>[], hasMore: page.hasMore }, 200);
    },
  );
}
