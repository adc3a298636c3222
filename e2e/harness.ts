// The browser tests' harness: the real app (API + built web app) on an ephemeral port
// over a fresh migrated PGlite with the bundled NRF plans, and headless Debian Chromium.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import type { ServerType } from '@hono/node-server';
import axe from 'axe-core';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { mountWebApp, webAppBuilt } from '../src/api/web-app.ts';
import { createTestContext } from '../src/api/testing/test-app.ts';
import type { TestContext } from '../src/api/testing/test-app.ts';
import { seedOrganisation } from '../src/db/plan-store/seed.ts';

export const CHROMIUM = process.env.PLANVIS_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOTS = fileURLToPath(new URL('./screenshots', import.meta.url));
const PLANS_DIR = fileURLToPath(new URL('../data/plans', import.meta.url));

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
  mkdirSync(SCREENSHOTS, { recursive: true });
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

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: string[] };

/** Runs axe-core in the page (WCAG 2.0/2.1 A and AA rules) and returns its violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axe.source });
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run: (
          context: Document,
          options: object,
        ) => Promise<{
          violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
        }>;
      };
    };
    const result = await w.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
