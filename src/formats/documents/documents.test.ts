// The document model against the seeds: the 2026–2028 plan's structure and figures as the
// seed document prints them (shared/seeds/001_…txt), the follow-up report's verdict by
// hand count, and the 2018–2020 plan's budget in its Bilaga 1.
import { describe, expect, it } from 'vitest';
import { followUpDocument } from './follow-up-document.ts';
import type { Block, DocumentModel, Table } from './model.ts';
import { tocEntries } from './model.ts';
import { planDocument } from './plan-document.ts';
import { DECIDED_META, DRAFT_META, INTERIM, followedUpPlan, seedPlan } from './test-plans.ts';

const NBSP = '\u00a0';
const MINUS = '\u2212';
const n = (s: string) => s.replace(/ /g, NBSP).replace(/-/g, MINUS);

function allBlocks(m: DocumentModel): Block[] {
  return [...m.body, ...m.appendices.flatMap((a) => a.blocks)];
}

function table(m: DocumentModel, caption: string): Table {
  const t = allBlocks(m).find((b) => b.kind === 'table' && b.table.caption === caption);
  if (t?.kind !== 'table') throw new Error(`no table "${caption}"`);
  return t.table;
}

function row(t: Table, label: string): readonly string[] {
  const r = t.rows.find((x) => x.kind !== 'group' && x.cells[0] === label);
  if (!r || r.kind === 'group') throw new Error(`no row "${label}" in ${t.caption}`);
  return r.cells;
}

describe('the plan document of NRF 2026–2028', () => {
  const model = planDocument(seedPlan('nrf-2026-2028'), DRAFT_META);

  it('follows the seed: sections 1–4, goals 1–6 in place, Bilaga 1 and the findings appendix', () => {
    const headings = model.body.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
    const order = [
      '1. Verksamhetsplanering 2026 – 2028',
      '2. Ekonomisk planering',
      '3. God ekonomisk hushållning 2026 - 2028',
      'Gemensamt ansvarstagande för sjukvårdsregional samverkan',
      'Mål 1. Säkerställa högspecialiserad vård med god kvalitet i norra sjukvårdsregionen',
      'Mål 3. Folkhälsa',
      'Finansiella mål',
      'Mål 4. Positivt resultat',
      'Mål 6. God finansiell ställning',
      'Finansiella riktlinjer',
      '4. Budget i tkr, 2026 - 2028',
    ];
    expect(order.map((h) => headings.indexOf(h))).toEqual(
      [...order.map((h) => headings.indexOf(h))].sort((a, b) => a - b),
    );
    expect(order.every((h) => headings.includes(h))).toBe(true);
    expect(model.appendices.map((a) => a.heading)).toEqual([
      'Bilaga 1. Intäkter och medlemsbidrag i tkr per område och region',
      'Bilaga 2. Avstämning av planens siffror',
    ]);
    expect(tocEntries(model).map((e) => e.text)).toContain('Bilaga 2. Avstämning av planens siffror');
  });

  it('prints the budget as stated, with the computed result where the seed disagrees with itself', () => {
    const budget = table(model, 'Budget i tkr');
    expect(row(budget, 'Intäkter')).toEqual(['Intäkter', ...['54 220', '44 376', '44 937', '45 672'].map(n)]);
    expect(row(budget, 'Budgeterat resultat')).toEqual([
      'Budgeterat resultat',
      ...['-2 710', '-1 988', '-947', '0'].map(n),
    ]);
    // 44 937 − 8 549 − 46 426 − 1 424 + 10 514 + 0 = −948; 45 672 − 8 384 − 46 555 − 1 489 + 10 755 = −1
    expect(row(budget, 'Budgeterat resultat, beräknat av Planvis').slice(3)).toEqual([n('-948'), n('-1')]);
  });

  it('prints shares, the revenue note and Bilaga 1 with the seed figures', () => {
    expect(row(table(model, 'Befolkningsandelar 2024-12-31'), 'Region VN')).toEqual([
      'Region VN',
      `26,71${NBSP}%`,
    ]);
    const note = table(model, 'Not intäkter 2026, tkr');
    expect(row(note, 'Psykisk hälsa processledare – statsbidrag*')[1]).toBe('493');
    // 15 855 + 7 726 + 1 681 + 605 + 1 100 + 16 916 + 493 = 44 376 = Intäkter 2026
    expect(row(note, 'Summa till raden Intäkter')[1]).toBe(n('44 376'));
    const bilaga = table(model, 'Bilaga 1. Intäkter och medlemsbidrag i tkr per område och region');
    expect(row(bilaga, 'Summa från regionerna')).toEqual([
      'Summa från regionerna',
      ...['37 245', '9 948', '5 473', '11 582', '10 243'].map(n),
    ]);
    expect(row(bilaga, 'Befolkningsandel enl SCB 31 dec 2024')[2]).toBe(`26,71${NBSP}%`);
  });

  it('lists the eight findings of the seed with stated, computed and difference', () => {
    const findings = table(model, 'Avvikelser mellan angivna och beräknade siffror');
    const body = findings.rows.filter((r) => r.kind === 'body');
    expect(body).toHaveLength(8);
    expect(body[0]?.kind === 'body' && body[0].cells.slice(1)).toEqual([
      'Prel budget 2027',
      'Resultatet ska vara summan av budgetraderna',
      n('-947'),
      n('-948'),
      '+1',
    ]);
  });

  it('marks a draft UTKAST and prints a decided version with its date and §', () => {
    expect(model.titlePage.draftMark).toBe('UTKAST');
    const decided = planDocument(seedPlan('nrf-2026-2028'), DECIDED_META);
    expect(decided.titlePage.draftMark).toBeNull();
    expect(decided.titlePage.lines).toContain('Beslutad av förbundsdirektionen 2025-12-10 § 42');
  });
});

