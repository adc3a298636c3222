import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../db/repos/audit.ts';
import { openTestDatabase, testDrivers } from '../../db/testing/test-database.ts';
import type { TestDb } from '../../db/testing/test-database.ts';
import { createApp } from '../app.ts';
import { ensureFirstAdmin } from './first-admin.ts';

const log = pino({ level: 'silent' });

describe.each(testDrivers())('first admin on %s', (kind) => {
  let db: TestDb;
  let orgId: string;
  let dataDir: string;

  beforeEach(async () => {
    db = await openTestDatabase(kind);
    orgId = (
      await db.db
        .insertInto('organisations')
        .values({ code: 'NRF', name: 'Norra sjukvårdsregionförbundet', kind: 'federation' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    dataDir = mkdtempSync(join(tmpdir(), 'planvis-first-admin-'));
  });
  afterEach(async () => {
    await db.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const loginStatus = async (password: string) => {
    const app = createApp({ db, logger: log, secureCookies: false });
    const response = await app.request('/api/v1/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password }),
    });
    return response.status;
  };
  const admins = () =>
    db.db
      .selectFrom('users')
      .select(['username', 'role', 'password_hash'])
      .where('org_id', '=', orgId)
      .execute();

  it('creates admin with a generated password, stored for the owner only (0600), once', async () => {
    const result = await ensureFirstAdmin(db.db, orgId, { dataDir, log });
    const file = join(dataDir, 'admin-password.txt');
    expect(result).toEqual({
      created: true,
      userId: expect.any(String),
      username: 'admin',
      generatedPassword: expect.stringMatching(/^[A-Za-z0-9_-]{20}$/),
      passwordFile: file,
    });
    const password = result.created ? (result.generatedPassword ?? '') : '';
    expect(readFileSync(file, 'utf8')).toBe(`${password}\n`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const rows = await admins();
    expect(rows.map((r) => [r.username, r.role])).toEqual([['admin', 'admin']]);
    expect(rows[0]?.password_hash).toMatch(/^\$argon2id\$/);
    expect(await loginStatus(password)).toBe(200);

    const audit = await listAudit(db.db, orgId, { entityType: 'user', order: 'asc' });
    expect(audit.map((a) => [a.action, a.userId, a.username])).toEqual([
      ['user.create', null, null],
      ['auth.login', result.created ? result.userId : '', 'admin'],
    ]);

    // A second start changes nothing: no new user, same password, same file.
    expect(
      await ensureFirstAdmin(db.db, orgId, { dataDir, log, adminPassword: 'another password here' }),
    ).toEqual({
      created: false,
    });
    expect((await admins()).map((r) => r.password_hash)).toEqual(rows.map((r) => r.password_hash));
    expect(readFileSync(file, 'utf8')).toBe(`${password}\n`);
    expect(await loginStatus(password)).toBe(200);
    expect(await listAudit(db.db, orgId, { entityType: 'user', action: 'user.create' })).toHaveLength(1);
  });

  it('uses PLANVIS_ADMIN_PASSWORD when given, and writes no password file', async () => {
    const result = await ensureFirstAdmin(db.db, orgId, {
      dataDir,
      log,
      adminPassword: 'the operator chose this',
    });
    expect(result).toEqual({
      created: true,
      userId: expect.any(String),
      username: 'admin',
      generatedPassword: null,
      passwordFile: null,
    });
    expect(existsSync(join(dataDir, 'admin-password.txt'))).toBe(false);
    expect(await loginStatus('the operator chose this')).toBe(200);
    expect(await loginStatus('wrong password')).toBe(401);
  });

  it('treats an empty PLANVIS_ADMIN_PASSWORD as absent', async () => {
    const result = await ensureFirstAdmin(db.db, orgId, { dataDir, log, adminPassword: '' });
    expect(result.created && result.generatedPassword).toMatch(/^[A-Za-z0-9_-]{20}$/);
  });

  it('tightens an existing password file to 0600', async () => {
    const file = join(dataDir, 'admin-password.txt');
    writeFileSync(file, 'old\n', { mode: 0o644 });
    await ensureFirstAdmin(db.db, orgId, { dataDir, log });
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});
