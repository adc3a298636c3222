// Documents in Chromium: the plan downloaded as PDF from Översikt, the budget as XLSX from
// Budget, changed with ExcelJS and imported back through the form (the grid and the
// computed result follow), a bad cell named in the alert; a planner edits a free-text
// section; a reader sees the links but no import and no editor. Figures are the 2026–2028
// plan's (tkr), with the hand arithmetic in the comments.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SCREENSHOTS,
  axeViolations,
  browserTestsSkipReason,
  logInAs,
  screenshot,
  startApp,
} from './harness.ts';
import type { Running } from './harness.ts';

const skipReason = browserTestsSkipReason();

/** sv-SE amounts as the page writes them: U+2212 minus, no-break space between groups. */
const sv = (text: string) => text.replace(/-/g, '\u2212').replace(/ /g, '\u00a0');
const PLAN = '/plans/nrf-2026-2028/versions/1';
const GRID = 'NRF 2025-2028, belopp i tkr';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const POLL = { timeout: 10_000 };
const SECTION = '1 Verksamhetsplanering 2026 – 2028';

type LoadInput = Parameters<ExcelJS.Xlsx['load']>[0];

/** A1 letters of a column number (1 → A), as the sheet's addresses use them. */
const letter = (column: number) => String.fromCharCode(64 + column);

/**
 * The budget sheet's figure cell for a line and year, found as src/formats/xlsx reads it:
 * by the line key in the hidden column A and the year in the hidden "#year" row.
 */
function figureCell(sheet: ExcelJS.Worksheet, lineKey: string, year: number): ExcelJS.Cell {
  let yearRow = 0;
  let lineRow = 0;
  sheet.eachRow((row, n) => {
    const key = row.getCell(1).value;
    if (key === '#year') yearRow = n;
    if (key === lineKey) lineRow = n;
  });
  let column = 0;
  sheet.getRow(yearRow).eachCell((cell, n) => {
    if (cell.value === year) column = n;
  });
  if (yearRow === 0 || lineRow === 0 || column === 0) throw new Error(`no cell for ${lineKey} ${year}`);
  return sheet.getCell(lineRow, column);
}

async function workbookOf(download: Download): Promise<ExcelJS.Workbook> {
  const path = await download.path();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(path)) as unknown as LoadInput);
  return workbook;
}

