// Opens the database: embedded PGlite in the data directory by default, or a PostgreSQL
// server when DATABASE_URL is set (ARCHITECTURE.md, "PostgreSQL is the database").
// Both get the same migrations and hand bigint (money in öre) back as exact integers.
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { INT8_OID, parseInt8Exact } from './int8.ts';
import { lockDataDir } from './lock.ts';
import { PGliteDialect } from './pglite-dialect.ts';
import type { Database } from './schema.ts';

const DATE_OID = 1082;

export type DatabaseKind = 'pglite' | 'postgres';

export type Db = {
  kind: DatabaseKind;
  db: Kysely<Database>;
  /** Runs a multi-statement SQL script in one transaction (for migrations). */
  runScript: (sql: string) => Promise<void>;
  /** Where the data lives, for messages: a directory, "memory" or the server without password. */
  location: string;
  close: () => Promise<void>;
};

export type OpenOptions = {
  /** postgres://… — use a PostgreSQL server. */
  databaseUrl?: string | undefined;
  /** The data directory for embedded PGlite; absent (with no URL) means in memory. */
  dataDir?: string | undefined;
  /** A schema on the server to work in (tests use one each); created if missing. */
  schema?: string | undefined;
  /** Why this process opens the embedded database, shown to others that find it held. */
  purpose?: string;
};

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'the DATABASE_URL server';
  }
}

async function openPostgres(url: string, schema: string | undefined): Promise<Db> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        if (oid === INT8_OID) return parseInt8Exact;
        if (oid === DATE_OID) return (text: string) => text;
        return pg.types.getTypeParser(oid, format);
      }) as typeof pg.types.getTypeParser,
    },
  });
  if (schema) await pool.query(`create schema if not exists "${schema.replace(/"/g, '')}"`);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: 'postgres',
    db,
    location: redact(url) + (schema ? ` (schema ${schema})` : ''),
    runScript: async (script) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        await client.query(script);
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => db.destroy(),
  };
}

async function openPGlite(dataDir: string | undefined, purpose: string): Promise<Db> {
  const unlock = dataDir ? lockDataDir(dataDir, purpose) : () => undefined;
  try {
    // Options must come as the one argument: as a second argument PGlite ignores the parsers.
    const pglite = new PGlite({
      ...(dataDir ? { dataDir: `${dataDir}/pgdata` } : {}),
      parsers: { [INT8_OID]: parseInt8Exact, [DATE_OID]: (text: string) => text },
    });
    await pglite.waitReady;
    const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
    return {
      kind: 'pglite',
      db,
      location: dataDir ?? 'memory',
      runScript: async (script) => {
        await pglite.transaction(async (tx) => {
          await tx.exec(script);
        });
      },
      close: async () => {
        await db.destroy();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}

export async function openDatabase(options: OpenOptions): Promise<Db> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.schema)
    : openPGlite(options.dataDir, options.purpose ?? 'planvis');
}
