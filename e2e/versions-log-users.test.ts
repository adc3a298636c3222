// Versioner, Logg and Användare in Chromium against the real API: an economist starts a
// revision of nrf-2026-2028, changes a figure, proposes and decides it with date and §,
// sees it locked and the diff between version 1 and 2; the Logg shows the decision and
// filters by who; an admin creates a user who then logs in; a member sees neither Logg
// nor Användare. axe-core on every page, and a screenshot of each.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../src/api/testing/test-app.ts';
import { axeViolations, browserTestsSkipReason, logInAs, screenshot, startApp } from './harness.ts';
import type { Running } from './harness.ts';

const skipReason = browserTestsSkipReason();
if (skipReason) console.warn(skipReason);

/** sv-SE amounts as the page writes them: U+2212 minus, no-break space between groups. */
const sv = (text: string) => text.replace(/-/g, '\u2212').replace(/ /g, '\u00a0');

const PLAN = '/plans/nrf-2026-2028';
const NEW_USER = { username: 'kalle', name: 'Kalle Karlsson', password: 'ett långt lösenord 2026' };

/** Writes through the page's own session, as a script in the browser would. */
async function pageFetch(page: Page, method: string, path: string, body?: unknown) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const session = (await (await fetch('/api/v1/auth/session')).json()) as { csrfToken: string };
      const response = await fetch(`/api/v1${path}`, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: response.status, json: (await response.json()) as Record<string, unknown> };
    },
    { method, path, body },
  );
}

