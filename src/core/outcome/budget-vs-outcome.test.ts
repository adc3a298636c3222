import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromKronor, fromTkr, ore } from '../money/money.ts';
import type { Ore } from '../money/money.ts';
import { testPlan } from '../testing/plan-builder.ts';
import { compareBudgetToOutcome } from './budget-vs-outcome.ts';
import type { LineComparison } from './budget-vs-outcome.ts';
import { mapOutcome } from './mapping.ts';
import { NRF_DEFAULT_MAPPING } from './nrf-mapping.ts';
import { evenSpread, seasonalSpread } from './spread.ts';
import { scenarioMovements } from './test-scenario.ts';
import { variancePercent } from './variance.ts';

const kr = fromKronor;
const pct = (text: string) => ({ units: BigInt(text.replace('.', '')), scale: 2 });

describe('monthly spread', () => {
  it('spreads evenly in whole kronor with the leftover kronor on the last months', () => {
    // 100 kr = 12 × 8 kr + 4 kr: January–August 8 kr, September–December 9 kr
    expect(evenSpread.spread(kr(100))).toEqual([8, 8, 8, 8, 8, 8, 8, 8, 9, 9, 9, 9].map(kr));
    // NRF staff costs 2026, −8 423 tkr = −8 423 000 kr = 12 × −701 916 kr − 8 kr:
    // January–April −701 916 kr, May–December −701 917 kr (4 × 701 916 + 8 × 701 917 = 8 423 000)
    const staff = evenSpread.spread(fromTkr(-8423));
    expect(staff.slice(0, 4)).toEqual(Array(4).fill(kr(-701_916)));
    expect(staff.slice(4)).toEqual(Array(8).fill(kr(-701_917)));
  });
  it('spreads by a seasonal profile', () => {
    // July weight 0 (vacation), the other eleven months 1 each: 1 100 kr → 100 kr a month
    const profile = seasonalSpread([1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1]);
    expect(profile.spread(kr(1100))).toEqual(
      [100, 100, 100, 100, 100, 100, 0, 100, 100, 100, 100, 100].map(kr),
    );
    expect(() => seasonalSpread([1, 2])).toThrow('12 monthly weights');
    expect(() => evenSpread.spread(ore(150))).toThrow('not whole kronor');
  });
  it('always adds up to the year (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 12, maxLength: 12 }),
        (kronor, weights) => {
          const spreads = [evenSpread, ...(weights.some((w) => w > 0) ? [seasonalSpread(weights)] : [])];
          for (const s of spreads) {
            expect(s.spread(kr(kronor)).reduce((a, b) => a + b, 0)).toBe(kr(kronor));
          }
        },
      ),
    );
  });
});

describe('variancePercent', () => {
  it('is relative to the size of the budget, two decimals, half away from zero', () => {
    expect(variancePercent(kr(20_000), kr(1_000_000))).toEqual(pct('2.00'));
    // a cost line: budget −800 000, outcome −760 000, variance +40 000 → +5,00 %
    expect(variancePercent(kr(40_000), kr(-800_000))).toEqual(pct('5.00'));
    // 1 / 8 × 100 = 12,5 exactly; 1 / 800 × 100 = 0,125 → 0,13 (half away from zero)
    expect(variancePercent(kr(1), kr(800))).toEqual(pct('0.13'));
    expect(variancePercent(kr(-1), kr(800))).toEqual(pct('-0.13'));
    expect(variancePercent(kr(5), kr(0))).toBeNull();
  });
});

