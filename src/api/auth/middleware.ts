// Who is calling: the session named by the `planvis_session` cookie (browsers) or by an
// `Authorization: Bearer <token>` header (scripts; the token is the cookie's value).
//
// CSRF: a browser attaches cookies to requests other sites make it send, so a write
// authenticated by the cookie must also carry the session's CSRF token in X-CSRF-Token,
// which only our own page can read (it comes in the login response body). SameSite=Strict
// already stops most of this; the token is the second lock. A Bearer header is never added
// by a browser on its own, so a request carrying one was written deliberately by a script
// that holds the token, and needs no CSRF token.
import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { findActiveSession, hashSessionToken } from '../../db/repos/sessions.ts';
import type { AppEnv, SessionUser } from '../context.ts';
import { ApiError } from '../errors.ts';
import type { Permission } from '../../contract/roles.ts';
import { requirePermission, requireUser } from './require.ts';

export const SESSION_COOKIE = 'planvis_session';
export const CSRF_HEADER = 'X-CSRF-Token';
export const LOGIN_PATH = '/api/v1/auth/login';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Tokens are 43 base64url characters; anything far longer is not one of ours. */
const MAX_TOKEN_LENGTH = 200;

type Credential = { token: string; via: 'cookie' | 'bearer' };

function credential(c: Context<AppEnv>): Credential | null {
  const authorization = c.req.header('authorization');
  if (authorization !== undefined) {
    // An Authorization header is used alone, never mixed with a cookie, so an invalid
    // one does not fall back to a cookie that would then need the CSRF check.
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    return match?.[1] ? { token: match[1], via: 'bearer' } : null;
  }
  const cookie = getCookie(c, SESSION_COOKIE);
  return cookie ? { token: cookie, via: 'cookie' } : null;
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export const sessionMiddleware: MiddlewareHandler<AppEnv> = async (c, next) => {
  const found = credential(c);
  if (!found || found.token.length > MAX_TOKEN_LENGTH) {
    c.set('user', null);
    return next();
  }
  const session = await findActiveSession(c.get('deps').db.db, found.token, new Date());
  const user: SessionUser | null = session
    ? {
        sessionId: session.sessionId,
        userId: session.userId,
        orgId: session.orgId,
        username: session.username,
        displayName: session.displayName,
        role: session.role,
        memberCode: session.memberCode,
        csrfToken: session.csrfToken,
      }
    : null;
  c.set('user', user);

  const method = c.req.method.toUpperCase();
  const isLogin = method === 'POST' && c.req.path === LOGIN_PATH;
  if (user && found.via === 'cookie' && UNSAFE_METHODS.has(method) && !isLogin) {
    const given = c.req.header(CSRF_HEADER);
    if (!given || !sameToken(given, user.csrfToken)) {
      throw new ApiError(
        403,
        'csrf',
        `this change needs the ${CSRF_HEADER} header with the session's CSRF token (from the login response or GET /api/v1/auth/session)`,
      );
    }
  }
  return next();
};

/**
 * The session middleware for reads that must not wait for the database: a session that
 * `known` holds in memory (by id, the token's hash) is used as it is, any other is looked
 * up as usual. For GETs only: no CSRF check is needed, and none is made.
 */
export function sessionFromMemoryFirst(
  known: (sessionId: string) => SessionUser | null,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const found = credential(c);
    const user =
      found && found.token.length <= MAX_TOKEN_LENGTH && c.req.method.toUpperCase() === 'GET'
        ? known(hashSessionToken(found.token))
        : null;
    if (!user) return sessionMiddleware(c, next);
    c.set('user', user);
    return next();
  };
}

/**
 * Route middleware (createRoute's `middleware`) that checks the session, and the
 * permission if one is named, before the request is validated: a caller without a session
 * gets 401 and one without the permission 403, whatever the body, and neither learns
 * the body's rules from a 400.
 */
export function authorize(permission?: Permission): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (permission) requirePermission(c, permission);
    else requireUser(c);
    await next();
  };
}
