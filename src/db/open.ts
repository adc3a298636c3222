// Opens the database: embedded PGlite in the data directory by default, or a PostgreSQL
// server when DATABASE_URL is set (ARCHITECTURE.md, "PostgreSQL is the database").
// Both get the same migrations and hand bigint (money in öre) back as exact integers.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import type { Transaction } from 'kysely';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { INT8_OID, parseInt8Exact } from './int8.ts';
import { lockDataDir } from './lock.ts';
import { PGliteDialect } from './pglite-dialect.ts';
import type { Database } from './schema.ts';

const DATE_OID = 1082;

export type DatabaseKind = 'pglite' | 'postgres';

/**
 * Sends `data` (COPY text format, whole lines) to a `COPY … FROM STDIN` statement on the
 * transaction's own connection; resolves to the rows loaded.
 */
export type CopyIn = (
  statement: string,
  data: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>,
) => Promise<number>;

export type Db = {
  kind: DatabaseKind;
  db: Kysely<Database>;
  /**
   * PostgreSQL server only: a transaction whose connection also takes COPY … FROM STDIN,
   * for bulk loads (the SIE import). PGlite has none: callers fall back to INSERTs.
   */
  copyTransaction?: <T>(work: (trx: Transaction<Database>, copyIn: CopyIn) => Promise<T>) => Promise<T>;
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

/**
 * Runs `work` in a transaction of a Kysely instance pinned to one pooled connection, so
 * its queries and the COPY streams share one session and commit or roll back together.
 */
async function copyTransaction<T>(
  pool: pg.Pool,
  work: (trx: Transaction<Database>, copyIn: CopyIn) => Promise<T>,
): Promise<T> {
  let client: pg.PoolClient | null = null;
  // Kysely takes the connection once for the transaction and releases it to the pool after.
  const pinned = new Kysely<Database>({
    dialect: new PostgresDialect({
      pool: { connect: async () => (client = await pool.connect()), end: async () => undefined },
    }),
  });
  const copyIn: CopyIn = async (statement, data) => {
    if (client === null) throw new Error('COPY outside its transaction');
    const stream = client.query(copyFrom(statement));
    await pipeline(Readable.from(data), stream);
    return stream.rowCount;
  };
  try {
    return await pinned.transaction().execute((trx) => work(trx, copyIn));
  } finally {
    await pinned.destroy();
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
    copyTransaction: (work) => copyTransaction(pool, work),
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
