// The harness for API tests: a fresh migrated database (PGlite, or the server when
// TEST_DATABASE_URL is set), organisation NRF with one user per role, the app, and
// clients that talk to it in process (Hono's app.request, no network).
import type { OpenAPIHono } from '@hono/zod-openapi';
import pino from 'pino';
import { insertUser } from '../../db/repos/users.ts';
import type { DatabaseKind } from '../../db/open.ts';
import { ROLES } from '../../db/schema.ts';
import type { Role } from '../../db/schema.ts';
import { openTestDatabase } from '../../db/testing/test-database.ts';
import type { TestDb } from '../../db/testing/test-database.ts';
import { ImportProgressBoard } from '../accounting/import-progress.ts';
import { createApp } from '../app.ts';
import type { AppDeps, AppEnv } from '../context.ts';
import { CSRF_HEADER, SESSION_COOKIE } from '../auth/middleware.ts';
import { hashPassword } from '../auth/passwords.ts';

export const TEST_PASSWORD = 'correct horse battery staple';
/** The member role's user speaks for Region Västernorrland. */
export const TEST_MEMBER_CODE = 'RVN';

export type ClientRequestInit = {
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as it is, with Content-Type application/json (for malformed JSON). */
  raw?: string;
  /** Added to (and overriding) the defaults; names are case-insensitive. */
  headers?: Record<string, string>;
};

/**
 * A client of the app. A logged-in client sends the session cookie on every request and
 * X-CSRF-Token on every write, as the browser app does.
 */
export type Client = {
  /** The session this client uses, or null for an anonymous client. */
  session: { token: string; csrfToken: string } | null;
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  post(path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  put(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  patch(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  delete(path: string, headers?: Record<string, string>): Promise<Response>;
  request(method: string, path: string, init?: ClientRequestInit): Promise<Response>;
};

export type TestContext = {
  app: OpenAPIHono<AppEnv>;
  deps: AppDeps & { importProgress: ImportProgressBoard };
  db: TestDb;
  orgId: string;
  /** One user per role; the username is the role's name. */
  users: Record<Role, { id: string; username: string }>;
  /** Logs in as the role's user with TEST_PASSWORD; throws if login fails. */
  login(role: Role): Promise<Client>;
  /** Logs in as any user; throws if login fails. */
  loginAs(username: string, password?: string): Promise<Client>;
  anonymous(): Client;
  close(): Promise<void>;
};

export type TestContextOptions = {
  /** Runs after the organisation and users exist, before the context is handed over. */
  setup?: (ctx: TestContext) => Promise<void>;
};

// argon2id takes tens of milliseconds: hash the shared test password once per process.
let testPasswordHash: Promise<string> | undefined;
export function testPasswordHashOnce(): Promise<string> {
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  return testPasswordHash;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function createClient(
  app: OpenAPIHono<AppEnv>,
  session: { token: string; csrfToken: string } | null,
): Client {
  const request = async (method: string, path: string, init: ClientRequestInit = {}): Promise<Response> => {
    const headers: Record<string, string> = {};
    if (session) {
      headers.cookie = `${SESSION_COOKIE}=${session.token}`;
      if (UNSAFE.has(method.toUpperCase())) headers[CSRF_HEADER.toLowerCase()] = session.csrfToken;
    }
    let body: string | undefined;
    if (init.raw !== undefined) body = init.raw;
    else if (init.body !== undefined) body = JSON.stringify(init.body);
    if (body !== undefined) headers['content-type'] = 'application/json';
    for (const [name, value] of Object.entries(init.headers ?? {})) headers[name.toLowerCase()] = value;
    return app.request(path, {
      method: method.toUpperCase(),
      headers,
      ...(body === undefined ? {} : { body }),
    });
  };
  return {
    session,
    request,
    get: (path, headers) => request('GET', path, headers ? { headers } : {}),
    post: (path, body, headers) => request('POST', path, { body, ...(headers ? { headers } : {}) }),
    put: (path, body, headers) => request('PUT', path, { body, ...(headers ? { headers } : {}) }),
    patch: (path, body, headers) => request('PATCH', path, { body, ...(headers ? { headers } : {}) }),
    delete: (path, headers) => request('DELETE', path, headers ? { headers } : {}),
  };
}

/** The session token from a login response's Set-Cookie header. */
export function sessionTokenFrom(response: Response): string | null {
  for (const cookie of response.headers.getSetCookie()) {
    const match = new RegExp(`^${SESSION_COOKIE}=([^;]*)`).exec(cookie);
    if (match?.[1]) return match[1];
  }
  return null;
}

export async function createTestContext(
  kind: DatabaseKind,
  options: TestContextOptions = {},
): Promise<TestContext> {
  const db = await openTestDatabase(kind);
  try {
    const org = await db.db
      .insertInto('organisations')
      .values({ code: 'NRF', name: 'Norra sjukvårdsregionförbundet', kind: 'federation' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const passwordHash = await testPasswordHashOnce();
    const users = {} as Record<Role, { id: string; username: string }>;
    for (const role of ROLES) {
      const row = await insertUser(db.db, {
        orgId: org.id,
        username: role,
        displayName: `Test ${role}`,
        passwordHash,
        role,
        memberCode: role === 'member' ? TEST_MEMBER_CODE : null,
      });
      users[role] = { id: row.id, username: row.username };
    }
    const deps: TestContext['deps'] = {
      db,
      logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
      secureCookies: false,
      // Tests may look at it (or spy on it): the API's upload progress.
      importProgress: new ImportProgressBoard(),
    };
    const app = createApp(deps);

    const loginAs = async (username: string, password = TEST_PASSWORD): Promise<Client> => {
      const response = await app.request('/api/v1/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      if (response.status !== 200) {
        throw new Error(`test login as ${username} failed: ${response.status} ${await response.text()}`);
      }
      const { csrfToken } = (await response.json()) as { csrfToken: string };
      const token = sessionTokenFrom(response);
      if (!token) throw new Error(`test login as ${username} set no ${SESSION_COOKIE} cookie`);
      return createClient(app, { token, csrfToken });
    };

    const ctx: TestContext = {
      app,
      deps,
      db,
      orgId: org.id,
      users,
      login: (role) => loginAs(users[role].username),
      loginAs,
      anonymous: () => createClient(app, null),
      close: () => db.dispose(),
    };
    if (options.setup) await options.setup(ctx);
    return ctx;
  } catch (error) {
    await db.dispose();
    throw error;
  }
}
