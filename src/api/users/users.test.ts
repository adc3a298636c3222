import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../db/repos/audit.ts';
import { insertUser } from '../../db/repos/users.ts';
import type { PublicUser } from '../../db/repos/users.ts';
import type { Role } from '../../db/schema.ts';
import { testDrivers } from '../../db/testing/test-database.ts';
import { createTestContext, TEST_PASSWORD, testPasswordHashOnce } from '../testing/test-app.ts';
import type { Client, TestContext } from '../testing/test-app.ts';

const USERS = '/api/v1/users';
const NEW_PASSWORD = 'a new password of some length';
const UNAUTHORIZED = {
  error: { code: 'auth.unauthorized', message: 'log in first: POST /api/v1/auth/login' },
};
const FORBIDDEN = {
  error: {
    code: 'auth.forbidden',
    message: 'your role may not manage users',
    params: { permission: 'users:manage' },
  },
};
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

type UserBody = { user: PublicUser };
type ErrorJson = { error: { code: string; message: string; details?: unknown } };

const expectedUser = (
  fields: Partial<PublicUser> & Pick<PublicUser, 'username' | 'displayName' | 'role'>,
) => ({
  id: expect.stringMatching(UUID),
  memberCode: null,
  disabled: false,
  version: 1,
  createdAt: expect.stringMatching(ISO),
  ...fields,
});