describe.skipIf(skipReason !== null)('Versioner, Logg and Användare in Chromium', () => {
  let app: Running;

  beforeAll(async () => {
    app = await startApp();
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
  });

  async function loggedIn(username: string, password = TEST_PASSWORD): Promise<Page> {
    const page = await logInAs(app, username, { password });
    await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
    return page;
  }

  const statusText = (page: Page) => page.locator('p[role="status"].status-message').textContent();

  let economist: Page;

  it('shows the versions and starts a revision as economist', async () => {
    economist = await loggedIn('economist');
    await economist.goto(`${app.url}${PLAN}/versions/1/versions`);
    await economist.getByRole('heading', { level: 1, name: 'Versioner' }).waitFor();
    const item = economist.locator('.timeline-item', { hasText: 'Version 1' });
    await expect.poll(() => item.textContent()).toContain('Utkast');
    await screenshot(economist, 'versions-1-utkast');
    expect(await axeViolations(economist)).toEqual([]);

    await economist.getByLabel('Utgå från').selectOption('1');
    await economist.getByRole('button', { name: 'Starta revision' }).click();
    await expect.poll(() => statusText(economist)).toBe('Version 2 har skapats som utkast från version 1.');
    const v2 = economist.locator('.timeline-item', { hasText: 'Version 2' });
    expect(await v2.textContent()).toContain('Bygger påversion 1');
  });

  it('changes a figure via the API, proposes and decides version 2 with date and §, and shows it locked', async () => {
    const before = await pageFetch(economist, 'GET', `${PLAN}/versions/2`);
    const revision = (before.json.version as { revision: number }).revision;
    // Personalkostnader 2026: −8 423 tkr in the seed plan, −8 500 tkr in the revision.
    const patch = await pageFetch(economist, 'PATCH', `${PLAN}/versions/2/budget`, {
      revision,
      changes: [{ line: 'staffCosts', year: 2026, amount: -8500 }],
    });
    expect(patch.status).toBe(200);

    await economist.reload();
    const v2 = economist.locator('.timeline-item', { hasText: 'Version 2' });
    await v2.getByRole('button', { name: 'Lämna som förslag' }).click();
    await expect.poll(() => statusText(economist)).toBe('Version 2 är nu ett förslag till direktionen.');
    expect(await v2.textContent()).toContain('Förslag');

    await v2.getByRole('button', { name: 'Registrera direktionens beslut' }).click();
    // Nothing filled in: the form says what is missing and registers nothing.
    await v2.getByRole('button', { name: 'Fortsätt' }).click();
    await expect
      .poll(() => v2.getByRole('alert').textContent())
      .toContain('Ange beslutsdatum som ÅÅÅÅ-MM-DD.');
    expect(await economist.evaluate(() => document.activeElement?.id)).toBe('decide-2-date');

    await v2.getByLabel('Beslutsdatum').fill('2026-03-02');
    await v2.getByLabel('Paragraf').fill('6');
    await v2.getByRole('button', { name: 'Fortsätt' }).click();
    const confirm = v2.getByRole('group', { name: 'Bekräfta beslutet' });
    await expect
      .poll(() => confirm.textContent())
      .toContain('Du registrerar att förbundsdirektionen beslutade version 2 den 2026-03-02, § 6.');
    expect(await confirm.textContent()).toContain('Versionen låses och kan inte ändras efteråt');
    await screenshot(economist, 'versions-2-bekrafta-beslut');
    expect(await axeViolations(economist)).toEqual([]);

    await confirm.getByRole('button', { name: 'Registrera beslutet' }).click();
    await expect.poll(() => statusText(economist)).toBe('Version 2 är beslutad 2026-03-02 § 6 och nu låst.');
    expect(await v2.locator('.locked').textContent()).toBe('Låst – beslutad 2026-03-02 § 6');
    expect(await v2.textContent()).toContain('Beslutad');
    expect(await v2.getByRole('button').count()).toBe(0);

    // The Budget API refuses a write to the decided version.
    const after = await pageFetch(economist, 'GET', `${PLAN}/versions/2`);
    const refused = await pageFetch(economist, 'PATCH', `${PLAN}/versions/2/budget`, {
      revision: (after.json.version as { revision: number }).revision,
      changes: [{ line: 'staffCosts', year: 2026, amount: -8600 }],
    });
    expect(refused.status).toBe(409);
  });

  it('shows the diff between version 1 and 2 grouped by section, amounts in sv-SE', async () => {
    await economist.getByLabel('Från version').selectOption('1');
    await economist.getByLabel('Till version').selectOption('2');
    await economist.getByRole('button', { name: 'Visa skillnader' }).click();
    await expect
      .poll(() => economist.locator('.diff-status').textContent())
      .toBe('1 ändring från version 1 till version 2.');
    const table = economist.getByRole('table', { name: 'Budget: 1 ändring' });
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')),
      );
    expect(rows).toEqual([
      [
        'Personalkostnader, 2026budget.lines[1].amounts.2026',
        sv('-8 423') + '\u00a0tkr',
        `→ ${sv('-8 500')}\u00a0tkr`,
      ],
    ]);
    await screenshot(economist, 'versions-3-beslutad-och-diff');
    expect(await axeViolations(economist)).toEqual([]);
  });

  it('holds the Versioner page at 320 px', async () => {
    await economist.setViewportSize({ width: 320, height: 800 });
    await economist.reload();
    await economist.locator('.locked').waitFor();
    const overflow = await economist.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(economist, 'versions-4-320px');
    await economist.setViewportSize({ width: 1280, height: 900 });
  });

  it('shows the decision in the Logg and filters by who', async () => {
    await economist.getByRole('link', { name: 'Logg' }).click();
    await economist.getByRole('heading', { level: 1, name: 'Logg' }).waitFor();
    const table = economist.getByRole('table', { name: 'Ändringslogg, nyaste först' });
    const decision = table.locator('tbody tr', { hasText: 'Beslut registrerat' });
    await decision.waitFor();
    const cells = await decision.locator('th, td').allTextContents();
    expect(cells.slice(1)).toEqual([
      'economist',
      'Beslut registrerat',
      'nrf-2026-2028, version 2status',
      'förslag',
      'beslutad, beslut 2026-03-02 § 6',
    ]);
    expect(cells[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    const change = table.locator('tbody tr', { hasText: 'budget.lines[1].amounts.2026' });
    expect((await change.locator('td').allTextContents()).slice(-2)).toEqual([sv('-8 423'), sv('-8 500')]);
    await screenshot(economist, 'log-1-alla');
    expect(await axeViolations(economist)).toEqual([]);

    // Who and what: the economist's decisions are one.
    await economist.getByLabel('Vem (användarnamn)').fill('economist');
    await economist.getByLabel('Vad').selectOption('planVersion.decide');
    await economist.getByRole('button', { name: 'Filtrera' }).click();
    await expect.poll(() => statusText(economist)).toBe('Visar 1 händelse; det finns inga fler.');
    expect(await table.locator('tbody tr').count()).toBe(1);

    await economist.getByLabel('Vad').selectOption('');
    await economist.getByLabel('Vem (användarnamn)').fill('reader');
    await economist.getByRole('button', { name: 'Filtrera' }).click();
    await expect.poll(() => statusText(economist)).toBe('Inga händelser matchar filtren.');
    expect(await table.count()).toBe(0);

    // When: today (the reader's time zone) holds the decision, yesterday nothing.
    const today = await economist.evaluate(() => new Date().toLocaleDateString('sv-SE'));
    await economist.getByLabel('Vem (användarnamn)').fill('economist');
    await economist.getByLabel('Från och med datum').fill(today);
    await economist.getByLabel('Till och med datum').fill(today);
    await economist.getByRole('button', { name: 'Filtrera' }).click();
    await expect.poll(() => statusText(economist)).toMatch(/^Visar \d+ händelser; det finns inga fler\.$/);
    const actions = await table.locator('tbody tr td:nth-child(3)').allTextContents();
    expect(actions).toContain('Beslut registrerat');
    expect(actions).toContain('Inloggning');
    await screenshot(economist, 'log-2-filtrerad');
    expect(await axeViolations(economist)).toEqual([]);
  });

  it('lets an admin create a user on Användare, who can then log in', async () => {
    const admin = await loggedIn('admin');
    await admin.getByRole('link', { name: 'Användare' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Användare' }).waitFor();
    const table = admin.getByRole('table', { name: 'Användare i organisationen (5)' });
    await table.waitFor();
    const member = await table.locator('tbody tr', { hasText: 'member' }).locator('th, td').allTextContents();
    expect(member.slice(0, 5)).toEqual(['member', 'Test member', 'Medlemsregion', 'RVN', '✓Aktiv']);
    await screenshot(admin, 'users-1-lista');
    expect(await axeViolations(admin)).toEqual([]);

    const form = admin.getByRole('form', { name: 'Ny användare' });
    await form.getByLabel('Användarnamn', { exact: true }).fill('Kalle');
    await form.getByLabel('Lösenord', { exact: true }).fill('kort');
    await form.getByRole('button', { name: 'Skapa användare' }).click();
    const alert = form.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Lösenordet ska ha minst 12 tecken.');
    expect(await alert.textContent()).toContain('Användarnamnet ska vara 2–63 små bokstäver');
    expect(await admin.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    await screenshot(admin, 'users-2-fel');
    expect(await axeViolations(admin)).toEqual([]);

    // A taken username: the API's 409 is shown next to the form.
    await form.getByLabel('Användarnamn', { exact: true }).fill('planner');
    await form.getByLabel('Namn', { exact: true }).fill(NEW_USER.name);
    await form.getByLabel('Lösenord', { exact: true }).fill(NEW_USER.password);
    await form.getByRole('button', { name: 'Skapa användare' }).click();
    await expect.poll(() => alert.textContent()).toContain('Användarnamnet är upptaget; välj ett annat.');

    await form.getByLabel('Användarnamn', { exact: true }).fill(NEW_USER.username);
    await form.getByLabel('Roll').selectOption('planner');
    await form.getByRole('button', { name: 'Skapa användare' }).click();
    await expect.poll(() => statusText(admin)).toBe('Användaren kalle har skapats.');
    const row = admin.getByRole('table', { name: 'Användare i organisationen (6)' }).locator('tbody tr', {
      hasText: 'kalle',
    });
    expect((await row.locator('th, td').allTextContents()).slice(0, 5)).toEqual([
      'kalle',
      NEW_USER.name,
      'Planerare',
      '–',
      '✓Aktiv',
    ]);

    // Change the new user's role to member region RJH.
    await row.getByRole('button', { name: 'Ändra kalle' }).click();
    const edit = admin.getByRole('form', { name: 'Ändra användaren kalle' });
    await edit.getByLabel('Roll').selectOption('member');
    await edit.getByRole('button', { name: 'Spara ändringarna' }).click();
    await expect.poll(() => edit.getByRole('alert').textContent()).toContain('Rollen Medlemsregion behöver');
    await edit.getByLabel('Medlemsregion').fill('rjh');
    await edit.getByRole('button', { name: 'Spara ändringarna' }).click();
    await expect.poll(() => statusText(admin)).toBe('Ändringarna av kalle är sparade.');
    expect((await row.locator('td').allTextContents()).slice(1, 3)).toEqual(['Medlemsregion', 'RJH']);
    await screenshot(admin, 'users-3-skapad');
    expect(await axeViolations(admin)).toEqual([]);

    const kalle = await loggedIn(NEW_USER.username, NEW_USER.password);
    const header = (await kalle.locator('header').textContent()) ?? '';
    expect(header).toContain(NEW_USER.name);
    expect(header).toContain('(Medlemsregion)');
  });

  it('hides Logg and Användare from a member, and /users says "Ingen behörighet"', async () => {
    const member = await loggedIn('member');
    const nav = member.getByRole('navigation', { name: 'Huvudmeny' });
    await nav.getByRole('link', { name: 'Versioner' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Logg' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Användare' }).count()).toBe(0);

    // A member reads decided versions only, and may do nothing with them.
    await member.goto(`${app.url}${PLAN}/versions/2/versions`);
    await member.locator('.locked').waitFor();
    expect(await member.locator('.timeline-item h3').allTextContents()).toEqual(['Version 2']);
    expect(await member.getByRole('button', { name: 'Starta revision' }).count()).toBe(0);
    expect(await member.getByRole('button', { name: 'Lämna som förslag' }).count()).toBe(0);
    await screenshot(member, 'versions-5-medlem');
    expect(await axeViolations(member)).toEqual([]);

    for (const path of ['/users', '/log']) {
      await member.goto(`${app.url}${path}`);
      await expect
        .poll(() => member.getByRole('heading', { level: 1 }).textContent())
        .toBe('Ingen behörighet');
    }
    await screenshot(member, 'users-4-ingen-behorighet');
    expect(await axeViolations(member)).toEqual([]);
  });
});
