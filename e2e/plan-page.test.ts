// Verksamhetsplan in Chromium against the real API: a planner adds a follow-up period,
// marks the activities of goals 1–3 done one by one and watches the verdict's activity
// condition turn met at six of eight (the plan's rule: "minst sex av åtta aktiviteter");
// a comment survives a reload; a stale save is refused and reloaded; a reader sees no
// controls; axe-core finds nothing; the layout holds at 320 px.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../src/api/testing/test-app.ts';
import { axeViolations, browserTestsSkipReason, screenshot, startApp } from './harness.ts';
import type { Running } from './harness.ts';

const skipReason = browserTestsSkipReason();
if (skipReason) console.warn(skipReason);

const PLAN = '/plans/nrf-2026-2028/versions/1';

/** The eight activities of goals 1–3 in data/plans/nrf-2026-2028.yaml (sub-activities not counted). */
const ACTIVITIES: { id: string; text: string }[] = [
  { id: 'mal-1-a1', text: 'Driva arbetet med framtagande av nytt regionvårdsavtal' },
  {
    id: 'mal-1-a2',
    text: 'Samordna lokala anvisningar till nationell högspecialiserad vård (NHV) i 1177 för vårdpersonal',
  },
  {
    id: 'mal-1-a3',
    text: 'Vidareutveckla uppdragen till sjukvårdsregionala programområden (RPO) genom att:',
  },
  {
    id: 'mal-2-a1',
    text: 'Genomföra en workshop med regionernas hälso- och sjukvårdsledning där beslutade samverkande aktiviteter fullföljs.',
  },
  { id: 'mal-2-a2', text: 'Stödja implementering av kunskapsstöd i regionerna' },
  {
    id: 'mal-2-a3',
    text: 'Säkerställa representation i nationella grupperingar inom kunskapsstyrningssystemet',
  },
  {
    id: 'mal-2-a4',
    text: 'Verka för gemensam representation i nationella grupperingar inom kunskapsstyrningssystemet',
  },
  { id: 'mal-3-a1', text: 'Stödja genomförande av gemensamma aktiviteter inom prioriterade områden' },
];
const PERIOD = 'Delår 2026';
/** The machine is shared: give the page time to save and refetch. */
const POLL = { timeout: 10_000 };
const COMMENT = 'Förslaget till nytt regionvårdsavtal är skickat till regionerna.';

