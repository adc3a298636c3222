// Login, logout and the current session (issue 3, "Users and roles").
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { appendAudit, auditActor } from '../../db/repos/audit.ts';
import {
  createSession,
  deleteExpiredSessions,
  deleteSession,
  SESSION_TTL_MS,
} from '../../db/repos/sessions.ts';
import { findUserByUsername } from '../../db/repos/users.ts';
import type { AppEnv, SessionUser } from '../context.ts';
import { errorBody } from '../errors.ts';
import { errorSchema, jsonResponse } from '../plans/schemas.ts';
import { authorize, SESSION_COOKIE } from './middleware.ts';
import { dummyPasswordHash, verifyPassword } from './passwords.ts';
import { loginRateLimiter } from './rate-limit.ts';
import { requireUser } from './require.ts';

/** One error response for the OpenAPI document (the shared Error schema). */
export const errorResponse = (description: string) => jsonResponse(errorSchema, description);

/** Endpoints that need a session accept the cookie or a Bearer token. */
export const SESSION_SECURITY: Array<Record<string, string[]>> = [{ session: [] }, { bearer: [] }];

const SessionUserSchema = z
  .object({
    username: z.string(),
    displayName: z.string(),
    role: z.enum(['admin', 'economist', 'planner', 'reader', 'member']),
    memberCode: z.string().nullable(),
  })
  .openapi('SessionUser');

const SessionSchema = z
  .object({
    user: SessionUserSchema,
    csrfToken: z.string().openapi({ description: 'Send it as the X-CSRF-Token header on every write.' }),
  })
  .openapi('Session');

const LoginSchema = z
  .strictObject({
    username: z.string().min(1).max(200),
    password: z.string().min(1).max(1000),
  })
  .openapi('Login');

const INVALID_CREDENTIALS = 'wrong username or password';

const loginRoute = createRoute({
  method: 'post',
  path: '/api/v1/auth/login',
  tags: ['auth'],
  summary: 'Log in',
  description:
    'Sets the HttpOnly session cookie `planvis_session`. Scripts may instead send its value as ' +
    '`Authorization: Bearer <token>`, which needs no CSRF token.',
  request: { body: { required: true, content: { 'application/json': { schema: LoginSchema } } } },
  responses: {
    200: { description: 'Logged in', content: { 'application/json': { schema: SessionSchema } } },
    400: errorResponse('Invalid request body'),
    401: errorResponse('Wrong username or password (the same answer whether or not the user exists)'),
    429: errorResponse('Too many failed attempts; the Retry-After header says how many seconds to wait'),
  },
});

const logoutRoute = createRoute({
  method: 'post',
  path: '/api/v1/auth/logout',
  tags: ['auth'],
  summary: 'Log out',
  security: SESSION_SECURITY,
  middleware: [authorize()] as const,
  responses: {
    204: { description: 'Logged out; the session is deleted and the cookie cleared' },
    401: errorResponse('Not logged in'),
    403: errorResponse('CSRF token missing or wrong'),
  },
});

const sessionRoute = createRoute({
  method: 'get',
  path: '/api/v1/auth/session',
  tags: ['auth'],
  summary: 'The current session',
  security: SESSION_SECURITY,
  middleware: [authorize()] as const,
  responses: {
    200: { description: 'Logged in', content: { 'application/json': { schema: SessionSchema } } },
    401: errorResponse('Not logged in'),
  },
});

function sessionBody(
  user: Pick<SessionUser, 'username' | 'displayName' | 'role' | 'memberCode'>,
  csrfToken: string,
) {
  return {
    user: {
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      memberCode: user.memberCode,
    },
    csrfToken,
  };
}

type NodeBindings = { incoming?: { socket?: { remoteAddress?: string } } } | undefined;

/**
 * The client's address as the socket sees it. X-Forwarded-For is not trusted: anyone can
 * set it to dodge the per-address limit. Behind a reverse proxy every client shares the
 * proxy's address (the per-username limit still holds).
 */
function clientAddress(c: Context<AppEnv>): string {
  return (c.env as NodeBindings)?.incoming?.socket?.remoteAddress ?? 'unknown';
}

export function registerAuthRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'The session token (the planvis_session cookie value), for scripts.',
  });

  app.openapi(loginRoute, async (c) => {
    const deps = c.get('deps');
    const body = c.req.valid('json');
    const username = body.username.trim().toLowerCase();
    const ip = clientAddress(c);
    const limiter = loginRateLimiter(deps);

    const wait = limiter.retryAfterSeconds(username, ip);
    if (wait > 0) {
      return c.json(
        errorBody('rate_limited', `too many failed login attempts; try again in ${wait} seconds`),
        429,
        { 'Retry-After': String(wait) },
      );
    }

    const user = await findUserByUsername(deps.db.db, username);
    // Verify even when there is no such user, so both cases take the same time.
    const matches = await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), body.password);
    if (!user || user.disabled || !matches) {
      limiter.recordFailure(username, ip);
      c.get('log').info({ username, ip }, 'login failed');
      return c.json(errorBody('invalid_credentials', INVALID_CREDENTIALS), 401);
    }
    limiter.recordSuccess(username);

    const now = new Date();
    const session = await deps.db.db.transaction().execute(async (trx) => {
      await deleteExpiredSessions(trx, now);
      const created = await createSession(trx, { orgId: user.org_id, userId: user.id, now });
      await appendAudit(trx, {
        orgId: user.org_id,
        userId: user.id,
        username: user.username,
        action: 'auth.login',
        entityType: 'user',
        entityId: user.id,
      });
      return created;
    });

    setCookie(c, SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'Strict',
      path: '/',
      secure: deps.secureCookies,
      maxAge: Math.floor(SESSION_TTL_MS / 1000),
    });
    c.header('Cache-Control', 'no-store');
    const sessionUser = {
      username: user.username,
      displayName: user.display_name,
      role: user.role,
      memberCode: user.member_code,
    };
    return c.json(sessionBody(sessionUser, session.csrfToken), 200);
  });

  app.openapi(logoutRoute, async (c) => {
    const user = requireUser(c);
    const deps = c.get('deps');
    await deps.db.db.transaction().execute(async (trx) => {
      await deleteSession(trx, user.orgId, user.sessionId);
      await appendAudit(trx, {
        ...auditActor(user),
        action: 'auth.logout',
        entityType: 'user',
        entityId: user.userId,
      });
    });
    deleteCookie(c, SESSION_COOKIE, {
      path: '/',
      httpOnly: true,
      sameSite: 'Strict',
      secure: deps.secureCookies,
    });
    return c.body(null, 204);
  });

  app.openapi(sessionRoute, (c) => {
    const user = requireUser(c);
    c.header('Cache-Control', 'no-store');
    return c.json(sessionBody(user, user.csrfToken), 200);
  });
}