describe('compareBudgetToOutcome', () => {
  const plan = testPlan();
  const outcome = mapOutcome(NRF_DEFAULT_MAPPING, scenarioMovements());
  const line = (lines: readonly LineComparison[], key: string) => {
    const found = lines.find((l) => l.lineKey === key);
    if (!found) throw new Error(`no line ${key}`);
    return found;
  };

  it('compares per month and year to date through August', () => {
    const c = compareBudgetToOutcome({ budget: plan.budget, year: 2026, outcome, throughMonth: 8 });
    expect(c.lines.map((l) => l.lineKey)).toEqual([
      'revenue',
      'staffCosts',
      'otherCosts',
      'memberContributions',
      'equityReversal',
    ]);

    // revenue 1 500 tkr: 125 000 kr a month. March outcome 145 000 → variance +20 000 kr = +16,00 %
    const revenue = line(c.lines, 'revenue');
    expect(revenue.months[2]).toEqual({
      month: 3,
      budget: kr(125_000),
      outcome: kr(145_000),
      variance: {
        budget: kr(125_000),
        outcome: kr(145_000),
        variance: kr(20_000),
        variancePercent: pct('16.00'),
      },
    });
    // YTD budget 8 × 125 000 = 1 000 000; outcome 7 × 125 000 + 145 000 = 1 020 000; +20 000 = +2,00 %
    expect(revenue.yearToDate).toEqual({
      budget: kr(1_000_000),
      outcome: kr(1_020_000),
      variance: kr(20_000),
      variancePercent: pct('2.00'),
    });

    // staff −1 200 tkr: −100 000 a month; outcome 8 × −95 000 = −760 000 (September's cost is not counted)
    const staff = line(c.lines, 'staffCosts');
    expect(staff.yearToDate).toEqual({
      budget: kr(-800_000),
      outcome: kr(-760_000),
      variance: kr(40_000),
      variancePercent: pct('5.00'),
    });
    expect(staff.months[8]).toEqual({ month: 9, budget: kr(-100_000), outcome: null, variance: null });

    // other −1 300 tkr = 12 × −108 333 − 4 kr: Jan–Aug −108 333 → YTD −866 664;
    // outcome −900 000; variance −33 336 = −33 336 / 866 664 × 100 = −3,8465 → −3,85 %
    expect(line(c.lines, 'otherCosts').yearToDate).toEqual({
      budget: kr(-866_664),
      outcome: kr(-900_000),
      variance: kr(-33_336),
      variancePercent: pct('-3.85'),
    });

    // members 1 000 tkr = 12 × 83 333 + 4 kr: YTD 8 × 83 333 = 666 664; outcome 1 000 000 in January;
    // variance 333 336 = 333 336 / 666 664 × 100 = 50,0006 → 50,00 %
    expect(line(c.lines, 'memberContributions').yearToDate).toEqual({
      budget: kr(666_664),
      outcome: kr(1_000_000),
      variance: kr(333_336),
      variancePercent: pct('50.00'),
    });
    expect(line(c.lines, 'equityReversal').yearToDate).toEqual({
      budget: kr(0),
      outcome: kr(0),
      variance: kr(0),
      variancePercent: null,
    });
  });

  it('handles a year with no outcome yet and a whole year', () => {
    const none = compareBudgetToOutcome({ budget: plan.budget, year: 2026, outcome, throughMonth: 0 });
    expect(line(none.lines, 'revenue').yearToDate).toEqual({
      budget: kr(0),
      outcome: kr(0),
      variance: kr(0),
      variancePercent: null,
    });
    expect(line(none.lines, 'revenue').months.every((m) => m.outcome === null)).toBe(true);

    const all = compareBudgetToOutcome({ budget: plan.budget, year: 2026, outcome, throughMonth: 12 });
    // staff: 9 months of −95 000 = −855 000 against the whole −1 200 000
    expect(line(all.lines, 'staffCosts').yearToDate.outcome).toBe(kr(-855_000));
    expect(line(all.lines, 'staffCosts').yearToDate.budget).toBe(fromTkr(-1200));
  });

  it('refuses outcome on a line the budget lacks and a year it lacks', () => {
    const bad = mapOutcome(NRF_DEFAULT_MAPPING, [
      { account: '4010', year: 2026, month: 1, amount: kr(5) as Ore },
    ]);
    expect(() =>
      compareBudgetToOutcome({ budget: plan.budget, year: 2026, outcome: bad, throughMonth: 1 }),
    ).toThrow('lines the budget does not have: purchasedServices');
    expect(() =>
      compareBudgetToOutcome({ budget: plan.budget, year: 2030, outcome, throughMonth: 1 }),
    ).toThrow('no column for 2030');
    expect(() =>
      compareBudgetToOutcome({ budget: plan.budget, year: 2026, outcome, throughMonth: 13 }),
    ).toThrow('0 to 12');
  });
});
