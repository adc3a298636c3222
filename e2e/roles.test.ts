// What each role sees in Chromium: a member region's user reads decided versions only, its
// own column of the contributions, no edit controls and no Logg or Användare; on a decided
// version an economist's budget is locked. The role table is src/contract/roles.ts.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserTestsSkipReason, logInAs, screenshot, startApp } from './harness.ts';
import type { Running } from './harness.ts';

const skipReason = browserTestsSkipReason();
const sv = (text: string) => text.replace(/-/g, '\u2212').replace(/ /g, '\u00a0');
const PLAN = '/plans/nrf-2026-2028/versions/1';

describe.skipIf(skipReason !== null)('roles in the web app', () => {
  let app: Running;

  beforeAll(async () => {
    app = await startApp();
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
  });

  const session = (username: string): Promise<Page> => logInAs(app, username);

  it('shows a member no plans while every version is a draft', async () => {
    const member = await session('member');
    await member.getByText('Det finns inga planer som du kan läsa.').waitFor();
    const nav = member.getByRole('navigation', { name: 'Huvudmeny' });
    expect(await nav.count()).toBe(0);
    await member.context().close();
  });

  it('shows a member the decided version read-only, with its own column only', async () => {
    // The board decides version 1 (through the API, as the Versioner page would).
    const admin = await app.ctx.login('admin');
    const version = (await (await admin.get(`/api/v1${PLAN}`)).json()) as { version: { revision: number } };
    const decided = await admin.post(`/api/v1${PLAN}/decide`, {
      revision: version.version.revision,
      date: '2025-12-03',
      paragraph: '§ 12',
    });
    expect(decided.status).toBe(200);

    const member = await session('member');
    await member.waitForURL(`**${PLAN}/overview`);
    const nav = member.getByRole('navigation', { name: 'Huvudmeny' });
    const links = await nav.getByRole('link').allTextContents();
    expect(links).not.toContain('Logg');
    expect(links).not.toContain('Användare');

    await member.goto(`${app.url}${PLAN}/budget`);
    await member.getByText('Din roll kan läsa budgeten men inte ändra den.').waitFor();
    expect(await member.getByRole('button', { name: /Spara ändringar/ }).count()).toBe(0);
    expect(await member.getByText('Indexera en kolumn').count()).toBe(0);
    await screenshot(member, 'roles-01-medlem-budget');
    expect(await axeViolations(member)).toEqual([]);

    // Region Västernorrland's contact sees RVN's column of Bilaga 1 and no other member's.
    await member.goto(`${app.url}${PLAN}/contributions`);
    const table = member.getByRole('table', { name: /^Bilaga 1\./ });
    await table.waitFor();
    expect(await table.locator('thead th').allTextContents()).toEqual(['Område och rad', 'RVN', 'Summa']);
    const office = await table
      .locator('tbody')
      .first()
      .getByRole('row', { name: /^Medlemsbidrag/ })
      .locator('th, td')
      .allTextContents();
    // The API gives a member its own column only; the row totals are withheld too.
    expect(office).toEqual(['Medlemsbidrag', sv('2 745'), '–']);
    await screenshot(member, 'roles-02-medlem-medlemsbidrag');
    expect(await axeViolations(member)).toEqual([]);

    await member.goto(`${app.url}/users`);
    await member.getByRole('heading', { name: 'Ingen behörighet' }).waitFor();
    await member.goto(`${app.url}/log`);
    await member.getByRole('heading', { name: 'Ingen behörighet' }).waitFor();
    await member.context().close();
  });

  it('locks the decided version’s budget for an economist', async () => {
    const economist = await session('economist');
    await economist.waitForURL(`**${PLAN}/overview`);
    await economist.goto(`${app.url}${PLAN}/budget`);
    await economist.getByText(/Versionen är beslutad och låst/).waitFor();
    expect(await economist.getByRole('button', { name: /Spara ändringar/ }).count()).toBe(0);
    await economist.locator('td[data-row="1"][data-col="1"]').click();
    await economist.keyboard.press('Enter');
    expect(await economist.getByRole('textbox').count()).toBe(0);
    await screenshot(economist, 'roles-03-ekonom-last-budget');
    await economist.context().close();
  });
});
