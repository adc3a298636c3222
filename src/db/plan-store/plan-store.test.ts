// The plan store on both drivers: seeding, exact money, edits with the audit log,
// optimistic concurrency, immutability of decided versions, revisions and diffs, and
// plan files round-tripping through the database.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPlanDocument } from '../../formats/plan-file/read-plan.ts';
import type { PlanFile } from '../../formats/plan-file/schema.ts';
import { writePlanYaml } from '../../formats/plan-file/write-plan.ts';
import { openTestDatabase, testDrivers } from '../testing/test-database.ts';
import type { TestDb } from '../testing/test-database.ts';
import type { Actor } from './actor.ts';
import { planOf } from './cache.ts';
import { diffDocuments } from './diff.ts';
import { ConflictError, InvalidChangeError } from './errors.ts';
import { seedOrganisation } from './seed.ts';
import { applyEdits } from './update.ts';
import { createPlanVersion, decideVersion, findVersion, reviseVersion } from './versions.ts';

const PLANS_DIR = fileURLToPath(new URL('../../../data/plans/', import.meta.url));
const PLAN_FILES = ['nrf-2018-2020.yaml', 'nrf-2026-2028.yaml'].map((f) => PLANS_DIR + f);
const NRF = { code: 'NRF', name: 'Norra sjukvårdsregionförbundet', kind: 'federation' as const };
const STAFF_2026 = ['budget', 'lines', 1, 'amounts', '2026'];

