// Mounts a contract operation on the app: the one place that turns a declared operation into
// a route. It checks the session and the declared permission first (so a caller without one
// never learns the body's rules from a 400), validates with the contract's schemas, builds
// the use case's context from the session, and answers with the handler's result. Errors
// are DomainErrors, mapped to a status and body in one place (errors.ts).
import { createRoute } from '@hono/zod-openapi';
import type { OpenAPIHono, RouteConfig } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppContext } from '../app/context.ts';
import { errorSchema } from '../contract/common.ts';
import type { ErrorStatus, Input, Operation, Output } from '../contract/operation.ts';
import { authorize } from './auth/middleware.ts';
import type { AppEnv } from './context.ts';
import { requireUser } from './auth/require.ts';

const ERROR_TEXT: Record<400 | 401 | 403 | ErrorStatus, string> = {
  400: 'invalid input, with each field path and reason',
  401: 'not logged in',
  403: "the caller's role may not do this",
  404: 'no such item in the organisation',
  409: 'stale, immutable or in the way: the current state is in details',
  413: 'the body is larger than allowed',
  422: 'the file was read but cannot be used: every problem with its place',
  429: 'too many attempts: try again after Retry-After seconds',
};

const json = (schema: unknown, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});

function responses(op: Operation): RouteConfig['responses'] {
  const success =
    'file' in op.response
      ? {
          content: { [op.response.file]: { schema: { type: 'string', format: 'binary' } } },
          description: op.summary,
        }
      : json(op.response, op.summary);
  const errors: (400 | 401 | 403 | ErrorStatus)[] =
    op.access === 'public' ? [400, ...(op.errors ?? [])] : [400, 401, 403, ...(op.errors ?? [])];
  return {
    [op.status ?? 200]: success,
    ...Object.fromEntries(errors.map((s) => [s, json(errorSchema, ERROR_TEXT[s])])),
  } as RouteConfig['responses'];
}

export function routeOf(op: Operation): RouteConfig {
  const request: NonNullable<RouteConfig['request']> = {};
  if (op.params) request.params = op.params;
  if (op.query) request.query = op.query;
  if (op.body) request.body = { content: { 'application/json': { schema: op.body } }, required: true };
  return {
    method: op.method,
    path: op.path,
    operationId: op.id,
    tags: [op.tag],
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    ...(op.access === 'public' ? {} : { security: [{ session: [] }] }),
    middleware: op.access === 'public' ? [] : [authorize(op.access === 'session' ? undefined : op.access)],
    request,
    responses: responses(op),
  };
}

/** The use case's context for the caller of a request. */
export function requestContext(c: Context<AppEnv>): AppContext {
  const user = requireUser(c);
  return {
    db: c.get('deps').db,
    actor: {
      orgId: user.orgId,
      userId: user.userId,
      username: user.username,
      role: user.role,
      memberCode: user.memberCode,
    },
    now: () => new Date(),
  };
}

export type Handler<O extends Operation> = (
  input: Input<O>,
  ctx: AppContext,
  c: Context<AppEnv>,
) => Promise<Output<O> | Response>;

/** Answers are checked against the contract in tests (PLANVIS_VALIDATE_RESPONSES=1). */
const validateResponses = process.env.PLANVIS_VALIDATE_RESPONSES === '1';

export function mount<O extends Operation>(app: OpenAPIHono<AppEnv>, op: O, handler: Handler<O>): void {
  const route = createRoute(routeOf(op));
  app.openapi(route, async (c: Context<AppEnv>) => {
    const valid = (target: string): unknown => (c.req.valid as (t: string) => unknown).call(c.req, target);
    const input = {
      params: op.params ? valid('param') : undefined,
      query: op.query ? valid('query') : undefined,
      body: op.body ? valid('json') : undefined,
    } as Input<O>;
    const ctx = op.access === 'public' ? (undefined as unknown as AppContext) : requestContext(c);
    const result = await handler(input, ctx, c);
    if (result instanceof Response) return result;
    if (validateResponses && !('file' in op.response)) {
      const checked = op.response.safeParse(result);
      if (!checked.success)
        throw new Error(`${op.id}: the answer does not match the contract: ${checked.error.message}`);
    }
    return c.json(result as object, op.status ?? 200);
  });
}
