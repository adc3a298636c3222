// The follow-up report with outcome: budget versus outcome, forecast and the
// balanskravsutredning in the model, the PDF (read back by pdftotext) and the DOCX XML.
// The outcome is the follow-up API tests' fixture through August 2026 (kronor, see
// src/api/follow-up/follow-up-api.test.ts), with the revenue forecast overridden to
// 16 500 000 and the balanskravsutredning after a 50 000 gain and 300 000 from the RUR.
// Whole tkr, half away from zero: 28 384 000 → 28 384; 1 104 668 → 1 105; 1 354 668 → 1 355.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { renderFollowUpDocx } from '../docx/index.ts';
import { renderFollowUpPdf } from '../pdf/index.ts';
import { followUpDocument } from './follow-up-document.ts';
import type { FollowUpOutcome } from './follow-up-outcome.ts';
import type { Block } from './model.ts';
import { DRAFT_META, INTERIM, followedUpPlan } from './test-plans.ts';

const MINUS = '\u2212';
const NBSP = '\u00a0';
const kr = (kronor: number): number => kronor * 100;

const OUTCOME: FollowUpOutcome = {
  year: 2026,
  throughMonth: 8,
  source: { fileName: 'nrf-follow-up-2026.se', importedAt: '2026-09-02T08:00:00.000Z', company: 'NRF' },
  lines: [
    {
      label: 'Intäkter',
      budgetYearOre: kr(44_376_000),
      budgetToDateOre: kr(29_584_000),
      outcomeToDateOre: kr(1_200_000),
      varianceOre: kr(-28_384_000),
      variancePercent: '-95.94',
      forecastOre: kr(16_500_000),
      overrideComment: 'Samfinansiering RCC väntas högre',
    },
    {
      label: 'Personalkostnader',
      budgetYearOre: kr(-8_423_000),
      budgetToDateOre: kr(-5_615_332),
      outcomeToDateOre: kr(-4_000_000),
      varianceOre: kr(1_615_332),
      variancePercent: '28.77',
      forecastOre: kr(-6_807_668),
      overrideComment: null,
    },
  ],
  result: {
    budgetYearOre: kr(-1_988_000),
    budgetToDateOre: kr(-1_325_332),
    outcomeToDateOre: kr(-1_200_000),
    forecastOre: kr(-1_354_668),
  },
  unmapped: [{ account: '8810', name: 'Extraordinara intakter', amountOre: kr(-10_000) }],
  balanceRequirement: {
    basis: 'forecast',
    rows: [
      { label: 'Årets resultat', amountOre: kr(-1_354_668), kind: 'result' },
      { label: 'Samtliga realisationsvinster', amountOre: kr(-50_000), kind: 'adjustment' },
      { label: 'Årets resultat efter balanskravsjusteringar', amountOre: kr(-1_404_668), kind: 'subtotal' },
      { label: 'Disposition från resultatutjämningsreserv (RUR)', amountOre: kr(300_000), kind: 'reserve' },
      { label: 'Balanskravsresultat', amountOre: kr(-1_104_668), kind: 'total' },
    ],
    balanceRequirementResultOre: kr(-1_104_668),
    reserve: 'RUR',
    deficits: [
      {
        year: 2026,
        amountOre: kr(1_104_668),
        restoredOre: 0,
        remainingOre: kr(1_104_668),
        deadlineYear: 2029,
        status: 'open',
      },
    ],
  },
};

const tables = (blocks: readonly Block[]) => blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));

