import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testDrivers } from '../testing/test-database.ts';
import type { TestDb } from '../testing/test-database.ts';
import { appendAudit, listAudit } from './audit.ts';

describe.each(testDrivers())('audit repository on %s', (kind) => {
  let db: TestDb;
  let nrf: string;
  let other: string;
  let ids: number[];

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    const orgs = await db.db
      .insertInto('organisations')
      .values([
        { code: 'NRF', name: 'Norra sjukvårdsregionförbundet', kind: 'federation' },
        { code: 'RVN', name: 'Region Västernorrland', kind: 'region' },
      ])
      .returning('id')
      .execute();
    nrf = orgs[0]?.id ?? '';
    other = orgs[1]?.id ?? '';
    ids = [];
    for (let i = 1; i <= 5; i += 1) {
      // Times are read back to the millisecond: keep the rows' times apart for the time filters.
      await new Promise((resolve) => setTimeout(resolve, 3));
      ids.push(
        await db.db.transaction().execute((trx) =>
          appendAudit(trx, {
            orgId: nrf,
            userId: null,
            username: i % 2 === 0 ? 'anna' : 'bo',
            action: 'budget.update',
            entityType: 'plan_version',
            entityId: i <= 3 ? 'v1' : 'v2',
            path: `lines.staff.${2025 + i}`,
            revision: i,
            before: { amountOre: i * 100 },
            after: { amountOre: i * 100 + 1 },
          }),
        ),
      );
    }
    await appendAudit(db.db, {
      orgId: other,
      userId: null,
      username: 'bo',
      action: 'x',
      entityType: 'plan_version',
      entityId: 'v1',
    });
  });
  afterAll(async () => {
    await db.dispose();
  });

  it('stores and reads back every field, newest first by default', async () => {
    const rows = await listAudit(db.db, nrf);
    expect(rows.map((r) => r.id)).toEqual([...ids].reverse());
    expect(rows[4]).toEqual({
      id: ids[0],
      at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      orgId: nrf,
      userId: null,
      username: 'bo',
      action: 'budget.update',
      entityType: 'plan_version',
      entityId: 'v1',
      path: 'lines.staff.2026',
      revision: 1,
      before: { amountOre: 100 },
      after: { amountOre: 101 },
    });
  });

  it('stores absent before and after as null', async () => {
    const rows = await listAudit(db.db, other);
    expect(rows.map((r) => [r.before, r.after, r.path, r.revision])).toEqual([[null, null, null, null]]);
  });

  it('filters by entity, username, time, and pages', async () => {
    const revisions = async (filters: Parameters<typeof listAudit>[2]) =>
      (await listAudit(db.db, nrf, { order: 'asc', ...filters })).map((r) => r.revision);
    expect(await revisions({ entityType: 'plan_version', entityId: 'v1' })).toEqual([1, 2, 3]);
    expect(await revisions({ username: 'anna' })).toEqual([2, 4]);
    expect(await revisions({ limit: 2, offset: 1 })).toEqual([2, 3]);
    expect(await revisions({ entityType: 'user' })).toEqual([]);
    const all = await listAudit(db.db, nrf, { order: 'asc' });
    const third = all[2]?.at ?? '';
    expect(await revisions({ from: third })).toEqual([3, 4, 5]);
    expect(await revisions({ to: new Date(third) })).toEqual([1, 2]);
  });

  it('is append-only in the database', async () => {
    await expect(sql`update audit_log set action = 'changed'`.execute(db.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(db.db)).rejects.toThrow(/append-only/);
  });
});
