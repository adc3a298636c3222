// planvis serve — the web app and the API on PORT (default 3000) with the database prepared as every
// command prepares it; shuts down cleanly on SIGTERM/SIGINT (in-flight requests finish,
// then the database closes).
import { serve } from '@hono/node-server';
import type { Command } from 'commander';
import pino from 'pino';
import { createApp } from '../../api/app.ts';
import { mountWebApp, WEB_DIST_DIR, webAppBuilt } from '../../api/web-app.ts';
import { ensureFirstAdmin } from '../../api/auth/first-admin.ts';
import { EXIT, UsageError } from '../shared/io.ts';
import type { ExitCode, Io } from '../shared/io.ts';
import { databaseConfig, prepareDatabase } from '../shared/database.ts';

export type ServeOptions = { port?: string; host?: string };

export async function runServe(options: ServeOptions, io: Io): Promise<ExitCode> {
  const port = Number(options.port ?? process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`PORT must be a port number, found "${options.port ?? process.env.PORT}"`);
  const host = options.host ?? process.env.HOST ?? '127.0.0.1';
  const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });
  const config = databaseConfig();
  const { db, seed, migrated } = await prepareDatabase(config, `planvis serve on port ${port}`);
  if (migrated.length > 0) logger.info({ migrated, database: db.location }, 'database migrated');
  if (seed.loadedPlans.length > 0) logger.info({ plans: seed.loadedPlans }, 'bundled plans loaded');
  const admin = await ensureFirstAdmin(db.db, seed.orgId, {
    dataDir: config.dataDir,
    adminPassword: process.env.PLANVIS_ADMIN_PASSWORD || undefined,
    log: logger,
  });
  if (admin.created && admin.generatedPassword) {
    io.out(
      `First start: user "admin" created with password ${admin.generatedPassword}\n(stored in ${admin.passwordFile ?? 'the data directory'}, readable by the owner only; change it after logging in)`,
    );
  } else if (admin.created) {
    io.out('First start: user "admin" created with the password in PLANVIS_ADMIN_PASSWORD.');
  }
  const app = createApp({ db, logger, secureCookies: process.env.PLANVIS_SECURE_COOKIES === '1' });
  const webApp = webAppBuilt();
  if (webApp) mountWebApp(app);
  else
    io.err(
      `The web app is not built (no ${WEB_DIST_DIR}/index.html): run \`npm run build:web\` (npm install does it too). Serving the API only.`,
    );
  const server = serve({ fetch: app.fetch, port, hostname: host });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  io.out(
    `Planvis listening on http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort} (database: ${db.kind}, ${db.location}${webApp ? '' : '; API only, web app not built'})`,
  );

  return new Promise<ExitCode>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'shutting down: finishing requests in flight');
      server.close(() => {
        void db.close().then(() => {
          logger.info('stopped');
          resolve(EXIT.ok);
        });
      });
      // Idle keep-alive connections would hold close() open; requests in flight finish.
      if ('closeIdleConnections' in server)
        (server as { closeIdleConnections: () => void }).closeIdleConnections();
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
}

export function registerServe(program: Command, io: Io, setExit: (code: ExitCode) => void): void {
  program
    .command('serve')
    .description('serve the web app and the API on PORT, default 3000')
    .option('--port <port>', 'port to listen on (default: PORT or 3000)')
    .option('--host <host>', 'address to listen on (default: HOST or 127.0.0.1)')
    .option('--json', 'accepted for uniformity; logs are JSON lines (pino)')
    .addHelpText(
      'after',
      '\nEnvironment: PORT, HOST, PLANVIS_DATA_DIR (default ./data), DATABASE_URL (a PostgreSQL server), PLANVIS_ADMIN_PASSWORD (first start), LOG_LEVEL.',
    )
    .action(async (options: ServeOptions) => setExit(await runServe(options, io)));
}