describe.each(testDrivers())('plan store on %s', (kind) => {
  let db: TestDb;
  let orgId: string;
  let actor: Actor;
  let other: Actor;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    const seed = await seedOrganisation(db, NRF, PLAN_FILES);
    orgId = seed.orgId;
    actor = { orgId, userId: null, username: 'ekonom' };
    other = { orgId, userId: null, username: 'planerare' };
  });
  afterAll(async () => db.dispose());

  const latest = (slug = 'nrf-2026-2028') => findVersion(db.db, orgId, slug, 'latest');
  // The version is read before the transaction: on PGlite the transaction holds the one
  // connection, so reading through db.db inside it would wait for itself.
  const edit = async (
    a: Actor,
    base: number,
    path: (string | number)[],
    value: unknown,
    slug = 'nrf-2026-2028',
  ) => {
    const version = await latest(slug);
    return db.db
      .transaction()
      .execute((trx) => applyEdits(trx, a, slug, version, base, [{ path, value }], 'update'));
  };

  it('seeds the organisation and both plans once; a second start changes nothing', async () => {
    const again = await seedOrganisation(db, NRF, PLAN_FILES);
    expect(again).toEqual({ orgId, createdOrganisation: false, loadedPlans: [] });
    const plans = await db.db
      .selectFrom('plans')
      .select('slug')
      .where('org_id', '=', orgId)
      .orderBy('slug')
      .execute();
    expect(plans.map((p) => p.slug)).toEqual(['nrf-2018-2020', 'nrf-2026-2028']);
    const versions = await db.db
      .selectFrom('plan_versions')
      .select(['number', 'status'])
      .where('org_id', '=', orgId)
      .execute();
    expect(versions).toEqual([
      { number: 1, status: 'draft' },
      { number: 1, status: 'draft' },
    ]);
  });

  it('stores budget amounts as exact bigint öre', async () => {
    const v = await latest();
    const rows = await db.db
      .selectFrom('budget_amounts')
      .select(['line_key', 'year', 'amount_ore'])
      .where('version_id', '=', v.id)
      .where('year', '=', 2026)
      .orderBy('line_key')
      .execute();
    // Seed 2026: Intäkter 44 376, Köpt verksamhet −46 828 tkr (1 tkr = 100 000 öre)
    expect(rows.find((r) => r.line_key === 'revenue')?.amount_ore).toBe(4_437_600_000);
    expect(rows.find((r) => r.line_key === 'purchasedServices')?.amount_ore).toBe(-4_682_800_000);
    const big = await sql<{ v: number }>`select 9007199254740991::bigint as v`.execute(db.db);
    expect(big.rows[0]?.v).toBe(Number.MAX_SAFE_INTEGER);
    await expect(sql`select 9007199254740993::bigint as v`.execute(db.db)).rejects.toThrow(
      'cannot be read exactly',
    );
  });

  it('applies an edit, revalidates, recomputes and writes one audit row in the same transaction', async () => {
    const before = await latest();
    const result = await edit(actor, before.revision, STAFF_2026, -8500);
    expect(result.version.revision).toBe(before.revision + 1);
    expect(result.changed).toEqual([{ path: 'budget.lines[1].amounts.2026', before: -8423, after: -8500 }]);
    // −1 988 − 77 = −2 065 tkr
    const plan = planOf(result.version);
    expect(plan.budget.lines[1]?.amounts.get(2026)).toBe(-850_000_000);
    const audit = await db.db
      .selectFrom('audit_log')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('path', '=', 'budget.lines[1].amounts.2026')
      .execute();
    expect(audit.map((a) => [a.username, a.action, a.revision, a.before, a.after])).toEqual([
      ['ekonom', 'planVersion.update', before.revision + 1, -8423, -8500],
    ]);
  });

  it('refuses the second of two writes to the same figure from the same revision, and keeps the first', async () => {
    const base = (await latest()).revision;
    await edit(actor, base, STAFF_2026, -8600);
    const stale = edit(other, base, STAFF_2026, -8700);
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await stale.catch((error: ConflictError) => {
      expect(error.message).toContain('someone else changed budget.lines[1].amounts.2026');
      expect(error.details).toMatchObject({
        conflicts: [{ path: 'budget.lines[1].amounts.2026', current: -8600, yours: -8700 }],
      });
    });
    expect(planOf(await latest()).budget.lines[1]?.amounts.get(2026)).toBe(-860_000_000);
    const changes = await db.db
      .selectFrom('audit_log')
      .select('after')
      .where('path', '=', 'budget.lines[1].amounts.2026')
      .where('revision', '>', base)
      .execute();
    expect(changes.map((c) => c.after)).toEqual([-8600]);
  });

  it('lets two writers change different figures from the same revision', async () => {
    const base = (await latest()).revision;
    await edit(actor, base, ['budget', 'lines', 3, 'amounts', '2027'], -1500);
    const second = await edit(other, base, ['budget', 'lines', 3, 'amounts', '2028'], -1600);
    expect(second.version.revision).toBe(base + 2);
    const plan = planOf(second.version);
    expect([plan.budget.lines[3]?.amounts.get(2027), plan.budget.lines[3]?.amounts.get(2028)]).toEqual([
      -150_000_000, -160_000_000,
    ]);
  });

  it('never loses an update when two writers race on the same figure', async () => {
    const base = (await latest()).revision;
    const results = await Promise.allSettled([
      edit(actor, base, STAFF_2026, -1),
      edit(other, base, STAFF_2026, -2),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const winner = results.find((r) => r.status === 'fulfilled') as PromiseFulfilledResult<{
      changed: { after: unknown }[];
    }>;
    const stored = planOf(await latest()).budget.lines[1]?.amounts.get(2026);
    expect(stored).toBe((winner.value.changed[0]?.after as number) * 100_000);
    const rows = await db.db
      .selectFrom('audit_log')
      .select('after')
      .where('path', '=', 'budget.lines[1].amounts.2026')
      .where('revision', '>', base)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('refuses a change that would make the plan invalid, naming the path, and stores nothing', async () => {
    const v = await latest();
    const invalid = edit(actor, v.revision, STAFF_2026, 'mycket');
    await expect(invalid).rejects.toBeInstanceOf(InvalidChangeError);
    await invalid.catch((error: InvalidChangeError) =>
      expect(error.issues[0]?.path).toBe('budget.lines[1].amounts.2026'),
    );
    expect((await latest()).revision).toBe(v.revision);
  });

  it('makes a decided version immutable, in the store and in the database itself', async () => {
    const v = await latest('nrf-2018-2020');
    const decided = await db.db
      .transaction()
      .execute((trx) =>
        decideVersion(trx, actor, 'nrf-2018-2020', v, { date: '2017-11-29', paragraph: '§ 45' }, v.revision),
      );
    expect([decided.status, decided.decided_on, decided.decision_paragraph]).toEqual([
      'decided',
      '2017-11-29',
      '§ 45',
    ]);
    await expect(edit(actor, decided.revision, ['title'], 'Ändrad', 'nrf-2018-2020')).rejects.toThrow(
      'is decided (board decision 2017-11-29 § 45) and cannot be changed',
    );
    await expect(
      sql`update plan_versions set document = '{}'::json where id = ${decided.id}`.execute(db.db),
    ).rejects.toThrow('cannot be changed');
    await expect(sql`delete from plan_versions where id = ${decided.id}`.execute(db.db)).rejects.toThrow(
      'cannot be deleted',
    );
    await expect(sql`update audit_log set username = 'x'`.execute(db.db)).rejects.toThrow('append-only');
    await expect(sql`delete from audit_log`.execute(db.db)).rejects.toThrow('append-only');
    await expect(sql`truncate audit_log`.execute(db.db)).rejects.toThrow('append-only');
  });

  it('starts a revision from a decided version and diffs the two', async () => {
    const decided = await latest('nrf-2018-2020');
    const draft = await db.db
      .transaction()
      .execute((trx) => reviseVersion(trx, actor, 'nrf-2018-2020', decided));
    expect([draft.number, draft.status, draft.based_on]).toEqual([2, 'draft', decided.id]);
    const edited = await edit(
      actor,
      draft.revision,
      ['budget', 'result', 'stated', '2018'],
      -185,
      'nrf-2018-2020',
    );
    expect(diffDocuments(decided.document, edited.version.document)).toEqual([
      { path: 'budget.result.stated.2018', kind: 'figure', change: 'changed', before: -186, after: -185 },
    ]);
  });

  it('round-trips a plan file: export, import, export gives the same file', async () => {
    const text = readFileSync(PLAN_FILES[1] as string, 'utf8');
    const { document } = readPlanDocument(text, 'nrf-2026-2028.yaml');
    const row = await db.db
      .transaction()
      .execute((trx) => createPlanVersion(trx, actor, 'roundtrip', document));
    const stored = await findVersion(db.db, orgId, 'roundtrip', String(row.number));
    const first = writePlanYaml(stored.document as PlanFile);
    const reimported = readPlanDocument(first, 'export.yaml').document;
    expect(reimported).toEqual(document);
    const row2 = await db.db
      .transaction()
      .execute((trx) => createPlanVersion(trx, actor, 'roundtrip', reimported));
    expect(
      writePlanYaml((await findVersion(db.db, orgId, 'roundtrip', String(row2.number))).document as PlanFile),
    ).toBe(first);
  });

  it('keeps the stored budget amounts equal to the document after each edit', async () => {
    const slug = 'projection-check';
    const { document } = readPlanDocument(readFileSync(PLAN_FILES[1] ?? '', 'utf8'), 'nrf-2026-2028.yaml');
    await db.db.transaction().execute((trx) => createPlanVersion(trx, actor, slug, document));
    const stored = async () => {
      const v = await latest(slug);
      const rows = await db.db
        .selectFrom('budget_amounts')
        .select(['line_key', 'year', 'amount_ore'])
        .where('version_id', '=', v.id)
        .execute();
      const expected = (v.document as PlanFile).budget.lines.flatMap((l) =>
        Object.entries(l.amounts).map(([year, units]) => ({
          line_key: l.key,
          year: Number(year),
          amount_ore: units * 100_000, // tkr
        })),
      );
      const order = (r: { line_key: string; year: number }) => `${r.line_key} ${r.year}`;
      const sort = <T extends { line_key: string; year: number }>(xs: T[]) =>
        [...xs].sort((a, b) => order(a).localeCompare(order(b)));
      return { rows: sort(rows), expected: sort(expected), revision: v.revision };
    };
    const first = await stored();
    await edit(actor, first.revision, STAFF_2026, -8123, slug);
    const second = await stored();
    expect(second.rows).toEqual(second.expected);
    expect(second.rows).toHaveLength(first.rows.length);
    expect(second.rows).not.toEqual(first.rows);
  });
});
