// Accounting from SIE files (issue 5): import a file, list the imports, outcome per
// account and month, and the rows behind a figure. Who may do what:
// - import, and its progress: plan:import (admin, economist), into the caller's
//   organisation (import-routes.ts);
// - the list of imports: audit:read (the office and the board), as it is a log of who
//   loaded what;
// - outcome and vouchers: plan:readDrafts (the office and the board). A member region's
//   contact reads decided plans only, not the federation's books.
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { listSieImports } from '../../db/accounting/list-imports.ts';
import { outcomeByMonth, VOUCHER_PAGE_MAX, voucherRows } from '../../db/accounting/queries.ts';
import { authorize } from '../auth/middleware.ts';
import { requirePermission } from '../auth/require.ts';
import type { AppEnv } from '../context.ts';
import { badRequest } from '../errors.ts';
import { errorResponses, jsonResponse, viewSchema } from '../plans/schemas.ts';
import { registerImportRoutes } from './import-routes.ts';

const security = [{ session: [] }];
const tags = ['Accounting'];
const account = z
  .string()
  .regex(/^\d{1,10}$/, 'an account number: digits only')
  .openapi({ example: '5010' });
const isoDate = z.iso.date().openapi({ example: '2026-08-31' });

export function registerAccountingRoutes(app: OpenAPIHono<AppEnv>): void {
  registerImportRoutes(app);

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
