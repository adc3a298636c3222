// Outcome per account and month, summed as the rows stream by. Expected sums are added up
// by hand from the rows below.
import { describe, expect, it } from 'vitest';
import { ore } from '../../core/money/money.ts';
import { OutcomeMonths } from './outcome-months.ts';

describe('OutcomeMonths', () => {
  it('sums normal and added rows per account and month, never removed ones', () => {
    const sums = new OutcomeMonths();
    sums.add('normal', '4510', '2026-03-31', ore(100_00));
    sums.add('added', '4510', '2026-03-01', ore(-25_50));
    sums.add('removed', '4510', '2026-03-15', ore(1_000_00));
    sums.add('normal', '4510', '2026-04-01', ore(7));
    sums.add('normal', '1930', '2026-03-31', ore(-100_00));
    sums.add('normal', '4510', '2025-03-10', ore(3));
    expect(sums.list()).toEqual([
      { account: '1930', year: 2026, month: 3, amount: -100_00, rows: 1 },
      { account: '4510', year: 2025, month: 3, amount: 3, rows: 1 },
      { account: '4510', year: 2026, month: 3, amount: 74_50, rows: 2 },
      { account: '4510', year: 2026, month: 4, amount: 7, rows: 1 },
    ]);
  });

  it('refuses a sum beyond exact integers instead of rounding it', () => {
    const sums = new OutcomeMonths();
    sums.add('normal', '3010', '2026-01-01', ore(Number.MAX_SAFE_INTEGER));
    expect(() => sums.add('normal', '3010', '2026-01-02', ore(1))).toThrow(
      /outcome of account 3010 does not fit/,
    );
  });
});