describe('the plan document of NRF 2018–2020', () => {
  const model = planDocument(seedPlan('nrf-2018-2020'), DECIDED_META);

  it('puts the budget in Bilaga 1 as the seed does, and the overall goal before the activities', () => {
    const bilaga = model.appendices.find((a) => a.heading.startsWith('Bilaga 1.'));
    const budget = bilaga?.blocks.find((b) => b.kind === 'table');
    expect(budget?.kind === 'table' && row(budget.table, 'Bidrag från medlemmar*')).toEqual([
      'Bidrag från medlemmar*',
      ...['5 184', '5 360', '5 521'].map(n),
    ]);
    expect(budget?.kind === 'table' && budget.table.notes[0]).toBe(
      `* Varav Visare Norr och Folke Littners fond 2 400 tkr`,
    );
    const headings = model.body.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
    expect(headings.indexOf('Övergripande mål 2018-2020')).toBeLessThan(
      headings.indexOf('Prioriterade utvecklingsaktiviteter'),
    );
    // 25 585 − 3 059 − 25 585 − 2 310 + 5 184 = −185 (stated −186); 2020 gives −197 (stated −198).
    expect(model.appendices.map((a) => a.heading)).toEqual([
      'Bilaga 1. Ekonomiska ramar, 2018-2020, preliminära värden',
      'Bilaga 2. Avstämning av planens siffror',
    ]);
    const findings = model.appendices[1]?.blocks.find((b) => b.kind === 'table');
    expect(findings?.kind === 'table' && findings.table.rows.filter((r) => r.kind === 'body').length).toBe(2);
  });
});

describe('the follow-up report', () => {
  const model = followUpDocument(followedUpPlan(), DRAFT_META, INTERIM);

  it('judges god ekonomisk hushållning with Swedish reasons counted by hand', () => {
    const text = allBlocks(model).flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(text).toContain('Bedömning 2026: Ej uppfyllt.');
    const conditions = table(model, 'Villkor för god ekonomisk hushållning');
    expect(row(conditions, 'Aktiviteter genomförda')).toEqual([
      'Aktiviteter genomförda',
      'Uppfyllt',
      '6 av 8 aktiviteter kopplade till verksamhetsmålen genomförda; krav: minst 6 av 8.',
    ]);
    expect(row(conditions, 'Finansiella mål uppfyllda')[2]).toBe(
      // Likviditet: 850 tkr ≥ 500 000 kr is met; the result is negative; equity is not known.
      '1 av 3 finansiella mål uppfyllda; ej uppfyllda: Positivt resultat; uppgift saknas för: God finansiell ställning.',
    );
  });

  it('shows each activity with status and comment, and the financial goals with figures', () => {
    const goal1 = table(
      model,
      'Aktiviteter, Mål 1. Säkerställa högspecialiserad vård med god kvalitet i norra sjukvårdsregionen',
    );
    expect(row(goal1, 'Driva arbetet med framtagande av nytt regionvårdsavtal')).toEqual([
      'Driva arbetet med framtagande av nytt regionvårdsavtal',
      'Genomförd',
      'Nytt regionvårdsavtal undertecknat i juni',
    ]);
    const financial = table(model, 'Finansiella mål 2026');
    expect(row(financial, 'Mål 5. God likviditet').slice(2)).toEqual([
      'Uppfyllt',
      `Lägsta saldo på bankkontot 2026: 850${NBSP}tkr; golvet är 500${NBSP}000${NBSP}kr.`,
    ]);
    expect(row(financial, 'Mål 4. Positivt resultat')[3]).toContain(
      `Resultat 2026: ${n('-1 500')}${NBSP}tkr.`,
    );
  });

  it('refuses a period the plan does not have', () => {
    expect(() => followUpDocument(seedPlan('nrf-2026-2028'), DRAFT_META, 'ar-2026')).toThrow(
      /unknown follow-up period "ar-2026"/,
    );
  });
});
