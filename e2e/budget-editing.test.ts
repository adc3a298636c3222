// The budget as a spreadsheet in Chromium: edit a cell and see the result before saving,
// paste a 3×4 block from Excel, save, a second session's stale save gets the conflict
// dialog; readers and members see it read-only; Avstämning links to the cell it concerns.
// Figures are the 2026–2028 plan's (tkr) and hand arithmetic in the comments.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserTestsSkipReason, logInAs, screenshot, startApp } from './harness.ts';
import type { Running } from './harness.ts';

const skipReason = browserTestsSkipReason();

/** sv-SE amounts as the page writes them: U+2212 minus, no-break space between groups. */
const sv = (text: string) => text.replace(/-/g, '\u2212').replace(/ /g, '\u00a0');
const PLAN = '/plans/nrf-2026-2028/versions/1';
const GRID = 'NRF 2025-2028, belopp i tkr';

describe.skipIf(skipReason !== null)('editing the budget in Chromium', () => {
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

  async function openBudget(page: Page): Promise<void> {
    await page.goto(`${app.url}${PLAN}/budget`);
    await page.getByRole('grid', { name: GRID }).waitFor();
  }

  const cell = (page: Page, line: number, column: number) =>
    page.locator(`td[data-row="${line}"][data-col="${column}"]`);
  const computed = (page: Page) => page.locator('tfoot tr.result-computed td').allTextContents();

  /** Dispatches a paste of `text` on the focused element, as Ctrl+V from Excel would. */
  async function paste(page: Page, text: string): Promise<void> {
    await page.evaluate((data) => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', data);
      const event = new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true });
      document.activeElement?.dispatchEvent(event);
    }, text);
  }

  let economist: Page;

  it('recomputes the result as a cell is typed, before anything is saved', async () => {
    economist = await session('economist');
    await openBudget(economist);
    // Personalkostnader, Budget 2026 (row 1, column 1): −8 423.
    await cell(economist, 1, 1).click();
    await economist.keyboard.press('Enter');
    const input = economist.getByRole('textbox', { name: 'Personalkostnader, Budget 2026' });
    expect(await input.inputValue()).toBe('\u22128 423');
    await input.fill('-8 000');
    await economist.keyboard.press('Enter');
    // 2026: −1 988 + 423 = −1 565; the other years are unchanged.
    expect(await computed(economist)).toEqual([sv('-2 710'), sv('-1 565'), sv('-948'), sv('-1')]);
    expect(await cell(economist, 1, 1).textContent()).toContain(sv('-8 000'));
    expect(await economist.getByRole('status').first().textContent()).toContain(`2026 ${sv('-1 565')}`);
    // Nothing is saved yet: the API still has the plan's figure.
    const saved = await economist.evaluate(async () => {
      const r = await fetch('/api/v1/plans/nrf-2026-2028/versions/1/budget');
      return ((await r.json()) as { lines: { amountsOre: Record<string, number> }[] }).lines[1]?.amountsOre[
        '2026'
      ];
    });
    expect(saved).toBe(-842_300_000);
    // Enter moved down to Köpt verksamhet 2026; Escape cancels an edit there.
    await economist.keyboard.press('F2');
    await economist.keyboard.type('1');
    await economist.keyboard.press('Escape');
    expect(await cell(economist, 2, 1).textContent()).toBe(sv('-46 828'));
    await screenshot(economist, 'budget-01-andrad-cell');
  });

  it('moves with the arrow keys and Tab', async () => {
    await cell(economist, 0, 0).click();
    await economist.keyboard.press('ArrowDown');
    await economist.keyboard.press('ArrowRight');
    await economist.keyboard.press('Tab');
    const focused = await economist.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return [el.dataset.row, el.dataset.col];
    });
    expect(focused).toEqual(['1', '2']);
  });

  it('pastes a 3×4 block copied from Excel and recomputes every year', async () => {
    // From Personalkostnader 2025: rows Personalkostnader, Köpt verksamhet, Övriga kostnader.
    await cell(economist, 1, 0).click();
    const block = [
      '-8 000\t-8 100\t-8 200\t-8 300',
      '-46 000\t-46 100\t-46 200\t-46 300',
      '-1 000\t-1 100\t-1 200\t-1 300',
    ]
      .join('\r\n')
      .concat('\r\n');
    await paste(economist, block);
    expect(await economist.getByRole('status').first().textContent()).toContain('Inklistrat 3 × 4 celler');
    // 2025: 54 220 − 8 000 − 46 000 − 1 000 + 18 247 = 17 467
    // 2026: 44 376 − 8 100 − 46 100 − 1 100 + 10 279 = −645
    // 2027: 44 937 − 8 200 − 46 200 − 1 200 + 10 514 = −149
    // 2028: 45 672 − 8 300 − 46 300 − 1 300 + 10 755 = 527
    expect(await computed(economist)).toEqual([sv('17 467'), sv('-645'), sv('-149'), sv('527')]);
    expect(await economist.getByRole('button', { name: 'Spara ändringar (12)' }).isEnabled()).toBe(true);
    await screenshot(economist, 'budget-02-inklistrat');
    expect(await axeViolations(economist)).toEqual([]);
  });

  it('pastes nothing when a cell of the block is not a number', async () => {
    await cell(economist, 0, 0).click();
    await paste(economist, '1\t2\n3\ttre');
    expect(await economist.getByRole('status').first().textContent()).toContain('Inget klistrades in');
    expect(await cell(economist, 0, 0).textContent()).toBe(sv('54 220'));
  });

  it('saves only the changed cells', async () => {
    await economist.getByRole('button', { name: 'Spara ändringar (12)' }).click();
    await economist.getByText('12 ändringar sparade.').waitFor();
    const saved = await economist.evaluate(async () => {
      const r = await fetch('/api/v1/plans/nrf-2026-2028/versions/1/budget');
      const body = (await r.json()) as { lines: { amountsOre: Record<string, number> }[] };
      return body.lines.map((l) => l.amountsOre['2028']);
    });
    expect(saved).toEqual([4_567_200_000, -830_000_000, -4_630_000_000, -130_000_000, 1_075_500_000, 0]);
    expect(await computed(economist)).toEqual([sv('17 467'), sv('-645'), sv('-149'), sv('527')]);
    expect(await economist.locator('td.pending').count()).toBe(0);
  });

  it('shows a second session’s stale save both values in the conflict dialog', async () => {
    const admin = await session('admin');
    await openBudget(admin);
    await openBudget(economist);
    // Both have the same revision. The economist saves Övriga kostnader 2027 first …
    await cell(economist, 3, 2).click();
    await economist.keyboard.type('-1 500');
    await economist.keyboard.press('Enter');
    await economist.getByRole('button', { name: 'Spara ändringar (1)' }).click();
    await economist.getByText('1 ändring sparad.').waitFor();
    // … then the admin, from the old revision, types −1 250 into the same cell and saves.
    await cell(admin, 3, 2).click();
    await admin.keyboard.type('-1 250');
    await admin.keyboard.press('Enter');
    await admin.getByRole('button', { name: 'Spara ändringar (1)' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Någon annan har sparat först' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('economist');
    expect(await dialog.getByTestId('theirs').textContent()).toBe(`${sv('-1 500')} tkr`);
    expect(await dialog.getByTestId('yours').textContent()).toBe(`${sv('-1 250')} tkr`);
    await screenshot(admin, 'budget-03-konflikt');
    expect(await axeViolations(admin)).toEqual([]);
    // Nothing of the admin's was saved.
    const now = await admin.evaluate(async () => {
      const r = await fetch('/api/v1/plans/nrf-2026-2028/versions/1/budget');
      return ((await r.json()) as { lines: { amountsOre: Record<string, number> }[] }).lines[3]?.amountsOre[
        '2027'
      ];
    });
    expect(now).toBe(-150_000_000);
    // The admin keeps the saved value: the dialog closes and nothing is overwritten.
    await dialog.getByRole('radio', { name: 'Använd sparat' }).check();
    await dialog.getByRole('button', { name: 'Spara med mina val' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const after = await admin.evaluate(async () => {
      const r = await fetch('/api/v1/plans/nrf-2026-2028/versions/1/budget');
      return ((await r.json()) as { lines: { amountsOre: Record<string, number> }[] }).lines[3]?.amountsOre[
        '2027'
      ];
    });
    expect(after).toBe(-150_000_000);
  });

  it('indexes a column from the previous one with a preview', async () => {
    await openBudget(economist);
    await economist.getByText('Indexera en kolumn').click();
    await economist.getByLabel('Kolumn att räkna fram').selectOption({ label: 'Prel budget 2027' });
    await economist.getByLabel('Indexserie').selectOption({ label: 'Egen procentsats' });
    await economist.getByLabel('Procent').fill('2,1');
    await economist.getByRole('button', { name: 'Förhandsgranska' }).click();
    // Bidrag från medlemmar: 10 279 × 1,021 = 10 494,859 → 10 495; now 10 514, change −19.
    const preview = economist.getByRole('table', { name: /^Förhandsgranskning: Prel budget 2027/ });
    const row = await preview.locator('tbody tr').first().locator('th, td').allTextContents();
    expect(row).toEqual(['Bidrag från medlemmar', sv('10 514'), sv('10 495'), sv('-19')]);
    await screenshot(economist, 'budget-04-indexering');
    await economist.getByRole('button', { name: 'Lägg in i budgeten' }).click();
    expect(await cell(economist, 4, 2).textContent()).toContain(sv('10 495'));
    expect(await axeViolations(economist)).toEqual([]);
  });

  it('is read-only for a reader, with no edit controls', async () => {
    const reader = await session('reader');
    await openBudget(reader);
    await reader.getByText('Din roll kan läsa budgeten men inte ändra den.').waitFor();
    expect(await reader.getByRole('button', { name: /Spara ändringar/ }).count()).toBe(0);
    await cell(reader, 1, 1).click();
    await reader.keyboard.press('Enter');
    expect(await reader.getByRole('textbox').count()).toBe(0);
    await screenshot(reader, 'budget-05-lasare');
  });

  it('links a finding on Avstämning to its cell, highlighted', async () => {
    await economist.goto(`${app.url}${PLAN}/reconciliation`);
    const link = economist.getByRole('link', { name: /Budgeterat resultat, Prel budget 2028/ });
    await link.click();
    await economist.waitForURL(/\/budget\?cell=/);
    const marked = economist.locator('td.highlight');
    await marked.waitFor();
    expect(await marked.getAttribute('data-path')).toBe('budget.result.stated.2028');
    expect(await economist.evaluate(() => document.activeElement?.getAttribute('data-path'))).toBe(
      'budget.result.stated.2028',
    );
    await screenshot(economist, 'budget-06-markerad-avvikelse');
  });

  it('holds at 200 % zoom (640 CSS px) and 320 px without the page scrolling sideways', async () => {
    for (const width of [640, 320]) {
      const page = await session('economist', { width, height: 700 });
      await openBudget(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect({ width, overflow }).toEqual({ width, overflow: 0 });
      await screenshot(page, `budget-07-${width}px`);
      expect(await axeViolations(page)).toEqual([]);
    }
  });
});