describe.each(testDrivers())('users on %s', (kind) => {
  let ctx: TestContext;
  let admin: Client;
  let otherOrgUserId: string;

  beforeAll(async () => {
    ctx = await createTestContext(kind, {
      setup: async (c) => {
        const other = await c.db.db
          .insertInto('organisations')
          .values({ code: 'RVN', name: 'Region Västernorrland', kind: 'region' })
          .returning('id')
          .executeTakeFirstOrThrow();
        const row = await insertUser(c.db.db, {
          orgId: other.id,
          username: 'elsewhere',
          displayName: 'Another organisation',
          passwordHash: await testPasswordHashOnce(),
          role: 'admin',
          memberCode: null,
        });
        otherOrgUserId = row.id;
      },
    });
    admin = await ctx.login('admin');
  });
  afterAll(async () => {
    await ctx.close();
  });

  const create = async (body: Record<string, unknown>) => {
    const response = await admin.post(USERS, body);
    expect(response.status).toBe(201);
    return ((await response.json()) as UserBody).user;
  };
  const userAudit = (id: string) =>
    listAudit(ctx.db.db, ctx.orgId, { entityType: 'user', entityId: id, order: 'asc' }).then((rows) =>
      rows.filter((r) => r.action.startsWith('user.')),
    );

  it("lists the organisation's users to an admin, without passwords", async () => {
    const response = await admin.get(USERS);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { users: PublicUser[] };
    expect(body).toEqual({
      users: [
        expectedUser({ username: 'admin', displayName: 'Test admin', role: 'admin' }),
        expectedUser({ username: 'economist', displayName: 'Test economist', role: 'economist' }),
        expectedUser({ username: 'member', displayName: 'Test member', role: 'member', memberCode: 'RVN' }),
        expectedUser({ username: 'planner', displayName: 'Test planner', role: 'planner' }),
        expectedUser({ username: 'reader', displayName: 'Test reader', role: 'reader' }),
      ],
    });
    expect(JSON.stringify(body)).not.toMatch(/password|argon2/i);
  });

  it.each(['economist', 'planner', 'reader', 'member'] as Role[])(
    'refuses %s on every users endpoint: 403',
    async (role) => {
      const client = await ctx.login(role);
      const responses = [
        await client.get(USERS),
        await client.post(USERS, { username: 'x', displayName: 'x', password: NEW_PASSWORD, role: 'reader' }),
        await client.patch(`${USERS}/${ctx.users.reader.id}`, { version: 1, displayName: 'x' }),
      ];
      for (const response of responses) {
        expect(response.status).toBe(403);
        expect(await response.json()).toEqual(FORBIDDEN);
      }
    },
  );

  it('answers 401 without a session on every users endpoint', async () => {
    const anonymous = ctx.anonymous();
    for (const response of [
      await anonymous.get(USERS),
      await anonymous.post(USERS, {
        username: 'x',
        displayName: 'x',
        password: NEW_PASSWORD,
        role: 'reader',
      }),
      await anonymous.patch(`${USERS}/${ctx.users.reader.id}`, { version: 1, displayName: 'x' }),
      await anonymous.get('/api/v1/me'),
    ]) {
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual(UNAUTHORIZED);
    }
  });

  it('GET /me shows any logged-in user their own record', async () => {
    for (const role of ['admin', 'member'] as Role[]) {
      const response = await (await ctx.login(role)).get('/api/v1/me');
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        user: {
          id: ctx.users[role].id,
          username: role,
          displayName: `Test ${role}`,
          role,
          memberCode: role === 'member' ? 'RVN' : null,
          disabled: false,
          version: 1,
          createdAt: expect.stringMatching(ISO),
        },
      });
    }
  });

  it('creates a user: 201, argon2id hash stored, an audit row in the same change, and the user can log in', async () => {
    const response = await admin.post(USERS, {
      username: 'anna.berg',
      displayName: ' Anna Berg ',
      password: NEW_PASSWORD,
      role: 'member',
      memberCode: 'RJH',
    });
    expect(response.status).toBe(201);
    const { user } = (await response.json()) as UserBody;
    expect(user).toEqual(
      expectedUser({ username: 'anna.berg', displayName: 'Anna Berg', role: 'member', memberCode: 'RJH' }),
    );
    const row = await ctx.db.db
      .selectFrom('users')
      .select(['org_id', 'password_hash'])
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(row.org_id).toBe(ctx.orgId);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(NEW_PASSWORD);

    expect(await userAudit(user.id)).toEqual([
      {
        id: expect.any(Number),
        at: expect.stringMatching(ISO),
        orgId: ctx.orgId,
        userId: ctx.users.admin.id,
        username: 'admin',
        action: 'user.create',
        entityType: 'user',
        entityId: user.id,
        path: null,
        revision: 1,
        before: null,
        after: user,
      },
    ]);
    const anna = await ctx.loginAs('anna.berg', NEW_PASSWORD);
    expect(((await (await anna.get('/api/v1/me')).json()) as UserBody).user.id).toBe(user.id);
  });

  it.each([
    [{ password: 'too short' }, 'password', 'a password has at least 12 characters'],
    [{ role: 'member' }, 'memberCode', 'the member role needs the member code of its region'],
    [{ role: 'reader', memberCode: 'RVN' }, 'memberCode', 'only the member role has a member code'],
    [
      { role: 'member', memberCode: 'rvn' },
      'memberCode',
      'a member code is capital letters and digits, starting with a letter, e.g. RVN',
    ],
    [
      { username: 'Not Valid' },
      'username',
      'a username is 2–63 lowercase letters, digits, ".", "_" or "-", starting with a letter',
    ],
    [{ role: 'owner' }, 'role', expect.any(String)],
    [{ displayName: '  ' }, 'displayName', expect.any(String)],
    [{ isAdmin: true }, '', expect.stringContaining('isAdmin')],
  ])('refuses an invalid new user %j: 400 naming %s', async (change, path, message) => {
    const response = await admin.post(USERS, {
      username: 'valid-name',
      displayName: 'Valid',
      password: NEW_PASSWORD,
      role: 'reader',
      ...change,
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorJson & { error: { details: { issues: unknown[] } } };
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.details.issues).toEqual([{ path, message }]);
    expect(
      await ctx.db.db.selectFrom('users').select('id').where('username', '=', 'valid-name').execute(),
    ).toEqual([]);
  });

  it('refuses a taken username with 409, also one taken in another organisation', async () => {
    for (const username of ['planner', 'elsewhere']) {
      const response = await admin.post(USERS, {
        username,
        displayName: 'x',
        password: NEW_PASSWORD,
        role: 'reader',
      });
      expect(response.status).toBe(409);
      expect(await response.json()).toEqual({
        error: { code: 'conflict', message: `the username "${username}" is taken; choose another` },
      });
    }
  });

  it('changes a user with the version read: 200, version bumped, before and after audited', async () => {
    const created = await create({
      username: 'bo',
      displayName: 'Bo',
      password: NEW_PASSWORD,
      role: 'reader',
    });
    const response = await admin.patch(`${USERS}/${created.id}`, {
      version: 1,
      displayName: 'Bo Ek',
      role: 'member',
      memberCode: 'RVB',
    });
    expect(response.status).toBe(200);
    const { user } = (await response.json()) as UserBody;
    expect(user).toEqual({ ...created, displayName: 'Bo Ek', role: 'member', memberCode: 'RVB', version: 2 });
    const audit = await userAudit(created.id);
    expect(audit.map((a) => [a.action, a.revision])).toEqual([
      ['user.create', 1],
      ['user.update', 2],
    ]);
    expect(audit[1]).toMatchObject({ username: 'admin', before: created, after: user });

    // Leaving the member role drops the member code.
    const back = await admin.patch(`${USERS}/${created.id}`, { version: 2, role: 'economist' });
    expect(back.status).toBe(200);
    expect(((await back.json()) as UserBody).user).toMatchObject({
      role: 'economist',
      memberCode: null,
      version: 3,
    });
  });

  it('answers a stale version with 409 and the current user, changing nothing', async () => {
    const created = await create({
      username: 'cilla',
      displayName: 'Cilla',
      password: NEW_PASSWORD,
      role: 'planner',
    });
    const first = await admin.patch(`${USERS}/${created.id}`, { version: 1, displayName: 'Cilla A' });
    expect(first.status).toBe(200);
    const current = ((await first.json()) as UserBody).user;
    const stale = await admin.patch(`${USERS}/${created.id}`, { version: 1, displayName: 'Cilla B' });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toEqual({
      error: {
        code: 'conflict',
        message:
          'the user was changed by someone else (now at version 2); reload and apply your change again',
        details: { current },
      },
    });
    expect((await userAudit(created.id)).map((a) => a.action)).toEqual(['user.create', 'user.update']);
  });

  it('lets exactly one of two concurrent writers of the same version win', async () => {
    const created = await create({
      username: 'dan',
      displayName: 'Dan',
      password: NEW_PASSWORD,
      role: 'planner',
    });
    const other = await ctx.login('admin');
    const [a, b] = await Promise.all([
      admin.patch(`${USERS}/${created.id}`, { version: 1, displayName: 'Dan A' }),
      other.patch(`${USERS}/${created.id}`, { version: 1, displayName: 'Dan B' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const audit = await userAudit(created.id);
    expect(audit.map((x) => x.action)).toEqual(['user.create', 'user.update']);
    const winner = ((await (a.status === 200 ? a : b).json()) as UserBody).user;
    expect(audit[1]?.after).toEqual(winner);
  });

  it("changes a password: the new one works, the old one doesn't, the user's sessions end, no hash is audited", async () => {
    const created = await create({
      username: 'eva',
      displayName: 'Eva',
      password: NEW_PASSWORD,
      role: 'reader',
    });
    const eva = await ctx.loginAs('eva', NEW_PASSWORD);
    const response = await admin.patch(`${USERS}/${created.id}`, {
      version: 1,
      password: 'another good password',
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as UserBody).user).toEqual({ ...created, version: 2 });
    expect((await eva.get('/api/v1/me')).status).toBe(401);
    expect(
      (await ctx.anonymous().post('/api/v1/auth/login', { username: 'eva', password: NEW_PASSWORD })).status,
    ).toBe(401);
    await ctx.loginAs('eva', 'another good password');
    const audit = await userAudit(created.id);
    expect(audit[1]?.after).toEqual({ ...created, version: 2, passwordChanged: true });
    expect(JSON.stringify(audit)).not.toMatch(/argon2|another good password/);
  });

  it('disables a user: their sessions end and they cannot log in', async () => {
    const created = await create({
      username: 'fred',
      displayName: 'Fred',
      password: NEW_PASSWORD,
      role: 'reader',
    });
    const fred = await ctx.loginAs('fred', NEW_PASSWORD);
    const response = await admin.patch(`${USERS}/${created.id}`, { version: 1, disabled: true });
    expect(response.status).toBe(200);
    expect(((await response.json()) as UserBody).user).toMatchObject({ disabled: true, version: 2 });
    expect((await fred.get('/api/v1/me')).status).toBe(401);
    const login = await ctx
      .anonymous()
      .post('/api/v1/auth/login', { username: 'fred', password: NEW_PASSWORD });
    expect(login.status).toBe(401);
  });

  it("answers 404 for another organisation's user, an unknown id and a malformed id", async () => {
    for (const id of [otherOrgUserId, '00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const response = await admin.patch(`${USERS}/${id}`, { version: 1, displayName: 'Taken over' });
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({
        error: { code: 'not_found', message: `user ${id} was not found` },
      });
    }
    const other = await ctx.db.db
      .selectFrom('users')
      .select(['display_name', 'version'])
      .where('id', '=', otherOrgUserId)
      .executeTakeFirstOrThrow();
    expect(other).toEqual({ display_name: 'Another organisation', version: 1 });
    const listed = ((await (await admin.get(USERS)).json()) as { users: PublicUser[] }).users;
    expect(listed.some((u) => u.username === 'elsewhere')).toBe(false);
  });

  it('refuses a change that would leave no enabled admin: 409', async () => {
    const me = ((await (await admin.get('/api/v1/me')).json()) as UserBody).user;
    for (const change of [{ disabled: true }, { role: 'reader' }]) {
      const response = await admin.patch(`${USERS}/${me.id}`, { version: me.version, ...change });
      expect(response.status).toBe(409);
      expect(await response.json()).toEqual({
        error: {
          code: 'conflict',
          message: 'the organisation must keep at least one enabled admin; make another user admin first',
        },
      });
    }
  });

  it('refuses a change naming nothing to change, or with an invalid field: 400', async () => {
    const none = await admin.patch(`${USERS}/${ctx.users.reader.id}`, { version: 1 });
    expect(none.status).toBe(400);
    expect(await none.json()).toEqual({
      error: {
        code: 'invalid_request',
        message: 'name at least one of displayName, role, memberCode, disabled or password to change',
      },
    });
    const member = await admin.patch(`${USERS}/${ctx.users.reader.id}`, { version: 1, role: 'member' });
    expect(member.status).toBe(400);
    expect(((await member.json()) as ErrorJson).error.message).toBe(
      'the member role needs the member code of its region',
    );
    const noVersion = await admin.patch(`${USERS}/${ctx.users.reader.id}`, { displayName: 'x' });
    expect(noVersion.status).toBe(400);
    const shortPassword = await admin.patch(`${USERS}/${ctx.users.reader.id}`, {
      version: 1,
      password: 'short',
    });
    expect(shortPassword.status).toBe(400);
  });

  it('logs in the created users with the shared test password hash', async () => {
    const response = await ctx
      .anonymous()
      .post('/api/v1/auth/login', { username: 'reader', password: TEST_PASSWORD });
    expect(response.status).toBe(200);
  });
});
