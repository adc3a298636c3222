// Kontokoppling in Chromium (issue 5, item 3): an economist imports the SIE file, maps the
// account no budget line takes to a line with one select, and sees it leave the warning
// box; a reader sees the mapping without the forms.
//
// e2e/fixtures/nrf-2026.se (see follow-up.test.ts): 8310 interest, −1 000 kr in the books
// (credit), is unmapped; the result's outcome to date is −810 000,50 kr → −810 tkr. Mapped
// to Intäkter it counts +1 000 kr: −810 000,50 + 1 000 = −809 000,50 → −809 tkr.
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserTestsSkipReason, logInAs, screenshot, startApp } from './harness.ts';
import type { Running } from './harness.ts';

const skipReason = browserTestsSkipReason();
const sv = (text: string) => text.replace(/-/g, '\u2212').replace(/ /g, '\u00a0');
const PLAN = '/plans/nrf-2026-2028/versions/1';
const FIXTURE = fileURLToPath(new URL('./fixtures/nrf-2026.se', import.meta.url));
const UNMAPPED = 'Konton utan budgetrad, belopp i kr';

describe.skipIf(skipReason !== null)('the account mapping in Chromium', () => {
  let app: Running;

  beforeAll(async () => {
    app = await startApp();
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
  });

  async function followUp(username: string): Promise<Page> {
    const page = await logInAs(app, username);
    await page.waitForURL(`**${PLAN}/overview`);
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Uppföljning' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Uppföljning' }).waitFor();
    return page;
  }

  it('maps the unmapped account to a line and it leaves the warning box', async () => {
    const page = await followUp('economist');
    await page.getByLabel('SIE-fil (typ 4, .se eller .si)').setInputFiles(FIXTURE);
    await page.getByRole('button', { name: 'Läs in SIE-fil' }).click();
    await page.getByText('nrf-2026.se är inläst.').waitFor();
    await page.getByLabel('År', { exact: true }).selectOption('2026');
    await page.getByRole('table', { name: UNMAPPED }).waitFor();
    const result = () => page.locator('table.fu-outcome tfoot td').nth(2).textContent();
    expect(await result()).toContain(sv('-810'));

    const section = page.getByRole('region', { name: 'Kontokoppling' });
    await section.getByText('Standardkopplingen används').waitFor();
    expect(
      await section.getByRole('table', { name: 'Kontointervall och budgetrad' }).locator('tbody tr').count(),
    ).toBe(9);
    await section.getByLabel('Koppla 8310 Ranteintakter till rad').selectOption({ label: 'Intäkter' });
    await section.getByRole('button', { name: 'Koppla', exact: true }).click();
    await section.getByRole('status').getByText('Konto 8310 kopplat till Intäkter.').waitFor();
    await page.getByRole('table', { name: UNMAPPED }).waitFor({ state: 'detached' });
    expect(await result()).toContain(sv('-809'));
    await section.getByText('Organisationens egen koppling används.').waitFor();
    const accounts = section.getByRole('table', { name: 'Enskilda konton och budgetrad' });
    expect(await accounts.getByRole('textbox', { name: 'Konto rad 1' }).inputValue()).toBe('8310');

    // An overlapping range is refused with where it overlaps; nothing changes.
    await section.getByRole('button', { name: 'Lägg till intervall' }).click();
    await section.getByLabel('Från konto, rad 10').fill('3010');
    await section.getByLabel('Till konto, rad 10').fill('3019');
    await section.getByRole('button', { name: 'Spara kontokopplingen' }).click();
    await section.getByRole('status').getByText('overlap on accounts 3010–3019').waitFor();
    await screenshot(page, 'follow-up-mapping');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('a reader sees the mapping without the forms', async () => {
    const page = await followUp('reader');
    const section = page.getByRole('region', { name: 'Kontokoppling' });
    await section.getByRole('table', { name: 'Enskilda konton och budgetrad' }).waitFor();
    expect(await section.locator('input, select, button').count()).toBe(0);
    expect(
      await section.getByRole('table', { name: 'Enskilda konton och budgetrad' }).textContent(),
    ).toContain('8310Intäkter');
  });
});
