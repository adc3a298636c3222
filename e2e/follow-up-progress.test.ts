// The SIE upload's progress in Chromium (issue 5): an economist uploads a generated year
// of vouchers and watches it go — megabytes uploaded with a share, then rows stored with the
// share of the file read — before the summary replaces it. The upload is throttled in the
// browser (DevTools network emulation), so the upload phase lasts seconds by construction,
// not by luck; storing the rows on the embedded PGlite takes seconds of its own.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSie } from '../bench/sie-generate.ts';
import type { GeneratedSie } from '../bench/sie-generate.ts';
import { axeViolations, browserTestsSkipReason, logInAs, screenshot, startApp } from './harness.ts';
import type { Running } from './harness.ts';

const skipReason = browserTestsSkipReason();
const PLAN = '/plans/nrf-2026-2028/versions/1';
/** Rows in the generated file: about 16 MB, several seconds to store on PGlite. */
const ROWS = 300_000;
/** Upload speed in the browser, bytes per second: the file would take 8 s to send. */
const UPLOAD_BYTES_PER_S = 2_000_000;
const POLL = { timeout: 60_000, interval: 50 };

describe.skipIf(skipReason !== null)('the SIE upload shows its progress in Chromium', () => {
  let app: Running;
  let dir: string;
  let file: GeneratedSie;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'planvis-e2e-sie-'));
    [app, file] = await Promise.all([startApp(), generateSie(join(dir, 'ar-2024.se'), ROWS)]);
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('shows megabytes uploaded, then rows stored with the share read, then the summary', async () => {
    const page = await logInAs(app, 'economist');
    await page.waitForURL(`**${PLAN}/overview`);
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Uppföljning' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Uppföljning' }).waitFor();

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: UPLOAD_BYTES_PER_S,
    });

    await page.getByLabel('SIE-fil (typ 4, .se eller .si)').setInputFiles(file.path);
    await page.getByRole('button', { name: 'Läs in SIE-fil' }).click();
    const button = page.getByRole('button', { name: 'Läser in …' });
    const bar = page.getByRole('progressbar', { name: 'Inläsningen av SIE-filen' });
    // Words and bar read at one moment: the page updates them twice a second.
    const snapshot = () =>
      page.evaluate(() => {
        const el = document.querySelector('[role="status"] [data-testid="sie-progress"]');
        const progress = el?.querySelector('progress');
        return {
          text: el?.querySelector('.fu-progress-text')?.textContent ?? '',
          valueText: progress?.getAttribute('aria-valuetext') ?? null,
          value: Number(progress?.getAttribute('value') ?? NaN),
          max: Number(progress?.getAttribute('max') ?? NaN),
        };
      });
    let seen = await snapshot();
    const until = async (pattern: RegExp, ok: (s: typeof seen) => boolean = () => true) =>
      expect
        .poll(async () => {
          seen = await snapshot();
          return pattern.test(seen.text) && ok(seen);
        }, POLL)
        .toBe(true);

    // Uploading: "Laddar upp filen … 2,1 av 16,2 MB (12 %)", the bar at the bytes received.
    await until(/^Laddar upp filen … \d+,\d av \d+,\d\u00a0MB \(\d+\u00a0%\)$/, (s) => s.value > 0);
    expect(seen.max).toBe(file.bytes);
    expect(seen.value).toBeLessThan(file.bytes);
    expect(seen.valueText).toBe(seen.text);
    expect(await bar.count()).toBe(1);
    // The click left focus on the button; nothing took it.
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await button.getAttribute('aria-disabled')).toBe('true');
    await screenshot(page, 'follow-up-10-sie-laddar-upp');

    // At 320 px the words wrap and the bar shrinks: nothing sticks out sideways.
    await page.setViewportSize({ width: 320, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
    await screenshot(page, 'follow-up-11-sie-laddar-upp-320');
    await page.setViewportSize({ width: 1280, height: 900 });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });

    // Storing: "Sparar … 45 000 rader (21 % av filen läst)", once the first rows are in.
    const storing = /^Sparar … ([\d\u00a0]+) rader \(\d+\u00a0% av filen läst\)$/;
    const rowsOf = (text: string) => Number(storing.exec(text)?.[1]?.replace(/\u00a0/g, '') ?? 0);
    await until(storing, (s) => rowsOf(s.text) > 0);
    await screenshot(page, 'follow-up-12-sie-sparar');
    const stored = rowsOf(seen.text);
    expect(seen.value).toBeGreaterThan(0);
    expect(seen.max).toBe(file.bytes);
    expect(stored).toBeLessThanOrEqual(1 + file.vouchers + file.transRows);
    expect(seen.valueText).toBe(seen.text);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByText('ar-2024.se är inläst.').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('sie-progress').count()).toBe(0);
    const summary = await page.getByTestId('sie-summary').textContent();
    expect(summary).toContain(`Transaktioner${file.transRows.toLocaleString('sv-SE')}`);
  }, 180_000);
});
