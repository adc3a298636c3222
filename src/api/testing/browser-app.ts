// The real app (API + built web app) on an ephemeral port over a fresh migrated PGlite with
// the bundled NRF plans, and headless Debian Chromium: for the browser tests (e2e/) and the
// web benchmark (bench/web.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import type { ServerType } from '@hono/node-server';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { seedOrganisation } from '../../db/plan-store/seed.ts';
import { mountWebApp, webAppBuilt } from '../web-app.ts';
import { createTestContext } from './test-app.ts';
import type { TestContext } from './test-app.ts';

const PLANS_DIR = fileURLToPath(new URL('../../../data/plans', import.meta.url));

export const CHROMIUM = process.env.PLANVIS_CHROMIUM ?? '/usr/bin/chromium';

/** Why the browser tests cannot run here, or null when they can. */
export function browserTestsSkipReason(): string | null {
  if (!existsSync(CHROMIUM))
    return `Browser tests skipped: no Chromium at ${CHROMIUM} (install it with \`apt-get install -y chromium\`, or set PLANVIS_CHROMIUM).`;
  if (!webAppBuilt())
    return 'Browser tests skipped: the web app is not built (dist/web is missing; run `npm run build:web`).';
  return null;
}

export type Running = { url: string; ctx: TestContext; browser: Browser; stop: () => Promise<void> };

export async function startApp(): Promise<Running> {
  const ctx = await createTestContext('pglite', {
    setup: async (c) => {
      await seedOrganisation(
        c.db,
        { code: 'NRF', name: 'Norra sjukvårdsregionförbundet', kind: 'federation' },
        [join(PLANS_DIR, 'nrf-2018-2020.yaml'), join(PLANS_DIR, 'nrf-2026-2028.yaml')],
      );
    },
  });
  mountWebApp(ctx.app);
  const server: ServerType = serve({ fetch: ctx.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return {
    url: `http://127.0.0.1:${port}`,
    ctx,
    browser,
    stop: async () => {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await ctx.close();
    },
  };
}