describe.skipIf(skipReason !== null)('documents in Chromium', () => {
  let app: Running;

  beforeAll(async () => {
    app = await startApp();
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
  });

  async function session(username: string): Promise<Page> {
    const page = await logInAs(app, username, { acceptDownloads: true });
    await page.waitForURL(`**${PLAN}/overview`);
    return page;
  }

  async function openBudget(page: Page): Promise<void> {
    await page.goto(`${app.url}${PLAN}/budget`);
    await page.getByRole('grid', { name: GRID }).waitFor();
  }

  async function download(page: Page, link: string): Promise<Download> {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: link, exact: true }).click(),
    ]);
    return file;
  }

  const cell = (page: Page, line: number, column: number) =>
    page.locator(`td[data-row="${line}"][data-col="${column}"]`);
  const computed = (page: Page) => page.locator('tfoot tr.result-computed td').allTextContents();

  async function upload(page: Page, name: string, workbook: ExcelJS.Workbook): Promise<void> {
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    await page.getByLabel('Excel-fil (.xlsx)').setInputFiles({ name, mimeType: XLSX, buffer });
    await page.getByRole('button', { name: 'Läs in', exact: true }).click();
  }

  let economist: Page;
  let workbook: ExcelJS.Workbook;

  it('downloads the plan as PDF from Översikt', async () => {
    economist = await session('economist');
    const links = economist.getByRole('region', { name: 'Ladda ner planen' }).getByRole('link');
    await links.first().waitFor();
    expect(await links.allTextContents()).toEqual([
      'Verksamhetsplan och budget (PDF)',
      'Verksamhetsplan och budget (Word)',
      'Budget och medlemsbidrag (Excel)',
    ]);
    const pdf = await download(economist, 'Verksamhetsplan och budget (PDF)');
    expect(pdf.suggestedFilename()).toBe('nrf-2026-2028-v1.pdf');
    const bytes = await readFile(await pdf.path());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await screenshot(economist, 'documents-01-oversikt');
    expect(await axeViolations(economist)).toEqual([]);
  }, 60_000);

  it('downloads the budget as XLSX, and a changed figure imported back shows in the grid', async () => {
    await openBudget(economist);
    const xlsx = await download(economist, 'Budget och medlemsbidrag (Excel)');
    expect(xlsx.suggestedFilename()).toBe('nrf-2026-2028-v1.xlsx');
    workbook = await workbookOf(xlsx);
    const sheet = workbook.getWorksheet('Budget');
    if (!sheet) throw new Error('no Budget sheet');
    const staff2026 = figureCell(sheet, 'staffCosts', 2026);
    expect(staff2026.value).toBe(-8423);
    // Before: 2026 computed 44 376 − 8 423 − 46 828 − 1 392 + 10 279 + 0 = −1 988.
    expect((await computed(economist))[1]).toBe(sv('-1 988'));
    staff2026.value = -8500;
    await upload(economist, 'budget-2026.xlsx', workbook);
    await economist
      .getByRole('status')
      .filter({ hasText: 'budget-2026.xlsx är inläst: 1 belopp ändrades.' })
      .waitFor();
    // Personalkostnader 2026 (row 1, column 1) is now −8 500; 2026: −1 988 − 77 = −2 065.
    await expect.poll(() => cell(economist, 1, 1).textContent(), POLL).toContain(sv('-8 500'));
    expect(await computed(economist)).toEqual([sv('-2 710'), sv('-2 065'), sv('-948'), sv('-1')]);
    const saved = await economist.evaluate(async () => {
      const r = await fetch('/api/v1/plans/nrf-2026-2028/versions/1/budget');
      return ((await r.json()) as { lines: { amountsOre: Record<string, number> }[] }).lines[1]?.amountsOre[
        '2026'
      ];
    });
    expect(saved).toBe(-850_000_000);
    await screenshot(economist, 'documents-02-budget-inlast');
    expect(await axeViolations(economist)).toEqual([]);
  }, 60_000);

  it('names the cell of a text in a figure cell and saves nothing', async () => {
    const sheet = workbook.getWorksheet('Budget');
    if (!sheet) throw new Error('no Budget sheet');
    const staff2027 = figureCell(sheet, 'staffCosts', 2027);
    const address = `Budget!${letter(Number(staff2027.col))}${staff2027.row}`;
    staff2027.value = 'åtta tusen';
    await upload(economist, 'budget-fel.xlsx', workbook);
    const alert = economist.getByRole('alert').filter({ hasText: '1 cell är fel' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain(`${address}: Orsak på engelska: not a number`);
    expect(await alert.evaluate((el) => el === document.activeElement)).toBe(true);
    // Personalkostnader 2027 keeps −8 549.
    expect(await cell(economist, 1, 2).textContent()).toContain(sv('-8 549'));
    await screenshot(economist, 'documents-03-felaktig-cell');
    expect(await axeViolations(economist)).toEqual([]);
  }, 60_000);

  it('lets a planner edit a free-text section by keyboard; it is saved and reloaded', async () => {
    const planner = await session('planner');
    await planner.goto(`${app.url}${PLAN}/plan`);
    const texts = planner.getByRole('region', { name: 'Planens texter' });
    await texts.getByRole('heading', { name: SECTION }).waitFor();
    await texts.getByRole('button', { name: `Ändra texten i ${SECTION}` }).click();
    const editor = texts.getByRole('group', { name: `Texten i ${SECTION}` });
    // The seed's section: paragraph, paragraph, quote; the first field has the focus.
    const first = editor.getByRole('group', { name: 'Del 1 av 3: stycke' }).getByLabel('Text');
    expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
    const second = editor.getByRole('group', { name: 'Del 2 av 3: stycke' }).getByLabel('Text');
    expect(await second.inputValue()).toBe('Det övergripande målet lyder;');
    await second.fill('Det övergripande målet för perioden lyder:');
    // A bullet list, added and moved above the quote with the keyboard only.
    await editor.getByRole('button', { name: 'Lägg till punktlista' }).press('Enter');
    const bullets = editor
      .getByRole('group', { name: 'Del 4 av 4: punktlista' })
      .getByLabel('Punkter, en per rad');
    expect(await bullets.evaluate((el) => el === document.activeElement)).toBe(true);
    await planner.keyboard.type('Hälso- och sjukvård\nKunskapsstyrning\n');
    await editor.getByRole('button', { name: 'Flytta upp del 4' }).press('Enter');
    expect(await editor.getByRole('group', { name: 'Del 3 av 4: punktlista' }).count()).toBe(1);
    // Focus stayed on the moved block's button.
    expect(await planner.evaluate(() => document.activeElement?.textContent)).toBe('Flytta upp del 3');
    await screenshot(planner, 'documents-04-texteditor');
    // The whole page is long: the section on its own too, to look at the editor.
    await texts
      .getByRole('region', { name: SECTION })
      .screenshot({ path: join(SCREENSHOTS, 'documents-04-texteditor-avsnitt.png') });
    expect(await axeViolations(planner)).toEqual([]);

    await editor.getByRole('button', { name: 'Spara texten' }).click();
    await texts
      .getByRole('status')
      .filter({ hasText: `Texten i ${SECTION} är sparad.` })
      .waitFor();
    expect(await planner.evaluate(() => document.activeElement?.id)).toMatch(/edit-0$/);

    await planner.reload();
    const section = planner
      .getByRole('region', { name: 'Planens texter' })
      .getByRole('region', { name: SECTION });
    await section.getByText('Det övergripande målet för perioden lyder:').waitFor();
    expect(await section.getByRole('listitem').allTextContents()).toEqual([
      'Hälso- och sjukvård',
      'Kunskapsstyrning',
    ]);
    const blocks = await planner.evaluate(async () => {
      const r = await fetch('/api/v1/plans/nrf-2026-2028/versions/1/document');
      return ((await r.json()) as { narrative: { blocks: object[] }[] }).narrative[0]?.blocks;
    });
    expect(blocks?.slice(1).map((b) => Object.keys(b)[0])).toEqual(['paragraph', 'bullets', 'quote']);
    expect(blocks?.[1]).toEqual({ paragraph: 'Det övergripande målet för perioden lyder:' });
    expect(blocks?.[2]).toEqual({ bullets: ['Hälso- och sjukvård', 'Kunskapsstyrning'] });
    await screenshot(planner, 'documents-05-texter-sparade');
    await section.screenshot({ path: join(SCREENSHOTS, 'documents-05-texter-sparade-avsnitt.png') });
  }, 60_000);

  it('refuses an empty block in the editor, naming it, and sends nothing', async () => {
    const planner = await session('planner');
    await planner.goto(`${app.url}${PLAN}/plan`);
    const texts = planner.getByRole('region', { name: 'Planens texter' });
    await texts.getByRole('button', { name: 'Ändra texten i Kunskapsstyrning' }).click();
    const editor = texts.getByRole('group', { name: 'Texten i Kunskapsstyrning' });
    await editor.getByRole('button', { name: 'Lägg till stycke' }).click();
    await editor.getByRole('button', { name: 'Spara texten' }).click();
    await editor.getByRole('alert').filter({ hasText: 'En del saknar text.' }).waitFor();
    const empty = planner.locator('textarea[aria-invalid="true"]');
    expect(await empty.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await editor.getByText('Skriv en text eller ta bort delen.').count()).toBe(1);
    await editor.getByRole('button', { name: 'Avbryt' }).click();
    expect(await planner.evaluate(() => document.activeElement?.textContent)).toBe(
      'Ändra texten i Kunskapsstyrning',
    );
  }, 60_000);

  it('offers the follow-up report of the chosen period on Verksamhetsplan', async () => {
    const planner = await session('planner');
    await planner.goto(`${app.url}${PLAN}/plan`);
    await planner.getByLabel('Typ').selectOption('interim');
    await planner.getByLabel('År', { exact: true }).selectOption('2026');
    await planner.getByRole('button', { name: 'Lägg till period' }).click();
    const report = planner.getByRole('region', { name: 'Uppföljningsrapport, Delår 2026' });
    await report.waitFor();
    const pdf = await download(planner, 'Uppföljningsrapport Delår 2026 (PDF)');
    expect(pdf.suggestedFilename()).toMatch(/^nrf-2026-2028-v1-.*2026.*\.pdf$/);
    const bytes = await readFile(await pdf.path());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await screenshot(planner, 'documents-06-uppfoljningsrapport');
    await report.screenshot({ path: join(SCREENSHOTS, 'documents-06-uppfoljningsrapport-kort.png') });
    expect(await axeViolations(planner)).toEqual([]);
  }, 60_000);

  it('shows a reader the downloads but no import and no editing', async () => {
    const reader = await session('reader');
    await reader.getByRole('link', { name: 'Verksamhetsplan och budget (PDF)' }).waitFor();
    await openBudget(reader);
    expect(await reader.getByRole('link', { name: 'Budget och medlemsbidrag (Excel)' }).count()).toBe(1);
    expect(await reader.getByLabel('Excel-fil (.xlsx)').count()).toBe(0);
    expect(await reader.getByRole('button', { name: 'Läs in' }).count()).toBe(0);
    await screenshot(reader, 'documents-07-lasare-budget');
    expect(await axeViolations(reader)).toEqual([]);
    await reader.goto(`${app.url}${PLAN}/plan`);
    const texts = reader.getByRole('region', { name: 'Planens texter' });
    await texts.getByRole('heading', { name: SECTION }).waitFor();
    expect(await texts.getByRole('button', { name: /^Ändra/ }).count()).toBe(0);
    await screenshot(reader, 'documents-08-lasare-texter');
    expect(await axeViolations(reader)).toEqual([]);
  }, 60_000);
});
