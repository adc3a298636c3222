// The matrix entries for the service's public routes (/healthz, /api/v1/openapi.json), the
// session (/api/v1/auth/*), users (/api/v1/me, /api/v1/users) and /api/v1/organisation.
import type { Endpoint } from './matrix.ts';
import { everyone, get, only } from './matrix.ts';

export const AUTH_USERS_ENDPOINTS: readonly Endpoint[] = [
  {
    method: 'GET',
    route: '/healthz',
    prepare: get('/healthz'),
    expect: { ...everyone(200), anonymous: 200 },
  },
  {
    method: 'GET',
    route: '/api/v1/openapi.json',
    prepare: get('/api/v1/openapi.json'),
    expect: { ...everyone(200), anonymous: 200 },
  },
  {
    method: 'POST',
    route: '/api/v1/auth/login',
    prepare: async (_ctx, caller) => ({
      path: '/api/v1/auth/login',
      body: {
        username: caller === 'anonymous' ? 'reader' : caller,
        password: 'correct horse battery staple',
      },
    }),
    expect: { ...everyone(200), anonymous: 200 },
  },
  {
    method: 'GET',
    route: '/api/v1/auth/session',
    prepare: get('/api/v1/auth/session'),
    expect: everyone(200),
  },
  {
    method: 'POST',
    route: '/api/v1/auth/logout',
    prepare: async () => ({ path: '/api/v1/auth/logout' }),
    expect: everyone(204),
  },
  { method: 'GET', route: '/api/v1/me', prepare: get('/api/v1/me'), expect: everyone(200) },
  { method: 'GET', route: '/api/v1/users', prepare: get('/api/v1/users'), expect: only(200, ['admin']) },
  {
    method: 'POST',
    route: '/api/v1/users',
    prepare: async (_ctx, caller) => ({
      path: '/api/v1/users',
      body: {
        username: `ny-${caller}`,
        displayName: 'Ny',
        password: 'a long enough password',
        role: 'reader',
      },
    }),
    expect: only(201, ['admin']),
  },
  {
    method: 'PATCH',
    route: '/api/v1/users/{id}',
    prepare: async (ctx) => {
      const row = await ctx.db.db
        .selectFrom('users')
        .select(['id', 'version'])
        .where('username', '=', 'reader')
        .executeTakeFirstOrThrow();
      return { path: `/api/v1/users/${row.id}`, body: { version: row.version, displayName: 'Läsare' } };
    },
    expect: only(200, ['admin']),
  },
  {
    method: 'GET',
    route: '/api/v1/organisation',
    prepare: get('/api/v1/organisation'),
    expect: everyone(200),
  },
];
