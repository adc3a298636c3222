// The open-data package of NRF 2026–2028: the descriptor validated against the Fiscal
// Data Package rules, every CSV read back and its row count and totals checked against
// the seed's figures.
import { describe, expect, it } from 'vitest';
import { TEST_META, nrfPlan } from '../xlsx/testing.ts';
import { parseCsv, toCsv } from './csv.ts';
import { validateFiscalDataPackage } from './fdp-schema.ts';
import { OpenDataError, buildFiscalDataPackage } from './fiscal-data-package.ts';

const plan = nrfPlan();
const pkg = buildFiscalDataPackage(plan, TEST_META, 'nrf-2026-2028');
const file = (path: string) => {
  const f = pkg.files.find((x) => x.path === path);
  if (!f) throw new Error(`no ${path}`);
  return f.text;
};
/** Rows as objects keyed by the header. */
function records(path: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(file(path));
  return rows.map((r) => Object.fromEntries((header ?? []).map((h, i) => [h, r[i] ?? ''])));
}
const total = (rows: Record<string, string>[]) => rows.reduce((a, r) => a + Number(r.amount_sek), 0);

describe('CSV (RFC 4180)', () => {
  it('quotes commas, quotes and line breaks, ends lines with CRLF', () => {
    const text = toCsv(
      ['a', 'b'],
      [
        ['x, y', 'say "hi"'],
        [-5, null],
        ['two\nlines', 'ok'],
      ],
    );
    expect(text).toBe('a,b\r\n"x, y","say ""hi"""\r\n-5,\r\n"two\nlines",ok\r\n');
    expect(parseCsv(text)).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['-5', ''],
      ['two\nlines', 'ok'],
    ]);
  });
});

describe('Fiscal Data Package of NRF 2026–2028', () => {
  it('is valid against the Fiscal Data Package schema', () => {
    const descriptor = JSON.parse(file('datapackage.json')) as unknown;
    expect(validateFiscalDataPackage(descriptor)).toEqual([]);
    expect(descriptor).toMatchObject({
      profile: 'fiscal-data-package',
      name: 'nrf-2026-2028-v1',
      countryCode: 'SE',
      fiscalPeriod: { start: '2025-01-01', end: '2028-12-31' },
      model: { measures: { budget_amount: { source: 'amount_sek', currency: 'SEK', factor: 1 } } },
    });
    expect(pkg.files.map((f) => f.path)).toEqual([
      'datapackage.json',
      'budget.csv',
      'contributions.csv',
      'population-shares.csv',
    ]);
    for (const r of pkg.descriptor.resources)
      expect([r.path, r.bytes]).toEqual([r.path, Buffer.byteLength(file(r.path ?? ''), 'utf8')]);
  });

  it('catches what the schema forbids: a missing model, a bad currency, a source naming no field', () => {
    const { model: _model, ...noModel } = pkg.descriptor;
    expect(validateFiscalDataPackage(noModel)).toEqual([
      'model: Invalid input: expected object, received undefined',
    ]);
    const bad = structuredClone(pkg.descriptor);
    bad.model.measures.budget_amount = { source: 'belopp', resource: 'budget', currency: 'kr' };
    expect(validateFiscalDataPackage(bad)).toEqual([
      expect.stringMatching(/^model\.measures\.budget_amount\.currency: /),
    ]);
    bad.model.measures.budget_amount = { source: 'belopp', resource: 'budget', currency: 'SEK' };
    expect(validateFiscalDataPackage(bad)).toEqual([
      'model.measures.budget_amount.source: resource "budget" has no field "belopp"',
    ]);
  });

  it('budget.csv: 6 lines × 4 years in whole kronor, each year summing to the computed result', () => {
    const rows = records('budget.csv');
    expect(rows).toHaveLength(24);
    const members2026 = rows.find((r) => r.line === 'memberContributions' && r.fiscal_year === '2026');
    expect(members2026).toMatchObject({ amount_sek: '10279000', column_status: 'budget' });
    // 2026: 44 376 − 8 423 − 46 828 − 1 392 + 10 279 = −1 988 tkr; 2028: −1 tkr.
    expect(total(rows.filter((r) => r.fiscal_year === '2026'))).toBe(-1_988_000);
    expect(total(rows.filter((r) => r.fiscal_year === '2028'))).toBe(-1_000);
  });

  it('contributions.csv: 6 split rows × 4 members plus the state grant', () => {
    const rows = records('contributions.csv');
    // Nära vård i glesbygd has no amount and is left out.
    expect(rows).toHaveLength(25);
    // RVN: 2 745 + 4 235 + 2 063 + 449 + 161 + 294 = 9 947 tkr (the plan states 9 948).
    expect(total(rows.filter((r) => r.member === 'RVN'))).toBe(9_947_000);
    // All split rows: 9 947 + 5 473 + 11 582 + 10 242 = 37 244 tkr.
    expect(total(rows.filter((r) => r.member !== ''))).toBe(37_244_000);
    expect(rows.filter((r) => r.member === '')).toEqual([
      expect.objectContaining({ area: 'rcc', financing: 'stateGrant', amount_sek: '16916000' }),
    ]);
    expect(rows[0]).toMatchObject({ area_heading: 'NRF:s kansli', member_name: 'Region Västernorrland' });
  });

  it('population-shares.csv keeps the exact shares with "." as decimal mark', () => {
    expect(records('population-shares.csv').map((r) => [r.member, r.share])).toEqual([
      ['RVN', '26.71'],
      ['RJH', '14.69'],
      ['RV', '31.10'],
      ['RN', '27.50'],
    ]);
  });

  it('refuses a version that is not decided', () => {
    const draft = {
      ...TEST_META,
      version: { ...TEST_META.version, status: 'draft' as const, decision: null },
    };
    expect(() => buildFiscalDataPackage(plan, draft, 'nrf-2026-2028')).toThrow(
      new OpenDataError(
        'version 1 of nrf-2026-2028 is draft: open data is published from decided versions only',
      ),
    );
  });
});
