// The browser tests' harness: the real app (API + built web app) on an ephemeral port
// over a fresh migrated PGlite with the bundled NRF plans, and headless Debian Chromium
// (src/api/testing/browser-app.ts, shared with the web benchmark), plus axe-core and screenshots.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { TEST_PASSWORD } from '../src/api/testing/test-app.ts';
import type { Running } from '../src/api/testing/browser-app.ts';

export { browserTestsSkipReason, CHROMIUM, startApp } from '../src/api/testing/browser-app.ts';
export type { Running } from '../src/api/testing/browser-app.ts';

export const SCREENSHOTS = fileURLToPath(new URL('./screenshots', import.meta.url));

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
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export type LogInOptions = {
  viewport?: { width: number; height: number };
  acceptDownloads?: boolean;
  password?: string;
};

/**
 * A new browser context (Swedish locale) logged in through the login page as `username`
 * (password TEST_PASSWORD unless given). The context closes with the browser in stop().
 */
export async function logInAs(app: Running, username: string, options: LogInOptions = {}): Promise<Page> {
  const context = await app.browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    locale: 'sv-SE',
    acceptDownloads: options.acceptDownloads ?? false,
  });
  const page = await context.newPage();
  await page.goto(app.url);
  await page.getByLabel('Användarnamn').fill(username);
  await page.getByLabel('Lösenord').fill(options.password ?? TEST_PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
  return page;
}