describe('the follow-up report with outcome', () => {
  it('has budget versus outcome in tkr with the result, override, unmapped and balanskravsutredning', () => {
    const model = followUpDocument(followedUpPlan(), DRAFT_META, INTERIM, undefined, OUTCOME);
    const byCaption = new Map(tables(model.body).map((t) => [t.caption, t]));
    const budget = byCaption.get('Budget mot utfall t.o.m. augusti 2026, tkr');
    expect(budget?.rows[0]).toEqual({
      kind: 'body',
      cells: [
        'Intäkter',
        `44${NBSP}376`,
        `29${NBSP}584`,
        `1${NBSP}200`,
        `${MINUS}28${NBSP}384`,
        `${MINUS}95,94${NBSP}%`,
        `16${NBSP}500 *`,
      ],
    });
    // The result's variance: −1 200 000 − (−1 325 332) = 125 332 → 125.
    expect(budget?.rows[2]).toEqual({
      kind: 'total',
      cells: [
        'Resultat',
        `${MINUS}1${NBSP}988`,
        `${MINUS}1${NBSP}325`,
        `${MINUS}1${NBSP}200`,
        '125',
        '–',
        `${MINUS}1${NBSP}355`,
      ],
    });
    expect(budget?.notes).toContain('* Prognosen för Intäkter är ändrad: Samfinansiering RCC väntas högre');
    expect(budget?.notes.some((n) => n.includes('avrundade till hela tkr'))).toBe(true);
    expect(byCaption.get('Konton utan budgetrad')?.rows).toEqual([
      { kind: 'body', cells: ['8810', 'Extraordinara intakter', `${MINUS}10${NBSP}000`] },
    ]);
    const balance = byCaption.get('Balanskravsutredning 2026, tkr');
    expect(balance?.rows.at(-1)).toEqual({
      kind: 'total',
      cells: ['Balanskravsresultat', `${MINUS}1${NBSP}105`],
    });
    expect(byCaption.get('Negativa balanskravsresultat att återställa, tkr')?.rows).toEqual([
      {
        kind: 'body',
        cells: ['2026', `1${NBSP}105`, '0', `1${NBSP}105`, '2029', 'Ska återställas'],
      },
    ]);
    const text = JSON.stringify(model.body);
    expect(text).not.toContain('redovisas när utfallsdata');
  });

  it('keeps the sentence about outcome data when there is none', () => {
    const model = followUpDocument(followedUpPlan(), DRAFT_META, INTERIM);
    expect(JSON.stringify(model.body)).toContain('redovisas när utfallsdata');
    expect(tables(model.body).some((t) => t.caption.startsWith('Balanskravsutredning'))).toBe(false);
  });

  it('prints them in the DOCX', async () => {
    const zip = await JSZip.loadAsync(
      await renderFollowUpDocx(followedUpPlan(), DRAFT_META, INTERIM, OUTCOME),
    );
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '');
    expect(texts).toContain('Budget mot utfall per augusti 2026');
    expect(texts).toContain(`${MINUS}28${NBSP}384`);
    expect(texts).toContain('Balanskravsresultat');
    expect(texts).toContain(`${MINUS}1${NBSP}105`);
  }, 60_000);
});

const PDFTOTEXT = '/usr/bin/pdftotext';
const dir = mkdtempSync(join(tmpdir(), 'planvis-outcome-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!existsSync(PDFTOTEXT))('the follow-up report with outcome as PDF', () => {
  it('has the section, a line with outcome and variance, and the balanskravsresultat', async () => {
    const file = join(dir, 'follow-up-outcome.pdf');
    writeFileSync(file, await renderFollowUpPdf(followedUpPlan(), DRAFT_META, INTERIM, OUTCOME));
    const r = spawnSync(PDFTOTEXT, ['-layout', file, '-'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    // pdftotext prints the no-break spaces as plain spaces.
    const text = r.stdout.replaceAll(NBSP, ' ');
    expect(text).toContain('Budget mot utfall per augusti 2026');
    expect(text).toMatch(new RegExp(`Intäkter.*1 200 +${MINUS}28 384 +${MINUS}95,94 %`));
    expect(text).toContain('Balanskravsutredning');
    expect(text).toMatch(new RegExp(`Balanskravsresultat +${MINUS}1 105`));
    expect(text).toContain('Ska återställas');
    expect(text).not.toContain('redovisas när utfallsdata');
  }, 60_000);
});
