import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hashSessionToken } from '../../db/repos/sessions.ts';
import { testDrivers } from '../../db/testing/test-database.ts';
import { createClient, createTestContext, sessionTokenFrom, TEST_PASSWORD } from '../testing/test-app.ts';
import type { TestContext } from '../testing/test-app.ts';
import { LoginRateLimiter, setLoginRateLimiter } from './rate-limit.ts';

const LOGIN = '/api/v1/auth/login';
const LOGOUT = '/api/v1/auth/logout';
const SESSION = '/api/v1/auth/session';

const INVALID_CREDENTIALS = { error: { code: 'invalid_credentials', message: 'wrong username or password' } };
const UNAUTHORIZED = {
  error: { code: 'auth.unauthorized', message: 'log in first: POST /api/v1/auth/login' },
};
const CSRF = {
  error: {
    code: 'csrf',
    message:
      "this change needs the X-CSRF-Token header with the session's CSRF token (from the login response or GET /api/v1/auth/session)",
  },
};
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

describe.each(testDrivers())('authentication on %s', (kind) => {
  let ctx: TestContext;
  let now: number;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterAll(async () => {
    await ctx.close();
  });
  beforeEach(() => {
    now = Date.parse('2026-03-02T08:00:00Z');
    setLoginRateLimiter(ctx.deps, new LoginRateLimiter({ now: () => now }));
  });

  const login = (username: string, password: string) => ctx.anonymous().post(LOGIN, { username, password });

  it('logs in: 200 with the user and a CSRF token, and an HttpOnly SameSite=Strict session cookie', async () => {
    const response = await login('member', TEST_PASSWORD);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { csrfToken: string };
    expect(body).toEqual({
      user: { username: 'member', displayName: 'Test member', role: 'member', memberCode: 'RVN' },
      csrfToken: expect.stringMatching(TOKEN),
    });
    const cookies = response.headers.getSetCookie();
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatch(
      /^planvis_session=[A-Za-z0-9_-]{43}; Max-Age=28800; Path=\/; HttpOnly; SameSite=Strict$/,
    );
    expect(response.headers.get('cache-control')).toBe('no-store');

    // Only the token's hash is stored.
    const token = sessionTokenFrom(response) ?? '';
    const rows = await ctx.db.db.selectFrom('sessions').select(['id', 'csrf_token', 'user_id']).execute();
    const row = rows.find((r) => r.id === hashSessionToken(token));
    expect(row).toEqual({
      id: hashSessionToken(token),
      csrf_token: body.csrfToken,
      user_id: ctx.users.member.id,
    });
    expect(rows.some((r) => r.id === token)).toBe(false);
  });

  it('accepts the username in any case and with surrounding spaces', async () => {
    expect((await login('  Economist ', TEST_PASSWORD)).status).toBe(200);
  });

  it('sets the Secure flag when the app serves HTTPS', async () => {
    ctx.deps.secureCookies = true;
    try {
      const response = await login('reader', TEST_PASSWORD);
      expect(response.headers.getSetCookie()[0]).toMatch(/; HttpOnly; Secure; SameSite=Strict$/);
    } finally {
      ctx.deps.secureCookies = false;
    }
  });

  it('answers a wrong password, an unknown user and a disabled user alike: 401, one message, no cookie', async () => {
    await ctx.db.db
      .insertInto('users')
      .values({
        org_id: ctx.orgId,
        username: 'gone',
        display_name: 'Disabled',
        password_hash: (
          await ctx.db.db
            .selectFrom('users')
            .select('password_hash')
            .where('username', '=', 'admin')
            .executeTakeFirstOrThrow()
        ).password_hash,
        role: 'reader',
        disabled: true,
      })
      .execute();
    for (const [username, password] of [
      ['planner', 'wrong password!'],
      ['nobody', TEST_PASSWORD],
      ['gone', TEST_PASSWORD],
    ] as const) {
      const response = await login(username, password);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual(INVALID_CREDENTIALS);
      expect(response.headers.getSetCookie()).toEqual([]);
    }
  });

  it('takes about as long for an unknown user as for a wrong password (the dummy hash is verified)', async () => {
    const time = async (username: string) => {
      const started = performance.now();
      expect((await login(username, 'wrong password!')).status).toBe(401);
      return performance.now() - started;
    };
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    await time('nobody'); // the dummy hash is made on first use
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      known.push(await time('reader'));
      unknown.push(await time(`nobody${i}`));
    }
    // argon2id dominates both; without the dummy hash an unknown user would answer in ~1 ms.
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.5);
  });

  it('rejects a malformed body with 400 naming the field', async () => {
    const response = await ctx.anonymous().post(LOGIN, { username: 'admin' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      error: { code: string; details: { issues: { path: string }[] } };
    };
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.details.issues.map((i) => i.path)).toEqual(['password']);
  });

  it('GET /auth/session: the user and CSRF token with a session, 401 without', async () => {
    const client = await ctx.login('planner');
    const response = await client.get(SESSION);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      user: { username: 'planner', displayName: 'Test planner', role: 'planner', memberCode: null },
      csrfToken: client.session?.csrfToken,
    });
    const anonymous = await ctx.anonymous().get(SESSION);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual(UNAUTHORIZED);
    const forged = await ctx.anonymous().get(SESSION, { cookie: 'planvis_session=forged' });
    expect(forged.status).toBe(401);
  });

  it('logs out: 204, the cookie is cleared, the session is deleted and no longer works', async () => {
    const client = await ctx.login('reader');
    const token = client.session?.token ?? '';
    const response = await client.post(LOGOUT);
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect(response.headers.getSetCookie()).toEqual([
      'planvis_session=; Max-Age=0; Path=/; HttpOnly; SameSite=Strict',
    ]);
    const rows = await ctx.db.db
      .selectFrom('sessions')
      .select('id')
      .where('id', '=', hashSessionToken(token))
      .execute();
    expect(rows).toEqual([]);
    expect((await client.get(SESSION)).status).toBe(401);
    expect((await client.post(LOGOUT)).status).toBe(401);
  });

  it('refuses an expired session with 401', async () => {
    const client = await ctx.login('economist');
    expect((await client.get(SESSION)).status).toBe(200);
    await ctx.db.db
      .updateTable('sessions')
      .set({ expires_at: sql<Date>`now() - interval '1 second'` })
      .where('id', '=', hashSessionToken(client.session?.token ?? ''))
      .execute();
    const response = await client.get(SESSION);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual(UNAUTHORIZED);
  });

  it('makes sessions last 8 hours from login', async () => {
    const before = Date.now();
    const client = await ctx.login('economist');
    const row = await ctx.db.db
      .selectFrom('sessions')
      .select(['created_at', 'expires_at'])
      .where('id', '=', hashSessionToken(client.session?.token ?? ''))
      .executeTakeFirstOrThrow();
    const expires = new Date(row.expires_at).getTime();
    expect(expires - new Date(row.created_at).getTime()).toBe(8 * 60 * 60 * 1000);
    expect(expires).toBeGreaterThanOrEqual(before + 8 * 60 * 60 * 1000);
  });

  describe('CSRF', () => {
    it('refuses a cookie-authenticated write without the token or with a wrong one: 403', async () => {
      const client = await ctx.login('admin');
      const token = client.session?.token ?? '';
      const cookieOnly = createClient(ctx.app, null);
      const attempts: Record<string, string>[] = [
        { cookie: `planvis_session=${token}` },
        { cookie: `planvis_session=${token}`, 'x-csrf-token': '' },
        { cookie: `planvis_session=${token}`, 'x-csrf-token': 'wrong' },
        {
          cookie: `planvis_session=${token}`,
          'x-csrf-token': (client.session?.csrfToken ?? '').replace(/.$/, '!'),
        },
      ];
      for (const headers of attempts) {
        for (const method of ['POST', 'PATCH', 'PUT', 'DELETE']) {
          const response = await cookieOnly.request(method, '/api/v1/users', { body: {}, headers });
          expect(response.status).toBe(403);
          expect(await response.json()).toEqual(CSRF);
        }
        const logout = await cookieOnly.request('POST', LOGOUT, { headers });
        expect(logout.status).toBe(403);
      }
      // The session survived the refused logouts, and reads need no token.
      expect((await cookieOnly.get(SESSION, { cookie: `planvis_session=${token}` })).status).toBe(200);
    });

    it('accepts a write with the right token', async () => {
      const client = await ctx.login('admin');
      const response = await client.post('/api/v1/users', {
        username: 'csrf-ok',
        displayName: 'CSRF OK',
        password: 'a long enough password',
        role: 'reader',
      });
      expect(response.status).toBe(201);
    });

    it('does not ask for the token at login, even with an old session cookie', async () => {
      const client = await ctx.login('admin');
      const response = await ctx.anonymous().request('POST', LOGIN, {
        body: { username: 'admin', password: TEST_PASSWORD },
        headers: { cookie: `planvis_session=${client.session?.token ?? ''}` },
      });
      expect(response.status).toBe(200);
    });
  });

  describe('Bearer token', () => {
    it('authenticates scripts without a CSRF token', async () => {
      const client = await ctx.login('admin');
      const bearer = { authorization: `Bearer ${client.session?.token ?? ''}` };
      const scripts = ctx.anonymous();
      const session = await scripts.get(SESSION, bearer);
      expect(session.status).toBe(200);
      const created = await scripts.post(
        '/api/v1/users',
        {
          username: 'by-script',
          displayName: 'By script',
          password: 'a long enough password',
          role: 'reader',
        },
        bearer,
      );
      expect(created.status).toBe(201);
      expect(((await created.json()) as { user: { username: string } }).user.username).toBe('by-script');
      expect((await scripts.post(LOGOUT, undefined, bearer)).status).toBe(204);
      expect((await scripts.get(SESSION, bearer)).status).toBe(401);
    });

    it('uses a wrong Bearer token alone: 401 even with a valid cookie', async () => {
      const client = await ctx.login('admin');
      const response = await client.get(SESSION, { authorization: 'Bearer wrong' });
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual(UNAUTHORIZED);
      expect((await client.get(SESSION, { authorization: 'Basic YWRtaW46eA==' })).status).toBe(401);
    });
  });

  describe('rate limit', () => {
    it('answers 429 with Retry-After after 5 failures for a username, even for the right password, until the window passes', async () => {
      for (let i = 0; i < 5; i += 1) expect((await login('planner', `wrong password ${i}`)).status).toBe(401);
      const limited = await login('planner', TEST_PASSWORD);
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('900');
      expect(await limited.json()).toEqual({
        error: { code: 'rate_limited', message: 'too many failed login attempts; try again in 900 seconds' },
      });
      expect(limited.headers.getSetCookie()).toEqual([]);
      // Other users are not affected.
      expect((await login('reader', TEST_PASSWORD)).status).toBe(200);
      now += 14 * 60 * 1000;
      const stillLimited = await login('PLANNER', TEST_PASSWORD);
      expect(stillLimited.status).toBe(429);
      expect(stillLimited.headers.get('retry-after')).toBe('60');
      now += 60 * 1000;
      expect((await login('planner', TEST_PASSWORD)).status).toBe(200);
    });

    it('answers 429 after 20 failures from one address, whatever the usernames', async () => {
      const from = (address: string, username: string, password: string) =>
        ctx.app.request(
          LOGIN,
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ username, password }),
          },
          { incoming: { socket: { remoteAddress: address } } },
        );
      for (let i = 0; i < 20; i += 1)
        expect((await from('192.0.2.7', `guess${i}`, 'wrong password')).status).toBe(401);
      const limited = await from('192.0.2.7', 'admin', TEST_PASSWORD);
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('900');
      expect((await from('192.0.2.8', 'admin', TEST_PASSWORD)).status).toBe(200);
      now += 15 * 60 * 1000;
      expect((await from('192.0.2.7', 'admin', TEST_PASSWORD)).status).toBe(200);
    });
  });

  it('stores passwords as argon2id hashes, never the plain text', async () => {
    const rows = await ctx.db.db.selectFrom('users').select(['username', 'password_hash']).execute();
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const row of rows) {
      expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      expect(row.password_hash).not.toContain(TEST_PASSWORD);
    }
  });
});
