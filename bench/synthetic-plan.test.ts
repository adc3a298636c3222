import { describe, expect, it } from 'vitest';
import { checkPlan } from '../src/core/consistency/check-plan.ts';
import { computedResult } from '../src/core/budget/result.ts';
import { sumDecimals } from '../src/core/money/decimal.ts';
import { fromTkr, sum } from '../src/core/money/money.ts';
import type { Ore } from '../src/core/money/money.ts';
import { injectedInconsistencies, mulberry32, syntheticPlan } from './synthetic-plan.ts';

const SMALL = { areas: 5, members: 4, years: 3 } as const;

describe('mulberry32', () => {
  it('is deterministic and in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(new Set(values).size).toBe(1000);
  });
});

describe('syntheticPlan (5 areas × 4 members × 3 years)', () => {
  const plan = syntheticPlan(SMALL);

  it('has the requested shape', () => {
    expect(plan.members.map((m) => m.code)).toEqual(['M01', 'M02', 'M03', 'M04']);
    expect(plan.budget.columns.map((c) => c.year)).toEqual([2026, 2027, 2028]);
    expect(plan.budget.lines.map((l) => l.category)).toEqual([
      'revenue',
      'staffCosts',
      'purchasedServices',
      'otherCosts',
      'memberContributions',
      'equityReversal',
    ]);
    expect(plan.revenueNotes.map((n) => n.year)).toEqual([2026, 2027, 2028]);
    expect(plan.contributions.map((t) => t.areas.length)).toEqual([5, 5, 5]);
    // One note item per area and financing: 5 member-financed rows, 1 state grant (area 4).
    for (const note of plan.revenueNotes) {
      expect(note.groups.map((g) => [g.financing, g.items.length])).toEqual([
        ['memberContribution', 1],
        ['coFinancing', 4],
        ['stateGrant', 1],
      ]);
    }
  });

  it('has population shares at two decimals that add up to exactly 100,00', () => {
    const shares = [...(plan.populationShares?.shares.values() ?? [])];
    expect(shares).toHaveLength(4);
    expect(shares.every((d) => d.scale === 2 && d.units > 0n)).toBe(true);
    expect(sumDecimals(shares)).toEqual({ units: 10_000n, scale: 2 });
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const amounts = (seed?: number): Ore[] =>
      syntheticPlan({ ...SMALL, ...(seed === undefined ? {} : { seed }) }).contributions.flatMap((t) =>
        t.areas.map((a) => a.rows[0]?.total ?? fromTkr(0)),
      );
    expect(amounts()).toEqual(amounts());
    expect(amounts(1)).toEqual(amounts(1));
    expect(amounts(1)).not.toEqual(amounts(2));
  });

  it('has contribution rows and the total row that add up', () => {
    for (const table of plan.contributions) {
      const memberRows = table.areas.flatMap((a) => a.rows).filter((r) => r.perMember !== null);
      expect(memberRows).toHaveLength(5);
      for (const row of memberRows) {
        expect(row.perMember?.size).toBe(4);
        expect(sum(row.perMember?.values() ?? [])).toBe(row.total);
      }
      expect(sum(memberRows.map((r) => r.total ?? fromTkr(0)))).toBe(table.totalRow.total);
      for (const code of ['M01', 'M02', 'M03', 'M04']) {
        expect(sum(memberRows.map((r) => r.perMember?.get(code) ?? fromTkr(0)))).toBe(
          table.totalRow.perMember.get(code),
        );
      }
      const grants = table.areas.flatMap((a) => a.rows).filter((r) => r.financing === 'stateGrant');
      expect(grants.map((r) => r.perMember)).toEqual([null]);
    }
  });

  it('states the result the lines give, except in the injected year', () => {
    const differences = plan.budget.columns.map(
      (c) => (plan.budget.result.stated.get(c.year) ?? Number.NaN) - computedResult(plan.budget, c.year),
    );
    expect(differences).toEqual([0, 0, -fromTkr(1)]);
  });

  it('gives exactly the injected findings, by rule and path', () => {
    const report = checkPlan(plan);
    expect(report.findings.map((f) => ({ rule: f.rule, path: f.path }))).toEqual([
      { rule: 'resultFromLines', path: 'budget.result.stated.2028' },
      { rule: 'notesSumToBudgetLine', path: 'budget.lines[0].amounts.2026' },
      { rule: 'noteMatchesContribution', path: 'contributions[1].areas[2].rows[0].total' },
    ]);
    expect(report.findings.map((f) => ({ rule: f.rule, path: f.path }))).toEqual(
      injectedInconsistencies(SMALL),
    );
    expect(report.findings.map((f) => (f.measure === 'amount' ? f.difference : null))).toEqual([
      -fromTkr(1),
      fromTkr(1),
      -fromTkr(1),
    ]);
    expect(report.consistent).toBe(false);
  });

  it('gives exactly the injected findings for other sizes and seeds too', () => {
    for (const options of [
      { areas: 2, members: 1, years: 1 },
      { areas: 9, members: 21, years: 2, seed: 7 },
      // The injected area (3) also has a state grant, which must stay consistent.
      { areas: 7, members: 3, years: 5, seed: 99 },
      { areas: 40, members: 7, years: 4, seed: 123 },
    ]) {
      const report = checkPlan(syntheticPlan(options));
      expect(report.findings.map((f) => ({ rule: f.rule, path: f.path }))).toEqual(
        injectedInconsistencies(options),
      );
    }
  });

  it('rejects sizes it cannot build', () => {
    expect(() => syntheticPlan({ areas: 1, members: 4, years: 3 })).toThrow(/areas must be/);
    expect(() => syntheticPlan({ areas: 5, members: 0, years: 3 })).toThrow(/members must be/);
    expect(() => syntheticPlan({ areas: 5, members: 100, years: 3 })).toThrow(/at most 99 members/);
    expect(() => syntheticPlan({ areas: 5, members: 4, years: 1.5 })).toThrow(/years must be/);
  });
});
