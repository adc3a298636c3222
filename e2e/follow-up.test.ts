// Uppföljning in Chromium (issue 5): an economist enters an opening bank balance before any
// outcome exists (the imported outcome, dated later, then takes over), imports a SIE file, reads budget versus
// outcome, opens the vouchers behind a figure, overrides a forecast with a comment, reads
// the balanskravsresultat and the lowest bank balance, and has a payment that breaks the
// 500 000 kr floor refused; a broken file is refused with its line; a reader sees no forms.
//
// e2e/fixtures/nrf-2026.se, by hand (kr): bank 1930 opens 2 000 000. Vouchers:
//   A1 2026-01-15 member contributions 3590 +2 500 000 in the bank
//   A2 2026-01-25, A4 2026-02-25 salaries 5010 700 000 each; A5 2026-03-25 710 000,50
//   A3 2026-02-10 purchased services 4010 1 200 000
//   A6 2026-03-31 interest 8310 1 000 in the bank (class 83: no budget line takes it)
// Bank at 2026-03-31: 2 000 000 + 2 500 000 − 700 000 − 1 200 000 − 700 000 − 710 000,50
//   + 1 000 = 1 190 999,50.
// Budget 2026 (tkr) spread evenly over the months in whole kronor, the leftover kronor to the
// last months: Personalkostnader 8 423 000 / 12 = 701 916 r 8, so January–March 701 916 each.
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserTestsSkipReason, logInAs, screenshot, startApp } from './harness.ts';
import type { Running } from './harness.ts';

const skipReason = browserTestsSkipReason();

/** sv-SE amounts as the page writes them: U+2212 minus, no-break space between groups. */
const sv = (text: string) => text.replace(/-/g, '\u2212').replace(/ /g, '\u00a0');
const PLAN = '/plans/nrf-2026-2028/versions/1';
const FIXTURE = fileURLToPath(new URL('./fixtures/nrf-2026.se', import.meta.url));
const BROKEN = fileURLToPath(new URL('./fixtures/nrf-2026-unbalanced.se', import.meta.url));
const TABLE = 'Budget mot utfall 2026 t.o.m. mars, belopp i tkr';

