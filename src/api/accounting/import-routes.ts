// The SIE upload (issue 5): POST the file's bytes, and — when the POST names a progressId —
// poll how far it has come. Both need plan:import (admin, economist); the import goes into
// the caller's organisation and its progress is the caller's own: another user, even of
// the same organisation, gets 404 for it.
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { importSie } from '../../db/accounting/import-sie.ts';
import { SieImportRefused } from '../../db/accounting/types.ts';
import type { SieImportSummary } from '../../db/accounting/types.ts';
import { auditActor } from '../../db/repos/audit.ts';
import { authorize } from '../auth/middleware.ts';
import { requirePermission } from '../auth/require.ts';
import type { AppEnv, SessionUser } from '../context.ts';
import { ApiError, badRequest, notFound } from '../errors.ts';
import { errorResponses, errorSchema, jsonResponse, viewSchema } from '../plans/schemas.ts';
import type { ImportProgressTracker } from './import-progress.ts';
import { declaredLength, SIE_IMPORT_PATH, SIE_PROGRESS_PATH, sieMaxBytes, spoolBody } from './upload.ts';

const security = [{ session: [] }];
const tags = ['Accounting'];
const binary = { schema: z.string().openapi({ format: 'binary' }) };
const progressId = z.uuid().openapi({
  description: 'a UUID the client makes up for this upload, to poll its progress by',
  example: '0b6f7c8e-2f4d-4c1a-9a57-3d1c2e4b5a69',
});

const progressSchema = z
  .object({
    progressId: z.string(),
    phase: z
      .enum(['upload', 'validate', 'replace', 'store', 'index', 'summarise', 'done', 'failed'])
      .openapi({
        description:
          'upload: receiving the body; validate: checking a file that names its years late (read twice); replace: finding the year to replace; store: reading and storing rows; index, summarise: finishing; done: stored (the POST answers 201); failed: nothing was stored (the POST answers 4xx)',
      }),
    rows: z
      .number()
      .int()
      .openapi({ description: 'rows handled in the phase (storing: rows stored so far)' }),
    totalRows: z.number().int().optional(),
    bytes: z
      .number()
      .int()
      .optional()
      .openapi({ description: 'uploading: bytes received; storing: bytes of the file read' }),
    totalBytes: z.number().int().optional().openapi({
      description: "uploading: the request's Content-Length, if it declared one; storing: the file's size",
    }),
    startedAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('SieImportProgress');

/** Spools the body, imports it, and answers as the POST always has: 201, or 4xx storing nothing. */
async function importUpload(
  c: Context<AppEnv>,
  user: SessionUser,
  fileName: string | undefined,
  progress: ImportProgressTracker | null,
): Promise<SieImportSummary> {
  const body = await spoolBody(c.req.raw, sieMaxBytes(), progress?.uploaded);
  let result;
  try {
    if (body.bytes === 0) throw badRequest('the request body is empty; send the SIE file');
    result = await importSie(
      c.get('deps').db,
      auditActor(user),
      { fileName: fileName ?? 'upload.se', data: body.path },
      progress ? { onProgress: progress.importing } : {},
    );
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
  return result.summary;
}

function registerImport(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: SIE_IMPORT_PATH,
      tags,
      security,
      middleware: [authorize('plan:import')] as const,
      summary:
        "import a SIE 4 file (the body, as bytes, up to PLANVIS_SIE_MAX_BYTES, default 200 MiB) into the organisation's accounting: all or nothing; a year already stored is replaced. With progressId, GET …/sie-imports/progress/{progressId} tells how far it has come while it runs",
      request: {
        query: z.object({
          fileName: z
            .string()
            .min(1)
            .max(255)
            .optional()
            .openapi({ description: 'the file name to record', example: 'nrf-2026.se' }),
          progressId: progressId.optional(),
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
      const query = c.req.valid('query');
      const progress =
        query.progressId === undefined
          ? null
          : c.get('importProgress').track(user, query.progressId, declaredLength(c.req.raw));
      let summary: SieImportSummary;
      try {
        summary = await importUpload(c, user, query.fileName, progress);
      } catch (error) {
        progress?.failed();
        throw error;
      }
      c.get('log').info(
        { importId: summary.id, rows: summary.stored.transactions, ms: summary.ms },
        'SIE file imported',
      );
      return c.json(summary as unknown as Record<string, unknown>, 201);
    },
  );
}

function registerProgress(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: `${SIE_PROGRESS_PATH}/{progressId}`,
      tags,
      security,
      middleware: [authorize('plan:import')] as const,
      summary:
        "how far the caller's own SIE upload has come (the POST's progressId): kept on this server while it runs and for 10 minutes after it ends",
      request: {
        params: z.object({ progressId: progressId.openapi({ param: { name: 'progressId', in: 'path' } }) }),
      },
      responses: {
        200: jsonResponse(progressSchema, 'the phase, and rows and bytes so far'),
        ...errorResponses,
        404: jsonResponse(
          errorSchema,
          "no upload of the caller's by that id here: not arrived yet, ended over 10 minutes ago, or another user's",
        ),
      },
    }),
    (c) => {
      const user = requirePermission(c, 'plan:import');
      const { progressId: id } = c.req.valid('param');
      const entry = c.get('importProgress').get(user, id);
      // Not yet seen (the POST has not arrived), long over, or someone else's: all alike.
      if (!entry) throw notFound(`the upload ${id}`);
      return c.json(entry, 200);
    },
  );
}

export function registerImportRoutes(app: OpenAPIHono<AppEnv>): void {
  registerImport(app);
  registerProgress(app);
}
