// Databases for integration tests: a fresh, migrated embedded PGlite always, and a fresh
// schema on the PostgreSQL server when TEST_DATABASE_URL is set. Initialising PGlite
// takes seconds, so a migrated template directory is made once per run and copied.
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { migrate } from '../migrate.ts';
import { openDatabase } from '../open.ts';
import type { Db, DatabaseKind } from '../open.ts';

export const TEMPLATE_DIR = join(
  tmpdir(),
  `planvis-test-template-${process.env.PLANVIS_TEST_RUN ?? 'local'}`,
);

/** Creates the migrated PGlite template (vitest global setup calls this once). */
export async function prepareTemplate(dir = TEMPLATE_DIR): Promise<void> {
  rmSync(dir, { recursive: true, force: true });
  const db = await openDatabase({ dataDir: dir, purpose: 'test template' });
  await migrate(db);
  await db.close();
  writeFileSync(join(dir, 'ready'), '');
}

/** The drivers integration tests run on: PGlite always, the server when configured. */
export function testDrivers(): DatabaseKind[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

export type TestDb = Db & { dispose: () => Promise<void> };

export async function openTestDatabase(
  kind: DatabaseKind,
  options: { migrated?: boolean } = {},
): Promise<TestDb> {
  const migrated = options.migrated ?? true;
  if (kind === 'postgres') {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('TEST_DATABASE_URL is not set');
    const schema = `planvis_test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
    const db = await openDatabase({ databaseUrl: url, schema });
    if (migrated) await migrate(db);
    return {
      ...db,
      dispose: async () => {
        await sql.raw(`drop schema if exists ${schema} cascade`).execute(db.db);
        await db.close();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'planvis-test-'));
  if (migrated) {
    if (!existsSync(join(TEMPLATE_DIR, 'ready'))) await prepareTemplate();
    cpSync(TEMPLATE_DIR, dir, { recursive: true });
    rmSync(join(dir, 'planvis.lock'), { force: true });
    rmSync(join(dir, 'ready'), { force: true });
  }
  const db = await openDatabase({ dataDir: dir, purpose: 'test' });
  if (migrated) await migrate(db);
  return {
    ...db,
    dispose: async () => {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