describe.skipIf(skipReason !== null)('the follow-up page in Chromium', () => {
  let app: Running;

  beforeAll(async () => {
    app = await startApp();
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
  });

  async function session(username: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
    const page = await logInAs(app, username, { viewport });
    await page.waitForURL(`**${PLAN}/overview`);
    return page;
  }

  async function openFollowUp(page: Page): Promise<void> {
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Uppföljning' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Uppföljning' }).waitFor();
  }

  /** A budget line's cells after its heading: year, to date, outcome, variance, %, forecast. */
  const lineCells = (page: Page, key: string) => page.locator(`tr[data-line="${key}"] td`).allTextContents();

  let economist: Page;

  it('asks for an opening bank balance before any outcome, and projects from the one entered', async () => {
    const page = await session('economist');
    await openFollowUp(page);
    const liquidity = page.locator('section', { has: page.getByRole('heading', { name: 'Likviditet' }) });
    await liquidity
      .getByText('Det finns inget ingående banksaldo att räkna från ännu.', { exact: false })
      .waitFor();
    await liquidity.getByRole('button', { name: 'Spara saldo' }).click();
    expect(await liquidity.getByText('Ange datumet som ÅÅÅÅ-MM-DD.', { exact: false }).count()).toBe(1);
    expect(await liquidity.getByText('Ange ett belopp', { exact: false }).count()).toBe(1);
    await liquidity.getByLabel('Saldot gäller per').fill('2026-01-01');
    await liquidity.getByLabel('Banksaldo', { exact: true }).fill('1 500 000');
    await liquidity.getByRole('button', { name: 'Spara saldo' }).click();
    // No flows planned yet: the balance stays where it was entered, above the 500 000 kr floor.
    await liquidity.getByText(`Ingående saldo 2026-01-01: ${sv('1 500 000')} kr (inmatat).`).waitFor();
    expect(await page.getByTestId('lowest-balance').textContent()).toBe(`${sv('1 500 000')} kr`);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'follow-up-00-ingaende-saldo');
    await page.close();
  });

  it('imports a SIE file and shows what was read', async () => {
    economist = await session('economist');
    await openFollowUp(economist);
    await economist.getByLabel('SIE-fil (typ 4, .se eller .si)').setInputFiles(FIXTURE);
    await economist.getByRole('button', { name: 'Läs in SIE-fil' }).click();
    await economist.getByText('nrf-2026.se är inläst.').waitFor();
    const summary = await economist.getByTestId('sie-summary').textContent();
    // 6 accounts (#KONTO), 6 vouchers, 12 transaction rows (two per voucher); the year 2026.
    expect(summary).toContain('Konton6');
    expect(summary).toContain('Verifikationer6');
    expect(summary).toContain('Transaktioner12');
    expect(summary).toContain('2026-01-15 – 2026-03-31');
    expect(await economist.getByText('Norra sjukvardsregionforbundet').count()).toBeGreaterThan(0);
    await screenshot(economist, 'follow-up-01-sie-inlast');
  });

  it('shows budget versus outcome through the last month with outcome', async () => {
    await economist.getByLabel('År', { exact: true }).selectOption('2026');
    await economist.getByRole('table', { name: TABLE }).waitFor();
    // Personalkostnader: year −8 423; to date −2 105 748 kr → −2 106; outcome −2 110 000,50
    // → −2 110; variance −4 252,50 → −4; −425 250 / 210 574 800 = −0,20 %; forecast
    // −2 110 000,50 − (8 423 000 − 2 105 748) = −8 427 252,50 → −8 427.
    const staff = await lineCells(economist, 'staffCosts');
    expect(staff.slice(0, 2)).toEqual([sv('-8 423'), sv('-2 106')]);
    expect(staff[2]).toContain(sv('-2 110'));
    expect(staff[3]).toBe(sv('-4'));
    expect(staff[4]).toContain(sv('-0,20'));
    expect(staff[5]).toBe(sv('-8 427'));
    // Bidrag från medlemmar: 10 279 000 / 12 = 856 583 r 4 → to date 2 569 749 → 2 570;
    // outcome 2 500; variance −69 749 → −70, −2,71 %; forecast 2 500 000 + 7 709 251 → 10 209.
    const members = await lineCells(economist, 'memberContributions');
    expect(members.slice(0, 2)).toEqual([sv('10 279'), sv('2 570')]);
    expect(members[2]).toContain(sv('2 500'));
    expect(members[3]).toBe(sv('-70'));
    expect(members[4]).toContain(sv('-2,71'));
    expect(members[5]).toBe(sv('10 209'));
    // Result: budget −1 988; to date 11 094 000 − 2 105 748 − 11 706 999 − 348 000 + 2 569 749
    // = −496 998 → −497; outcome −810 000,50 → −810; variance −313 002,50 → −313.
    const result = await economist.locator('table.fu-outcome tfoot td').allTextContents();
    expect(result.slice(0, 4)).toEqual([sv('-1 988'), sv('-497'), sv('-810'), sv('-313')]);
    // Account 8310 (class 83) has no budget line: listed, −1 000 kr (credit).
    const unmapped = economist.getByRole('table', { name: 'Konton utan budgetrad, belopp i kr' });
    expect(await unmapped.locator('tbody tr').first().textContent()).toContain(sv('8310Ranteintakter-1 000'));
    await screenshot(economist, 'follow-up-02-budget-mot-utfall');
  });

  it('opens the vouchers behind an outcome figure and the months of a line', async () => {
    const figure = economist.locator('tr[data-line="staffCosts"] .fu-figure-link');
    await figure.click();
    const dialog = economist.getByRole('dialog', {
      name: 'Verifikationer: Personalkostnader, 2026 t.o.m. mars',
    });
    await dialog.waitFor();
    await dialog.getByText('3 verifikationer').waitFor();
    expect(await dialog.locator('table').count()).toBe(3);
    expect(await dialog.textContent()).toContain(sv('710 000,50'));
    await screenshot(economist, 'follow-up-03-verifikationer');
    expect(await axeViolations(economist)).toEqual([]);
    await economist.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await figure.evaluate((el) => el === document.activeElement)).toBe(true);

    await economist.getByRole('button', { name: 'Månader Personalkostnader' }).click();
    const months = economist.getByRole('table', { name: 'Personalkostnader per månad 2026, belopp i tkr' });
    // March: budget 701 916 → −702, outcome 710 000,50 → −710, variance −8 084,50 → −8.
    const march = await months.locator('tbody tr').nth(2).locator('td').allTextContents();
    expect(march[0]).toBe(sv('-702'));
    expect(march[1]).toContain(sv('-710'));
    expect(march[2]).toBe(sv('-8'));
    expect(await months.locator('tbody tr').nth(3).textContent()).toContain('ej känt');
  });

  it('overrides a forecast with a required comment', async () => {
    await economist.getByLabel('Budgetrad', { exact: true }).selectOption({ label: 'Personalkostnader' });
    await economist.getByLabel('Prognos helår', { exact: true }).fill('-8 500');
    await economist.getByRole('button', { name: 'Spara prognos' }).click();
    await economist.getByText('Skriv en kommentar som förklarar varför.').waitFor();
    await economist.getByLabel('Kommentar (krävs)').fill('Ny tjänst från april');
    await economist.getByRole('button', { name: 'Spara prognos' }).click();
    await economist.getByText('Prognosen för Personalkostnader är sparad.').waitFor();
    await economist.locator('tr[data-line="staffCosts"] .fu-comment').waitFor();
    const forecast = await economist.locator('tr[data-line="staffCosts"] td.fu-forecast').textContent();
    expect(forecast).toContain('ändrad prognos');
    expect(forecast).toContain(sv('-8 500'));
    expect(forecast).toContain('Ny tjänst från april');
    await screenshot(economist, 'follow-up-04-prognos');
  });

  it('shows the balanskravsresultat from the forecast', async () => {
    // Forecasts (kr): revenue 0 + 33 282 000; staff −8 500 000 (override); purchased
    // −1 200 000 − 35 121 001; other −1 044 000; members 10 209 251. Sum −2 373 750 → −2 374 tkr.
    const figure = economist.getByTestId('balance-result');
    await expect.poll(() => figure.textContent()).toBe(`${sv('-2 374')} tkr`);
    expect(await economist.getByText('Reserv: Resultatreserv (RER)', { exact: true }).count()).toBe(1);
    const deficits = economist.getByRole('table', { name: /^Negativa balanskravsresultat/ });
    const row = await deficits.locator('tbody tr').first().textContent();
    expect(row).toContain('2029');
    expect(row).toContain('ej återställt, inom tiden');
    await screenshot(economist, 'follow-up-05-balanskrav');
  });

  it('shows the lowest projected bank balance and checks payments against the floor', async () => {
    const lowest = economist.getByTestId('lowest-balance');
    expect(await lowest.textContent()).toBe(`${sv('1 190 999,50')} kr`);
    expect(await economist.getByText('Håller golvet').count()).toBeGreaterThan(0);
    await economist.getByLabel('Betalningsdag').fill('2026-06-30');
    await economist.getByLabel('Belopp att betala', { exact: true }).fill('800 000');
    await economist.getByRole('button', { name: 'Kontrollera' }).click();
    const answer = economist.getByTestId('payment-answer');
    await answer.getByText('Betalningen ryms inte').waitFor();
    // 1 190 999,50 − 800 000 = 390 999,50: 109 000,50 under the floor; at most 690 999,50.
    const refused = await answer.textContent();
    expect(refused).toContain(`Lägsta saldo efter betalningen: ${sv('390 999,50')} kr den 2026-06-30.`);
    expect(refused).toContain(`Saldot skulle hamna ${sv('109 000,50')} kr under golvet.`);
    expect(refused).toContain(`Största betalning den dagen som håller golvet: ${sv('690 999,50')} kr.`);
    await screenshot(economist, 'follow-up-06-betalning-nekad');
    await economist.getByLabel('Belopp att betala', { exact: true }).fill('100 000');
    await economist.getByRole('button', { name: 'Kontrollera' }).click();
    await answer.getByText(`${sv('1 090 999,50')} kr den 2026-06-30`, { exact: false }).waitFor();
    expect(await answer.textContent()).not.toContain('ryms inte');
    expect(await answer.textContent()).toContain('Betalningen ryms');
  });

  it('adds a planned payment that breaks the floor, then removes it', async () => {
    await economist.getByText('Lägg till flöde').click();
    await economist.getByLabel('Datum', { exact: true }).fill('2026-05-25');
    await economist.getByLabel('Benämning').fill('Löner maj');
    await economist.getByLabel('Slag').selectOption({ label: 'Löner' });
    await economist.getByLabel('Belopp (in +, ut −)', { exact: true }).fill('-750 000');
    await economist.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await economist.getByText('Löner maj är tillagt.').waitFor();
    // 1 190 999,50 − 750 000 = 440 999,50 from 2026-05-25: under the floor.
    const lowest = economist.getByTestId('lowest-balance');
    await expect.poll(() => lowest.textContent()).toBe(`${sv('440 999,50')} kr`);
    expect(await economist.getByText('Under golvet').count()).toBeGreaterThan(0);
    await screenshot(economist, 'follow-up-07-likviditet');
    expect(await axeViolations(economist)).toEqual([]);
    await economist.getByRole('button', { name: /Ta bort Löner maj 2026-05-25/ }).click();
    await economist.getByText('Löner maj är borttaget.').waitFor();
    await expect.poll(() => lowest.textContent()).toBe(`${sv('1 190 999,50')} kr`);
  });

  it('refuses a file with an unbalanced voucher, with its line, and stores nothing', async () => {
    await economist.getByLabel('SIE-fil (typ 4, .se eller .si)').setInputFiles(BROKEN);
    await economist.getByRole('button', { name: 'Läs in SIE-fil' }).click();
    const alert = economist.getByRole('alert');
    await alert.getByText(/Filen lästes inte in: 1 fel/).waitFor();
    expect(await alert.evaluate((el) => el === document.activeElement)).toBe(true);
    const row = await alert.locator('tbody tr').first().locator('td').allTextContents();
    // The #VER of the voucher whose rows sum to 1 000,00 is on line 11.
    expect(row.slice(0, 2)).toEqual(['11', '1']);
    expect(row[3]).toContain('does not balance');
    await screenshot(economist, 'follow-up-08-felaktig-fil');
    const imports = await economist.evaluate(async () => {
      const r = await fetch('/api/v1/accounting/sie-imports');
      return ((await r.json()) as { imports: { fileName: string }[] }).imports.map((i) => i.fileName);
    });
    expect(imports).toEqual(['nrf-2026.se']);
  });

  it('shows a reader the figures without any form, and holds at 320 px', async () => {
    const reader = await session('reader', { width: 320, height: 800 });
    await openFollowUp(reader);
    await reader.getByRole('table', { name: /^Budget mot utfall 2026/ }).waitFor();
    await reader.getByTestId('lowest-balance').waitFor();
    expect(await reader.getByRole('button', { name: 'Läs in SIE-fil' }).count()).toBe(0);
    expect(await reader.getByRole('button', { name: 'Spara prognos' }).count()).toBe(0);
    expect(await reader.locator('summary', { hasText: 'Lägg till flöde' }).count()).toBe(0);
    expect(await reader.locator('summary', { hasText: 'Justeringar' }).count()).toBe(0);
    expect(await reader.locator('main form').count()).toBe(1); // the payment check only: it stores nothing
    expect(await reader.getByRole('button', { name: /^Ta bort/ }).count()).toBe(0);
    // The override made by the economist is visible, comment and all.
    expect(await reader.locator('tr[data-line="staffCosts"] td.fu-forecast').textContent()).toContain(
      'Ny tjänst från april',
    );
    const overflow = await reader.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
    await screenshot(reader, 'follow-up-09-lasare-320');
    expect(await axeViolations(reader)).toEqual([]);
  });
});