describe.skipIf(skipReason !== null)('Verksamhetsplan in Chromium', () => {
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

  async function logIn(p: Page, username: string): Promise<void> {
    await p.goto(app.url);
    await p.getByLabel('Användarnamn').fill(username);
    await p.getByLabel('Lösenord').fill(TEST_PASSWORD);
    await p.getByRole('button', { name: 'Logga in' }).click();
    await p.waitForURL(`**${PLAN}/overview`);
  }

  const group = (p: Page, text: string) =>
    p.getByRole('group', { name: `Uppföljning ${PERIOD} – ${text}`, exact: true });
  const activitiesCondition = (p: Page) =>
    p.locator('.verdict-panel li[data-condition="activitiesDone"]').textContent();

  it('lets a planner add a follow-up period', async () => {
    await logIn(page, 'planner');
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Verksamhetsplan' })
      .click();
    await page.waitForURL(`**${PLAN}/plan`);
    await page.getByRole('heading', { level: 2, name: 'Det övergripande målet' }).waitFor();
    for (const n of ['1', '2', '3', '4', '5', '6']) {
      expect(await page.getByRole('heading', { level: 2, name: new RegExp(`^Mål ${n}: `) }).count()).toBe(1);
    }
    expect(await page.getByText('Planen har inga uppföljningsperioder ännu.', { exact: false }).count()).toBe(
      1,
    );
    // The seed has no periods: without one there is nothing to record against.
    expect(await page.getByRole('combobox', { name: 'Status' }).count()).toBe(0);
    await screenshot(page, 'plan-01-utan-period');
    expect(await axeViolations(page)).toEqual([]);

    // 30 February is not a date: refused in the form, nothing sent.
    await page.getByLabel('Avser tiden till och med').fill('2026-02-30');
    await page.getByRole('button', { name: 'Lägg till period' }).click();
    await page.getByRole('alert').filter({ hasText: 'Skriv ett giltigt datum inom år 2026' }).waitFor();
    expect(await page.getByLabel('Avser tiden till och med').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Typ').selectOption('interim');
    await page.getByLabel('År', { exact: true }).selectOption('2026');
    expect(await page.getByLabel('Avser tiden till och med').inputValue()).toBe('2026-08-31');
    await page.getByRole('button', { name: 'Lägg till period' }).click();
    await page.getByText(`Perioden ${PERIOD} har lagts till och är vald.`).waitFor();
    const picker = page.getByLabel('Uppföljningsperiod');
    await expect
      .poll(() => picker.locator('option:checked').textContent(), POLL)
      .toBe(`${PERIOD} (per 2026-08-31)`);
    // Every activity and sub-activity of goals 1–3 gets a form: 8 + the 4 under mal-1-a3.
    await expect.poll(() => page.getByRole('combobox', { name: 'Status' }).count(), POLL).toBe(12);
  }, 60_000);

  it('marks the activities done one by one; the activity condition is met at six of eight', async () => {
    await expect
      .poll(() => activitiesCondition(page), POLL)
      .toBe('✗Inte uppfyllt 0 av 8 aktiviteter genomförda; krav: minst 6 av 8.');
    for (const [i, activity] of ACTIVITIES.entries()) {
      const form = group(page, activity.text);
      await form.getByLabel('Status').selectOption({ label: 'Genomförd' });
      await form.getByRole('button', { name: 'Spara' }).click();
      await form
        .getByRole('status')
        .filter({ hasText: `Sparat: Genomförd för ${PERIOD}.` })
        .waitFor();
      const done = i + 1;
      const expected =
        done >= 6
          ? `✓Uppfyllt ${done} av 8 aktiviteter genomförda; krav: minst 6 av 8.`
          : `✗Inte uppfyllt ${done} av 8 aktiviteter genomförda; krav: minst 6 av 8.`;
      await expect.poll(() => activitiesCondition(page), POLL).toBe(expected);
      if (done === 5) await screenshot(page, 'plan-02-fem-av-atta');
    }
    // The budget's result for 2026 is −1 988 tkr (goal 4 not met), so the verdict stays "not met".
    const panel = page.locator('.verdict-panel');
    expect(await panel.getByText('God ekonomisk hushållning uppnås inte').count()).toBe(1);
    expect(await panel.locator('tbody tr').allTextContents()).toEqual([
      'Genomförd8',
      'Pågår0',
      'Ej påbörjad0',
      'Ej genomförd0',
    ]);
    await screenshot(page, 'plan-03-alla-genomforda');
    expect(await axeViolations(page)).toEqual([]);
  }, 60_000);

  it('saves a comment that is shown after a reload', async () => {
    const first = ACTIVITIES[0]!;
    const form = group(page, first.text);
    await form.getByLabel('Kommentar').fill(COMMENT);
    await form.getByRole('button', { name: 'Spara' }).click();
    await form.getByRole('status').filter({ hasText: 'Sparat' }).waitFor();
    await page.reload();
    await group(page, first.text).waitFor();
    expect(await group(page, first.text).getByLabel('Kommentar').inputValue()).toBe(COMMENT);
    expect(await page.getByText(`Kommentar: ${COMMENT}`, { exact: true }).count()).toBe(1);
    expect(await group(page, first.text).getByLabel('Status').inputValue()).toBe('done');
  }, 60_000);

  it('refuses a stale save of the same activity with a clear message and reloads', async () => {
    const first = ACTIVITIES[0]!;
    // Someone else records the same activity after this page loaded.
    const other = await app.ctx.login('planner');
    const goals = (await (await other.get(`/api/v1${PLAN}/goals`)).json()) as { revision: number };
    const response = await other.put(`/api/v1${PLAN}/activities/${first.id}/follow-up`, {
      revision: goals.revision,
      period: 'delar-2026',
      status: 'inProgress',
      comment: 'Ändrat av en kollega.',
    });
    expect(response.status).toBe(200);

    const form = group(page, first.text);
    await form.getByLabel('Status').selectOption({ label: 'Ej genomförd' });
    await form.getByRole('button', { name: 'Spara' }).click();
    await form.getByRole('alert').filter({ hasText: 'Någon annan har ändrat samma uppgift' }).waitFor();
    // The colleague's values are now shown; nothing of ours was written.
    await expect.poll(() => form.getByLabel('Status').inputValue(), POLL).toBe('inProgress');
    expect(await form.getByLabel('Kommentar').inputValue()).toBe('Ändrat av en kollega.');
    await expect
      .poll(() => activitiesCondition(page), POLL)
      .toBe('✓Uppfyllt 7 av 8 aktiviteter genomförda; krav: minst 6 av 8.');
    await screenshot(page, 'plan-04-konflikt');
    expect(await axeViolations(page)).toEqual([]);
  }, 60_000);

  it('holds its layout at 320 px', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.reload();
    await group(page, ACTIVITIES[0]!.text).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'plan-05-320px');
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
  }, 60_000);

  it('shows a reader the statuses without any edit controls', async () => {
    const readerContext = await app.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'sv-SE',
    });
    const p = await readerContext.newPage();
    try {
      await logIn(p, 'reader');
      await p.goto(`${app.url}${PLAN}/plan`);
      await p.getByRole('heading', { level: 2, name: 'Det övergripande målet' }).waitFor();
      await p.getByText('Din roll kan läsa uppföljningen men inte ändra den.').waitFor();
      expect(await p.getByRole('button', { name: 'Spara' }).count()).toBe(0);
      expect(await p.getByRole('combobox', { name: 'Status' }).count()).toBe(0);
      expect(await p.getByRole('textbox').count()).toBe(0);
      expect(await p.getByText('Lägg till uppföljningsperiod').count()).toBe(0);
      // Statuses in words: 7 activities done, one in progress (the colleague's), sub-activities not started.
      expect(await p.locator('.activity-status', { hasText: `Status ${PERIOD}: ✓Genomförd` }).count()).toBe(
        7,
      );
      expect(await p.locator('.activity-status', { hasText: `Status ${PERIOD}: !Pågår` }).count()).toBe(1);
      expect(await p.getByText('Kommentar: Ändrat av en kollega.', { exact: true }).count()).toBe(1);
      await screenshot(p, 'plan-06-lasare');
      expect(await axeViolations(p)).toEqual([]);
    } finally {
      await readerContext.close();
    }
  }, 60_000);

  it('shows a decided version as locked, without controls, even to a planner', async () => {
    const admin = await app.ctx.login('admin');
    const older = '/api/v1/plans/nrf-2018-2020/versions/1';
    const { version } = (await (await admin.get(older)).json()) as { version: { revision: number } };
    const decided = await admin.post(`${older}/decide`, {
      revision: version.revision,
      date: '2017-12-08',
      paragraph: '§ 12',
    });
    expect(decided.status).toBe(200);
    await page.goto(`${app.url}/plans/nrf-2018-2020/versions/1/plan`);
    await page.getByRole('heading', { level: 2, name: 'Prioriterade utvecklingsaktiviteter' }).waitFor();
    await page
      .getByText('Versionen är beslutad (direktionens beslut 2017-12-08 § 12) och kan inte ändras.', {
        exact: false,
      })
      .waitFor();
    expect(
      await page
        .getByRole('button')
        .filter({ hasText: /Spara|Lägg till period/ })
        .count(),
    ).toBe(0);
    expect(await page.getByRole('combobox', { name: 'Status' }).count()).toBe(0);
    // The 2018–2020 rule: 100 % of the 7 prioritised activities; Aktivitet 8 (8a–8f) recurs.
    expect(await page.getByText('Årligen återkommande', { exact: true }).count()).toBe(7);
    expect(await page.locator('.verdict-panel li[data-condition="activitiesDone"]').textContent()).toBe(
      '✗Inte uppfyllt 0 av 7 aktiviteter genomförda; krav: 100\u00a0% av 7.',
    );
    await screenshot(page, 'plan-07-last');
    expect(await axeViolations(page)).toEqual([]);
  }, 60_000);
});
