// Users of the organisation: admins list, create and change them; everyone reads
// themselves (issue 3, "Users and roles"). Passwords are never returned, every change
// writes an audit row in the same transaction, and another organisation's user is 404.
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { appendAudit, auditActor } from '../../db/repos/audit.ts';
import { deleteUserSessions } from '../../db/repos/sessions.ts';
import {
  countActiveAdmins,
  findUser,
  insertUser,
  listUsers,
  toPublicUser,
  updateUser,
  usernameTaken,
} from '../../db/repos/users.ts';
import type { PublicUser, UserChanges } from '../../db/repos/users.ts';
import type { Role } from '../../db/schema.ts';
import { errorResponse, SESSION_SECURITY } from '../auth/routes.ts';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../auth/passwords.ts';
import { authorize } from '../auth/middleware.ts';
import { requirePermission, requireUser } from '../auth/require.ts';
import type { AppEnv } from '../context.ts';
import { badRequest, conflict, notFound } from '../errors.ts';
import type { ApiError } from '../errors.ts';

const RoleSchema = z.enum(['admin', 'economist', 'planner', 'reader', 'member']).openapi('Role');
// For now any code of this form; the members of the organisation will be checked later.
const MemberCodeSchema = z
  .string()
  .max(20)
  .regex(/^[A-Z][A-Z0-9]*$/, 'a member code is capital letters and digits, starting with a letter, e.g. RVN');
const PasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `a password has at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(1000);
const DisplayNameSchema = z.string().trim().min(1).max(200);

const UserSchema = z
  .object({
    id: z.string().uuid(),
    username: z.string(),
    displayName: z.string(),
    role: RoleSchema,
    memberCode: z.string().nullable().openapi({ description: 'The member region, for the member role only' }),
    disabled: z.boolean(),
    version: z.number().int().openapi({ description: 'Send it back when changing the user' }),
    createdAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('User');

const CreateUserSchema = z
  .strictObject({
    username: z
      .string()
      .regex(
        /^[a-z][a-z0-9._-]{1,62}$/,
        'a username is 2–63 lowercase letters, digits, ".", "_" or "-", starting with a letter',
      ),
    displayName: DisplayNameSchema,
    password: PasswordSchema,
    role: RoleSchema,
    memberCode: MemberCodeSchema.nullable()
      .optional()
      .openapi({ description: 'Required for the member role' }),
  })
  .superRefine((body, ctx) => {
    const problem = memberCodeProblem(body.role, body.memberCode ?? null);
    if (problem) ctx.addIssue({ code: 'custom', path: ['memberCode'], message: problem });
  })
  .openapi('CreateUser');

const UpdateUserSchema = z
  .strictObject({
    version: z.number().int().min(1).openapi({ description: 'The version you read; a stale one gets 409' }),
    displayName: DisplayNameSchema.optional(),
    role: RoleSchema.optional(),
    memberCode: MemberCodeSchema.nullable().optional(),
    disabled: z.boolean().optional(),
    password: PasswordSchema.optional(),
  })
  .openapi('UpdateUser');

const IdParam = z.object({
  id: z
    .string()
    .openapi({ param: { name: 'id', in: 'path' }, example: '7d1c3f0e-4a6b-4c2d-9e8f-0a1b2c3d4e5f' }),
});

const security = SESSION_SECURITY;
const userJson = (description: string) => ({
  description,
  content: { 'application/json': { schema: z.object({ user: UserSchema }) } },
});

const listRoute = createRoute({
  method: 'get',
  path: '/api/v1/users',
  tags: ['users'],
  summary: "The organisation's users (admin)",
  security,
  middleware: [authorize('users:manage')] as const,
  responses: {
    200: {
      description: 'Users by username',
      content: { 'application/json': { schema: z.object({ users: z.array(UserSchema) }) } },
    },
    401: errorResponse('Not logged in'),
    403: errorResponse('Not an admin'),
  },
});

const createUserRoute = createRoute({
  method: 'post',
  path: '/api/v1/users',
  tags: ['users'],
  summary: 'Create a user (admin)',
  security,
  middleware: [authorize('users:manage')] as const,
  request: { body: { required: true, content: { 'application/json': { schema: CreateUserSchema } } } },
  responses: {
    201: userJson('Created'),
    400: errorResponse('Invalid body'),
    401: errorResponse('Not logged in'),
    403: errorResponse('Not an admin, or CSRF token missing or wrong'),
    409: errorResponse('The username is taken'),
  },
});

const updateUserRoute = createRoute({
  method: 'patch',
  path: '/api/v1/users/{id}',
  tags: ['users'],
  summary: 'Change a user (admin)',
  description:
    'Changing the password or disabling the user ends their sessions. The organisation keeps at least one enabled admin.',
  security,
  middleware: [authorize('users:manage')] as const,
  request: {
    params: IdParam,
    body: { required: true, content: { 'application/json': { schema: UpdateUserSchema } } },
  },
  responses: {
    200: userJson('Changed'),
    400: errorResponse('Invalid body'),
    401: errorResponse('Not logged in'),
    403: errorResponse('Not an admin, or CSRF token missing or wrong'),
    404: errorResponse('No such user in your organisation'),
    409: errorResponse('Stale version (details.current is the user now), or the last enabled admin'),
  },
});

const meRoute = createRoute({
  method: 'get',
  path: '/api/v1/me',
  tags: ['users'],
  summary: 'The logged-in user',
  security,
  middleware: [authorize()] as const,
  responses: { 200: userJson('You'), 401: errorResponse('Not logged in') },
});

/** Why this role and member code do not go together, or null when they do (the users table checks the same). */
function memberCodeProblem(role: Role, memberCode: string | null): string | null {
  if (role === 'member' && memberCode === null) return 'the member role needs the member code of its region';
  if (role !== 'member' && memberCode !== null) return 'only the member role has a member code';
  return null;
}

const staleVersion = (current: PublicUser) =>
  conflict(
    `the user was changed by someone else (now at version ${current.version}); reload and apply your change again`,
    { current },
  );

export function registerUserRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(listRoute, async (c) => {
    const admin = requirePermission(c, 'users:manage');
    const rows = await listUsers(c.get('deps').db.db, admin.orgId);
    return c.json({ users: rows.map(toPublicUser) }, 200);
  });

  app.openapi(createUserRoute, async (c) => {
    const admin = requirePermission(c, 'users:manage');
    const body = c.req.valid('json');
    // Hash outside the transaction: it takes tens of milliseconds and holds no lock.
    const passwordHash = await hashPassword(body.password);
    const created = await c
      .get('deps')
      .db.db.transaction()
      .execute(async (trx) => {
        if (await usernameTaken(trx, body.username)) throw usernameConflict(body.username);
        const row = await insertUser(trx, {
          orgId: admin.orgId,
          username: body.username,
          displayName: body.displayName,
          passwordHash,
          role: body.role,
          memberCode: body.memberCode ?? null,
        }).catch((error: unknown) => {
          // Two admins creating the same username at once: the unique index decides.
          if ((error as { code?: string }).code === '23505') throw usernameConflict(body.username);
          throw error;
        });
        const user = toPublicUser(row);
        await appendAudit(trx, {
          ...auditActor(admin),
          action: 'user.create',
          entityType: 'user',
          entityId: user.id,
          revision: user.version,
          after: user,
        });
        return user;
      });
    return c.json({ user: created }, 201);
  });

  app.openapi(updateUserRoute, async (c) => {
    const admin = requirePermission(c, 'users:manage');
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const { version, password, ...fields } = body;
    if (Object.keys(fields).length === 0 && password === undefined) {
      throw badRequest('name at least one of displayName, role, memberCode, disabled or password to change');
    }
    const passwordHash = password === undefined ? undefined : await hashPassword(password);
    const db = c.get('deps').db.db;

    const updated = await db.transaction().execute(async (trx) => {
      const existing = await findUser(trx, admin.orgId, id);
      if (!existing) throw notFound(`user ${id}`);
      const before = toPublicUser(existing);
      if (existing.version !== version) throw staleVersion(before);

      const role = fields.role ?? existing.role;
      // Leaving the member role drops the member code unless the request says otherwise.
      const memberCode =
        fields.memberCode !== undefined ? fields.memberCode : role === 'member' ? existing.member_code : null;
      const problem = memberCodeProblem(role, memberCode);
      if (problem) throw badRequest(problem, { issues: [{ path: 'memberCode', message: problem }] });

      const disabled = fields.disabled ?? existing.disabled;
      const staysActiveAdmin = role === 'admin' && !disabled;
      if (existing.role === 'admin' && !existing.disabled && !staysActiveAdmin) {
        if ((await countActiveAdmins(trx, admin.orgId)) <= 1) {
          throw conflict(
            'the organisation must keep at least one enabled admin; make another user admin first',
          );
        }
      }

      const changes: UserChanges = {
        ...(fields.displayName === undefined ? {} : { displayName: fields.displayName }),
        ...(fields.role === undefined ? {} : { role }),
        ...(memberCode === existing.member_code ? {} : { memberCode }),
        ...(fields.disabled === undefined ? {} : { disabled }),
        ...(passwordHash === undefined ? {} : { passwordHash }),
      };
      const row = await updateUser(trx, admin.orgId, id, version, changes);
      if (!row) {
        // Changed between our read and our write.
        const current = await findUser(trx, admin.orgId, id);
        throw current ? staleVersion(toPublicUser(current)) : notFound(`user ${id}`);
      }
      const after = toPublicUser(row);
      if (passwordHash !== undefined || (after.disabled && !before.disabled)) {
        // A new password or a disabled account ends the user's other sessions.
        await deleteUserSessions(trx, admin.orgId, id, id === admin.userId ? admin.sessionId : undefined);
      }
      await appendAudit(trx, {
        ...auditActor(admin),
        action: 'user.update',
        entityType: 'user',
        entityId: id,
        revision: after.version,
        before,
        after: passwordHash === undefined ? after : { ...after, passwordChanged: true },
      });
      return after;
    });
    return c.json({ user: updated }, 200);
  });

  app.openapi(meRoute, async (c) => {
    const me = requireUser(c);
    const row = await findUser(c.get('deps').db.db, me.orgId, me.userId);
    if (!row) throw notFound('your user');
    return c.json({ user: toPublicUser(row) }, 200);
  });
}

function usernameConflict(username: string): ApiError {
  return conflict(`the username "${username}" is taken; choose another`);
}
