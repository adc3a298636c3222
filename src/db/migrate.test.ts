import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { MigrationError, loadMigrations, migrate, schemaVersion } from './migrate.ts';
import { openDatabase } from './open.ts';
import { openTestDatabase, testDrivers } from './testing/test-database.ts';

function migrationsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'planvis-migrations-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe.each(testDrivers())('migrations on %s', (kind) => {
  it('migrate an empty database to the latest version, and do nothing on a restart', async () => {
    const db = await openTestDatabase(kind, { migrated: false });
    try {
      const all = loadMigrations();
      expect(await migrate(db)).toEqual(all.map((m) => m.version));
      expect(await schemaVersion(db)).toBe(all.length);
      expect(await migrate(db)).toEqual([]);
      const tables = await sql<{
        n: number;
      }>`select count(*)::int as n from information_schema.tables where table_name in ('plan_versions', 'audit_log', 'users') and table_schema = current_schema()`.execute(
        db.db,
      );
      expect(tables.rows[0]?.n).toBe(3);
    } finally {
      await db.dispose();
    }
  });

  it('stop with a plain message when the database is newer than the code', async () => {
    const db = await openTestDatabase(kind);
    try {
      const older = loadMigrations().slice(0, 0);
      await expect(migrate(db, older)).rejects.toThrow(MigrationError);
      await expect(migrate(db, older)).rejects.toThrow(
        /is at schema version [1-9]\d*, but this Planvis knows versions up to 0\. It was written by a newer Planvis: upgrade Planvis/,
      );
    } finally {
      await db.dispose();
    }
  });

  it('roll a failed migration back whole and say what to do', async () => {
    const db = await openTestDatabase(kind, { migrated: false });
    try {
      const dir = migrationsDir({
        '0001_ok.sql': 'create table a (id int primary key);',
        '0002_broken.sql':
          'create table b (id int primary key);\ninsert into a values (1);\nselect * from no_such_table;',
      });
      const failing = migrate(db, loadMigrations(dir));
      await expect(failing).rejects.toThrow(
        /migration 2 \(broken\) failed and was rolled back; the database .* stays at schema version 1\. Reason: .*no_such_table/,
      );
      expect(await schemaVersion(db)).toBe(1);
      const b = await sql<{
        n: number;
      }>`select count(*)::int as n from information_schema.tables where table_name = 'b' and table_schema = current_schema()`.execute(
        db.db,
      );
      expect(b.rows[0]?.n).toBe(0);
      const a = await sql<{ n: number }>`select count(*)::int as n from a`.execute(db.db);
      expect(a.rows[0]?.n).toBe(0);
    } finally {
      await db.dispose();
    }
  });
});

describe('migration files', () => {
  it('must be numbered without gaps', () => {
    expect(() => loadMigrations(migrationsDir({ '0001_a.sql': '', '0003_c.sql': '' }))).toThrow(
      'found 3 at position 2',
    );
    expect(() => loadMigrations(migrationsDir({ '1_a.sql': '' }))).toThrow('must be named NNNN_name.sql');
  });
});

describe('the embedded database', () => {
  it('refuses to open a data directory another live process holds, saying which', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planvis-lock-'));
    const holder = spawn('sleep', ['30']);
    try {
      writeFileSync(
        join(dir, 'planvis.lock'),
        JSON.stringify({
          pid: holder.pid,
          purpose: 'planvis serve on port 3000',
          since: '2026-11-22T10:00:00Z',
        }),
      );
      await expect(openDatabase({ dataDir: dir })).rejects.toThrow(
        `the embedded database in ${dir} is in use by another Planvis process (pid ${holder.pid}, planvis serve on port 3000 since 2026-11-22T10:00:00Z)`,
      );
    } finally {
      holder.kill();
    }
  });

  it('keeps its data across a restart, and a second process is told plainly that it is in use', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planvis-restart-'));
    const first = await openDatabase({ dataDir: dir, purpose: 'first test process' });
    await migrate(first);
    await sql`insert into organisations (code, name, kind) values ('X', 'x', 'region')`.execute(first.db);
    await first.close();
    const second = await openDatabase({ dataDir: dir });
    try {
      expect(await migrate(second)).toEqual([]);
      const rows = await sql<{ code: string }>`select code from organisations`.execute(second.db);
      expect(rows.rows).toEqual([{ code: 'X' }]);
    } finally {
      await second.close();
    }
  });
});
