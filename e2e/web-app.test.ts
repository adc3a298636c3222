// The web app in Chromium against the real API: log in, Översikt, Budget, Medlemsbidrag, Avstämning,
// a wrong password, the keyboard, and axe-core on every page. Each run saves a
// screenshot of every page under e2e/screenshots/.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../src/api/testing/test-app.ts';
import { axeViolations, browserTestsSkipReason, screenshot, startApp } from './harness.ts';
import type { Running } from './harness.ts';

const skipReason = browserTestsSkipReason();
if (skipReason) console.warn(skipReason);

/** sv-SE amounts as the page writes them: U+2212 minus, no-break space between groups. */
const sv = (text: string) => text.replace(/-/g, '\u2212').replace(/ /g, '\u00a0');

const PLAN = '/plans/nrf-2026-2028/versions/1';

describe.skipIf(skipReason !== null)('the web app in Chromium', () => {
  let app: Running;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    app = await startApp();
    context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
    page = await context.newPage();
  }, 60_000);
  afterAll(async () => {
    await context?.close();
    await app?.stop();
  });

  async function logIn(p: Page, username: string, password: string): Promise<void> {
    await p.getByLabel('Användarnamn').fill(username);
    await p.getByLabel('Lösenord').fill(password);
    await p.getByRole('button', { name: 'Logga in' }).click();
  }

  it('shows the login page in Swedish without axe violations', async () => {
    await page.goto(app.url);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Logga in');
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    await screenshot(page, '01-logga-in');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('reaches the login fields and the button with Tab, with visible focus', async () => {
    const fresh = await context.browser()!.newContext();
    const p = await fresh.newPage();
    try {
      await p.goto(app.url);
      await p.getByLabel('Användarnamn').waitFor();
      const reached: string[] = [];
      for (let i = 0; i < 4; i++) {
        await p.keyboard.press('Tab');
        const focused = await p.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          return {
            id: el.id || el.textContent || el.tagName,
            outline: style.outlineStyle,
            width: style.outlineWidth,
          };
        });
        if (!focused) continue;
        reached.push(focused.id);
        // Visible focus: a solid outline of 3 px on whatever has focus.
        expect({ on: focused.id, outline: focused.outline }).toEqual({ on: focused.id, outline: 'solid' });
        expect(focused.width).toBe('3px');
      }
      expect(reached).toEqual(expect.arrayContaining(['username', 'password', 'Logga in']));
      expect(reached.indexOf('username')).toBeLessThan(reached.indexOf('password'));
      expect(reached.indexOf('password')).toBeLessThan(reached.indexOf('Logga in'));
      await p.getByLabel('Användarnamn').focus();
      await screenshot(p, '02-logga-in-fokus');
    } finally {
      await fresh.close();
    }
  });

  it('says so when the password is wrong', async () => {
    await logIn(page, 'admin', 'not the password');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toBe('Fel användarnamn eller lösenord.');
    await screenshot(page, '03-logga-in-fel');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('logs in as admin and shows Översikt with the verdict and stated and computed results', async () => {
    await logIn(page, 'admin', TEST_PASSWORD);
    await page.waitForURL(`**${PLAN}/overview`);
    await page.getByRole('heading', { name: 'God ekonomisk hushållning' }).waitFor();
    await page.getByText('God ekonomisk hushållning uppnås inte').waitFor();
    const header = (await page.locator('header').textContent()) ?? '';
    expect(header).toContain('Norra sjukvårdsregionförbundet');
    expect(header).toContain('Test admin');
    expect(header).toContain('Administratör');

    const table = page.getByRole('table', { name: 'Budgeterat resultat per år, tkr' });
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')),
      );
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      ['Budget 2025', sv('-2 710'), sv('-2 710')],
      ['Budget 2026', sv('-1 988'), sv('-1 988')],
      ['Prel budget 2027', `⚠ Avviker från beräknat: ${sv('-947')}`, sv('-948')],
      ['Prel budget 2028', '⚠ Avviker från beräknat: 0', sv('-1')],
    ]);
    expect(await page.getByRole('img', { name: /Stapeldiagram/ }).count()).toBe(1);
    const findings = (await page.locator('section[aria-labelledby="findings-heading"]').textContent()) ?? '';
    expect(findings).toContain('8 avvikelser bland 47 kontrollerade belopp.');
    const goals = (await page.locator('table.goals tbody').textContent()) ?? '';
    expect(goals).toContain('Positivt resultat');
    expect(goals).toContain('Inte uppfyllt');
    expect(goals).toContain(sv('-1 988'));
    const activities =
      (await page.locator('section[aria-labelledby="activities-heading"]').textContent()) ?? '';
    expect(activities).toContain('Ej påbörjad8');
    await screenshot(page, '04-oversikt');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the budget table with the differing stated results marked', async () => {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Budget' }).click();
    await page.waitForURL(`**${PLAN}/budget`);
    const table = page.getByRole('grid', { name: 'NRF 2025-2028, belopp i tkr' });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(6);
    const revenue = await table.locator('tbody tr').first().locator('td').allTextContents();
    expect(revenue).toEqual([sv('54 220'), sv('44 376'), sv('44 937'), sv('45 672')]);
    const marked = await table.locator('td.differs').allTextContents();
    expect(marked).toEqual([`⚠ Avviker från beräknat: ${sv('-947')}`, '⚠ Avviker från beräknat: 0']);
    const computed = await table.locator('tfoot tr.result-computed td').allTextContents();
    expect(computed).toEqual([sv('-2 710'), sv('-1 988'), sv('-948'), sv('-1')]);
    await screenshot(page, '05-budget');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('lists the 8 findings on Avstämning', async () => {
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Avstämning' })
      .click();
    await page.waitForURL(`**${PLAN}/reconciliation`);
    const table = page.getByRole('table', { name: '8 avvikelser' });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(8);
    const first = await table.locator('tbody tr').first().locator('th, td').allTextContents();
    expect(first).toEqual([
      'NRF 2025-2028',
      'Budgeterat resultat',
      'Prel budget 2027',
      `${sv('-947')} tkr`,
      `${sv('-948')} tkr`,
      '1',
      'Resultatet är inte summan av budgetraderna.',
      'Visa: Budgeterat resultat, Prel budget 2027',
    ]);
    await screenshot(page, '06-avstamning');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows Medlemsbidrag with the population shares and the differing split marked', async () => {
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Medlemsbidrag' })
      .click();
    await page.waitForURL(`**${PLAN}/contributions`);
    const shares = page.getByRole('table', { name: 'Befolkningsandel per medlemsregion' });
    await shares.waitFor();
    const shareRows = await shares
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')),
      );
    expect(shareRows).toEqual([
      ['RVN', sv('26,71 %')],
      ['RJH', sv('14,69 %')],
      ['RV', sv('31,10 %')],
      ['RN', sv('27,50 %')],
    ]);
    expect(await page.getByText('SCB, befolkningsandel 31/12 2024').count()).toBe(1);

    const table = page.getByRole('table', { name: /^Bilaga 1\..*, belopp i tkr$/ });
    const headers = await table.locator('thead th').allTextContents();
    expect(headers).toEqual(['Område och rad', 'RVN', 'RJH', 'RV', 'RN', 'Summa']);
    const office = table.locator('tbody').first();
    expect(await office.locator('th[scope="rowgroup"]').textContent()).toBe('NRF:s kansli');
    const cells = await office
      .getByRole('row', { name: /^Medlemsbidrag/ })
      .locator('th, td')
      .allTextContents();
    expect(cells).toEqual([
      'Medlemsbidrag',
      sv('2 745'),
      sv('1 510'),
      `⚠ Avviker från Planvis fördelning: ${sv('3 196')} (beräknat ${sv('3 197')})`,
      sv('2 827'),
      sv('10 279'),
    ]);
    const total = await table.locator('tfoot th').textContent();
    expect(total).toBe('Summa från regionerna');
    await screenshot(page, '09-medlemsbidrag');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('holds its layout at 320 px and switches to English', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${app.url}${PLAN}/overview`);
    await page.getByText('God ekonomisk hushållning uppnås inte').waitFor();
    // Nothing but the tables' own scroll regions may be wider than the window.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, '07-oversikt-320px');
    expect(await axeViolations(page)).toEqual([]);

    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByText('Sound financial management is not achieved').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await screenshot(page, '08-overview-en');
    await page.getByRole('button', { name: /Svenska/ }).click();
    await page.getByText('God ekonomisk hushållning uppnås inte').waitFor();
  });

  it('logs out back to the login page', async () => {
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Logga in');
    expect((await page.request.get(`${app.url}/api/v1/auth/session`)).status()).toBe(401);
  });
});
