// The HTTP application: JSON under /api/v1, validated with zod, documented as OpenAPI
// 3.1 from the same schemas (ARCHITECTURE.md, "API").
import { randomUUID } from 'node:crypto';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Hook } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { sql } from 'kysely';
import { ImportProgressBoard } from './accounting/import-progress.ts';
import { SIE_IMPORT_PATH, SIE_PROGRESS_PATH } from './accounting/upload.ts';
import type { AppDeps, AppEnv } from './context.ts';
import { DomainError } from '../core/errors.ts';
import { ApiError, domainErrorResponse, errorBody } from './errors.ts';
import { registerRoutes } from './routes.ts';
import { sessionFromMemoryFirst, sessionMiddleware } from './auth/middleware.ts';

export const API_PREFIX = '/api/v1';
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** Validation failures become 400 with every field path and reason. */
export const validationHook: Hook<unknown, AppEnv, string, unknown> = (result, c) => {
  if (result.success) return undefined;
  const issues = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  return c.json(
    errorBody(
      'invalid_request',
      `invalid ${result.target}: ${issues.map((i) => `${i.path || '(body)'}: ${i.message}`).join('; ')}`,
      { issues },
    ),
    400,
  );
};

export function createApp(deps: AppDeps): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const importProgress = deps.importProgress ?? new ImportProgressBoard();

  app.use('*', async (c, next) => {
    const requestId = c.req.header('x-request-id')?.slice(0, 100) ?? randomUUID();
    const log = deps.logger.child({ requestId });
    c.set('deps', deps);
    c.set('requestId', requestId);
    c.set('log', log);
    c.set('user', null);
    c.set('importProgress', importProgress);
    c.header('x-request-id', requestId);
    const started = performance.now();
    await next();
    log.info(
      {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      },
      'request',
    );
  });
  const generalLimit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) =>
      c.json(errorBody('payload_too_large', `the request body is larger than ${MAX_BODY_BYTES} bytes`), 413),
  });
  // The SIE upload streams its body to a file under a limit of its own (accounting/upload.ts).
  app.use('*', (c, next) =>
    c.req.method === 'POST' && c.req.path === SIE_IMPORT_PATH ? next() : generalLimit(c, next),
  );
  // An upload's progress is polled while the import runs, and on embedded PGlite the import
  // holds the only connection: the running upload's own session answers from memory.
  const progressSession = sessionFromMemoryFirst((id) => importProgress.runningSession(id));
  app.use(`${API_PREFIX}/*`, (c, next) =>
    c.req.path.startsWith(`${SIE_PROGRESS_PATH}/`) ? progressSession(c, next) : sessionMiddleware(c, next),
  );

  app.onError((error, c) => {
    if (error instanceof DomainError) return domainErrorResponse(c, error);
    if (error instanceof ApiError)
      return c.json(errorBody(error.code, error.message, error.details), error.status);
    if (error instanceof SyntaxError || (error as { name?: string }).name === 'SyntaxError') {
      return c.json(errorBody('invalid_json', `the request body is not valid JSON: ${error.message}`), 400);
    }
    const status = (error as { status?: number }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return c.json(errorBody('invalid_request', error.message), status as 400);
    }
    c.get('log').error({ err: error }, 'unhandled error');
    return c.json(
      errorBody(
        'internal',
        'an internal error occurred; the request id in the x-request-id header identifies it in the log',
      ),
      500,
    );
  });
  app.notFound((c) => c.json(errorBody('not_found', `no route ${c.req.method} ${c.req.path}`), 404));

  app.get('/healthz', async (c) => {
    try {
      await sql`select 1`.execute(deps.db.db);
      return c.json({ status: 'ok', database: deps.db.kind });
    } catch (error) {
      return c.json({ status: 'unavailable', database: deps.db.kind, reason: String(error) }, 503);
    }
  });

  registerRoutes(app);

  app.doc31(`${API_PREFIX}/openapi.json`, {
    openapi: '3.1.0',
    info: {
      title: 'Planvis API',
      version: '1',
      description: 'Plans, budgets and follow-up for Swedish public bodies. Money is integer öre.',
    },
    servers: [{ url: '/' }],
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'planvis_session',
  });
  return app;
}
