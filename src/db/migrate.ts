// Forward-only SQL migrations (migrations/NNNN_name.sql), applied at start in order,
// each in its own transaction. The database records its schema version; a database
// newer than this code, or a migration that fails, stops start-up with a plain message.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Db } from './open.ts';

export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export type Migration = { version: number; name: string; sql: string };

export class MigrationError extends Error {}

export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((file) => {
      const m = /^(\d{4})_([a-z0-9_]+)\.sql$/.exec(file);
      if (!m) throw new MigrationError(`migration file "${file}" must be named NNNN_name.sql`);
      return { version: Number(m[1]), name: m[2] ?? file, sql: readFileSync(join(dir, file), 'utf8') };
    });
  migrations.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new MigrationError(
        `migrations must be numbered 1, 2, 3 … without gaps; found ${m.version} at position ${i + 1}`,
      );
  });
  return migrations;
}

export async function schemaVersion(db: Db): Promise<number> {
  await sql`create table if not exists planvis_schema (
    version integer primary key,
    name text not null,
    applied_at timestamptz not null default now()
  )`.execute(db.db);
  const row = await sql<{
    version: number | null;
  }>`select max(version) as version from planvis_schema`.execute(db.db);
  return row.rows[0]?.version ?? 0;
}

/** Brings the database up to date; returns the versions applied. */
export async function migrate(db: Db, migrations = loadMigrations()): Promise<number[]> {
  const current = await schemaVersion(db);
  const latest = migrations.length;
  if (current > latest) {
    throw new MigrationError(
      `the database (${db.location}) is at schema version ${current}, but this Planvis knows versions up to ${latest}. ` +
        'It was written by a newer Planvis: upgrade Planvis, or point PLANVIS_DATA_DIR or DATABASE_URL at another database.',
    );
  }
  const applied: number[] = [];
  for (const m of migrations.slice(current)) {
    const record = `insert into planvis_schema (version, name) values (${m.version}, '${m.name}');`;
    try {
      // The advisory lock keeps two processes from migrating one server at once.
      await db.runScript(`select pg_advisory_xact_lock(7411001);\n${m.sql}\n;${record}`);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (/duplicate key value.*planvis_schema/.test(reason)) continue; // another process applied it
      throw new MigrationError(
        `migration ${m.version} (${m.name}) failed and was rolled back; the database (${db.location}) stays at schema version ${m.version - 1}. ` +
          `Reason: ${reason}. Nothing was changed by this migration; fix the cause (or restore a backup) and start again.`,
      );
    }
    applied.push(m.version);
  }
  return applied;
}
