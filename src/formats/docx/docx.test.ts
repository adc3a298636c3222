// The DOCX read back: unzipped with JSZip and its XML checked for Word headings, the
// TOC field, repeated table header rows, the Swedish language, the page-number footer
// and the seed's figures in sv-SE form (no-break spaces, U+2212).
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { DECIDED_META, DRAFT_META, INTERIM, followedUpPlan, seedPlan } from '../documents/test-plans.ts';
import { renderFollowUpDocx, renderPlanDocx } from './index.ts';

const NBSP = '\u00a0';
const MINUS = '\u2212';

async function parts(
  docx: Uint8Array,
): Promise<{ document: string; styles: string; settings: string; footers: string }> {
  const zip = await JSZip.loadAsync(docx);
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const footerNames = Object.keys(zip.files).filter((n) => /^word\/footer\d*\.xml$/.test(n));
  const footers = (await Promise.all(footerNames.map(read))).join('\n');
  return {
    document: await read('word/document.xml'),
    styles: await read('word/styles.xml'),
    settings: await read('word/settings.xml'),
    footers,
  };
}

/** The text of every w:t element, in order. */
function texts(xml: string): string[] {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '');
}

describe('the plan as DOCX (NRF 2026–2028, draft)', () => {
  let xml: Awaited<ReturnType<typeof parts>>;
  let ms: number;

  beforeAll(async () => {
    const started = performance.now();
    const docx = await renderPlanDocx(seedPlan('nrf-2026-2028'), DRAFT_META);
    ms = performance.now() - started;
    xml = await parts(docx);
  }, 60_000);

  it('uses Word heading styles, so the TOC field and the navigation pane work', () => {
    const h1 = [
      ...xml.document.matchAll(/<w:pStyle w:val="Heading1"\/>.*?<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g),
    ].map((m) => m[1]);
    expect(h1).toEqual([
      '1. Verksamhetsplanering 2026 – 2028',
      '2. Ekonomisk planering',
      '3. God ekonomisk hushållning 2026 - 2028',
      '4. Budget i tkr, 2026 - 2028',
      'Bilaga 1. Intäkter och medlemsbidrag i tkr per område och region',
      'Bilaga 2. Avstämning av planens siffror',
    ]);
    expect(xml.document).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-2&quot;<\/w:instrText>/);
    expect(xml.settings).toContain('<w:updateFields');
  });

  it('repeats each table header row and keeps rows whole', () => {
    // Five tables (budget, shares, revenue note, Bilaga 1, findings), each with one header row.
    expect(xml.document.match(/<w:tblHeader\/>/g)).toHaveLength(5);
    expect(xml.document).not.toContain('<w:tblHeader w:val="off"/>');
    expect(xml.document).toContain('<w:cantSplit/>');
  });

  it('is in Swedish and numbers its pages "Sida n av m"', () => {
    expect(xml.styles).toContain('<w:lang w:val="sv-SE"/>');
    expect(xml.footers).toContain('Sida ');
    expect(xml.footers).toMatch(/PAGE[\s\S]*NUMPAGES/);
  });

  it('has the seed figures sv-SE and the UTKAST marking', () => {
    const t = texts(xml.document);
    // Seed: 10 279 (Bidrag från medlemmar 2026), −1 988 (result 2026), 26,71 % (Region VN).
    expect(t).toContain(`10${NBSP}279`);
    expect(t).toContain(`${MINUS}1${NBSP}988`);
    expect(t).toContain(`26,71${NBSP}%`);
    expect(t).toContain(`37${NBSP}245`);
    expect(t).toContain('UTKAST');
  });

  it('renders quickly (recorded; asserted loosely on a shared machine)', () => {
    console.info(`NRF 2026–2028 plan DOCX: ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(15_000);
  });
});

describe('other documents as DOCX', () => {
  it('prints a decided version with its decision and without UTKAST', async () => {
    const xml = await parts(await renderPlanDocx(seedPlan('nrf-2026-2028'), DECIDED_META));
    const t = texts(xml.document);
    expect(t).toContain('Beslutad av förbundsdirektionen 2025-12-10 § 42');
    expect(t).not.toContain('UTKAST');
  });

  it('prints the follow-up report with statuses and the verdict', async () => {
    const xml = await parts(await renderFollowUpDocx(followedUpPlan(), DRAFT_META, INTERIM));
    const t = texts(xml.document);
    expect(t).toContain('Bedömning 2026: Ej uppfyllt.');
    expect(t).toContain('Nytt regionvårdsavtal undertecknat i juni');
    expect(t).toContain(`Lägsta saldo på bankkontot 2026: 850${NBSP}tkr; golvet är 500${NBSP}000${NBSP}kr.`);
  });
});
