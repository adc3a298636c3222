// The audit log's filters as the Logg page uses them: who (username), what (action) and
// when (from inclusive, to exclusive), combined, with paging.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDrivers } from '../../db/testing/test-database.ts';
import { createTestContext } from '../testing/test-app.ts';
import type { Client, TestContext } from '../testing/test-app.ts';

type Entry = { id: number; at: string; username: string | null; action: string; entityType: string };

const PASSWORD = 'a password of twelve+';

describe.each(testDrivers())('audit filters on %s', (kind) => {
  let ctx: TestContext;
  let admin: Client;
  let economist: Client;
  /** The time after the first user was created and before the second. */
  let between: string;

  const read = async (client: Client, query: string): Promise<Entry[]> => {
    const response = await client.get(`/api/v1/audit?${query}`);
    expect(response.status).toBe(200);
    return ((await response.json()) as { entries: Entry[] }).entries;
  };

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    admin = await ctx.login('admin');
    economist = await ctx.login('economist');
    const create = async (username: string) => {
      const response = await admin.post('/api/v1/users', {
        username,
        displayName: `Filter ${username}`,
        password: PASSWORD,
        role: 'reader',
      });
      expect(response.status).toBe(201);
    };
    await create('first');
    // Times are kept to the millisecond: keep the two creations apart.
    await new Promise((resolve) => setTimeout(resolve, 20));
    between = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await create('second');
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('filters by what: only the named action', async () => {
    const entries = await read(economist, 'action=user.create');
    expect(entries.map((e) => [e.action, e.username])).toEqual([
      ['user.create', 'admin'],
      ['user.create', 'admin'],
    ]);
    expect(await read(economist, 'action=no.such')).toEqual([]);
  });

  it('filters by who: only that username', async () => {
    const entries = await read(economist, 'username=economist');
    expect(entries.map((e) => [e.username, e.action])).toEqual([['economist', 'auth.login']]);
  });

  it('combines who and what', async () => {
    expect((await read(economist, 'username=admin&action=auth.login')).map((e) => e.action)).toEqual([
      'auth.login',
    ]);
    expect(await read(economist, 'username=economist&action=user.create')).toEqual([]);
  });

  it('filters by when: from is inclusive, to is exclusive', async () => {
    const after = await read(economist, `action=user.create&from=${encodeURIComponent(between)}`);
    expect(after).toHaveLength(1);
    const before = await read(economist, `action=user.create&to=${encodeURIComponent(between)}`);
    expect(before).toHaveLength(1);
    expect(after[0]?.id).toBeGreaterThan(before[0]?.id ?? Infinity);
    // The same instant as both bounds holds nothing.
    const exact = after[0]?.at ?? '';
    expect(await read(economist, `from=${exact}&to=${exact}`)).toEqual([]);
  });

  it('pages with limit and offset, newest first', async () => {
    const all = await read(economist, 'limit=1000');
    // Two logins and two creations so far.
    expect(all.map((e) => e.action)).toEqual(['user.create', 'user.create', 'auth.login', 'auth.login']);
    const page = await read(economist, 'limit=2&offset=1');
    expect(page.map((e) => e.id)).toEqual([all[1]?.id, all[2]?.id]);
  });

  it('refuses a date that is not one, naming the field', async () => {
    const response = await economist.get('/api/v1/audit?from=2026-13-45');
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('from');
  });
});
