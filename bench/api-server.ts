// The real Planvis server for the API benchmarks: the database prepared as `planvis serve`
// prepares it (migrations, organisation NRF with the bundled plans, the first admin), the
// same createApp, listening on an ephemeral port, and a logged-in admin session.
// PostgreSQL gets a fresh schema that is dropped again; PGlite a temporary data directory
// that is removed again.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import type { ServerType } from '@hono/node-server';
import { sql } from 'kysely';
import pino from 'pino';
import type { Logger } from 'pino';
import { createApp } from '../src/api/app.ts';
import { ensureFirstAdmin, FIRST_ADMIN_USERNAME } from '../src/api/auth/first-admin.ts';
import { SESSION_COOKIE } from '../src/api/auth/middleware.ts';
import { FIRST_ORGANISATION } from '../src/cli/shared/database.ts';
import { bundledPlanFiles } from '../src/cli/shared/plan-source.ts';
import { migrate } from '../src/db/migrate.ts';
import { openDatabase } from '../src/db/open.ts';
import type { Db, DatabaseKind } from '../src/db/open.ts';
import { seedOrganisation } from '../src/db/plan-store/seed.ts';

export type BenchSession = { token: string; csrfToken: string; cookie: string };

export type BenchServer = {
  driver: DatabaseKind;
  /** http://127.0.0.1:<port> */
  origin: string;
  /** Where the data lives, for the report (no password). */
  location: string;
  session: BenchSession;
  close: () => Promise<void>;
};

export type BenchServerOptions = {
  driver: DatabaseKind;
  /** For driver "postgres": the server; a fresh schema is made in it and dropped on close. */
  databaseUrl?: string;
  /**
   * The request log. `planvis serve` logs every request at info level to stdout; here it
   * goes to /dev/null by default, so the cost of building and writing each line is
   * measured without flooding the terminal.
   */
  logger?: Logger;
};

/** Cleanups run in reverse order, each even if an earlier one failed. */
class Cleanups {
  readonly #steps: (() => Promise<void> | void)[] = [];

  add(step: () => Promise<void> | void): void {
    this.#steps.push(step);
  }

  async run(): Promise<void> {
    const errors: unknown[] = [];
    for (const step of this.#steps.splice(0).reverse()) {
      try {
        await step();
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length > 0) throw new AggregateError(errors, 'closing the benchmark server failed');
  }
}

export function requestLogger(): Logger {
  return pino({ level: 'info' }, pino.destination({ dest: '/dev/null', sync: true }));
}

async function openBenchDatabase(options: BenchServerOptions, dataDir: string, cleanups: Cleanups) {
  if (options.driver === 'postgres') {
    if (!options.databaseUrl) throw new Error('the postgres driver needs a databaseUrl');
    const schema = `planvis_bench_${process.pid}_${Date.now()}`;
    const db = await openDatabase({ databaseUrl: options.databaseUrl, schema });
    cleanups.add(async () => {
      try {
        await sql.raw(`drop schema if exists ${schema} cascade`).execute(db.db);
      } finally {
        await db.close();
      }
    });
    return db;
  }
  const db = await openDatabase({ dataDir, purpose: 'npm run bench' });
  cleanups.add(() => db.close());
  return db;
}

function listen(db: Db, logger: Logger): Promise<{ server: ServerType; origin: string }> {
  const app = createApp({ db, logger, secureCookies: false });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    server.once('error', reject);
    server.once('listening', () => {
      const address = server.address();
      if (typeof address !== 'object' || address === null) {
        reject(new Error('the benchmark server has no TCP address'));
        return;
      }
      resolve({ server, origin: `http://127.0.0.1:${address.port}` });
    });
  });
}

function closeServer(server: ServerType): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    // Keep-alive sockets left by the load generator would hold close() open.
    if ('closeAllConnections' in server) server.closeAllConnections();
  });
}

export async function logIn(origin: string, username: string, password: string): Promise<BenchSession> {
  const response = await fetch(`${origin}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) {
    throw new Error(`benchmark login failed: ${response.status} ${await response.text()}`);
  }
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const prefix = `${SESSION_COOKIE}=`;
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith(prefix));
  const token = cookie?.slice(prefix.length).split(';')[0];
  if (!token) throw new Error(`benchmark login set no ${SESSION_COOKIE} cookie`);
  return { token, csrfToken, cookie: `${SESSION_COOKIE}=${token}` };
}

export async function startBenchServer(options: BenchServerOptions): Promise<BenchServer> {
  const cleanups = new Cleanups();
  const dataDir = mkdtempSync(join(tmpdir(), 'planvis-bench-'));
  cleanups.add(() => rmSync(dataDir, { recursive: true, force: true }));
  try {
    const logger = options.logger ?? requestLogger();
    const db = await openBenchDatabase(options, dataDir, cleanups);
    await migrate(db);
    const seed = await seedOrganisation(db, FIRST_ORGANISATION, bundledPlanFiles());
    const password = randomBytes(24).toString('base64url');
    await ensureFirstAdmin(db.db, seed.orgId, { dataDir, adminPassword: password, log: logger });
    const { server, origin } = await listen(db, logger);
    cleanups.add(() => closeServer(server));
    const session = await logIn(origin, FIRST_ADMIN_USERNAME, password);
    return { driver: options.driver, origin, location: db.location, session, close: () => cleanups.run() };
  } catch (error) {
    await cleanups.run().catch(() => undefined);
    throw error;
  }
}
