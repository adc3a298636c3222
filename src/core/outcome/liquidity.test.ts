import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromKronor, ore } from '../money/money.ts';
import { monthlyFlows } from './cash-flows.ts';
import { autumnFlows } from './test-scenario.ts';
import type { PlannedFlow } from './cash-flows.ts';
import { bankBalanceAt, projectLiquidity } from './liquidity.ts';
import type { LiquidityInput } from './liquidity.ts';
import { paymentCheck } from './payment-check.ts';

const kr = fromKronor;
const FLOOR = kr(500_000); // NRF 2026–2028 mål 5

// The scenario's autumn flows from 2 500 000 kr on 31 August; the lowest is 800 000 kr
// on 23 October (see test-scenario.ts for the day-by-day arithmetic).
function nrfAutumn(): LiquidityInput {
  return { opening: { date: '2026-08-31', balance: kr(2_500_000) }, flows: autumnFlows(), floor: FLOOR };
}

describe('monthlyFlows', () => {
  it('pays salaries on the 25th, the Friday before when it is a weekend', () => {
    const dates = nrfAutumn()
      .flows.filter((f) => f.kind === 'salaries')
      .map((f) => f.date);
    // 25 Sep is a Friday, 25 Oct a Sunday, 25 Nov a Wednesday, 25 Dec a Friday
    expect(dates).toEqual(['2026-09-25', '2026-10-23', '2026-11-25', '2026-12-25']);
  });
  it('falls on the last day of a short month', () => {
    const dates = monthlyFlows({
      from: '2028-01-01',
      to: '2028-04-30',
      day: 31,
      amount: kr(1),
      label: 'Hyra',
      kind: 'other',
    });
    expect(dates.map((f) => f.date)).toEqual(['2028-01-31', '2028-02-29', '2028-03-31', '2028-04-30']);
  });
});

describe('projectLiquidity', () => {
  it('projects per day to the year end with the lowest balance and its date', () => {
    const p = projectLiquidity(nrfAutumn());
    expect(p.through).toBe('2026-12-31');
    expect(p.days).toHaveLength(122); // 1 Sep – 31 Dec: 30 + 31 + 30 + 31
    expect(p.lowest).toEqual({ date: '2026-10-23', balance: kr(800_000) });
    expect(p.closing).toBe(kr(900_000));
    expect(p.breaksFloor).toBe(false);
    expect(p.days.find((d) => d.date === '2026-10-31')).toMatchObject({
      opening: kr(800_000),
      closing: kr(2_300_000),
    });
  });
  it('lists flows outside the window instead of dropping them', () => {
    const input = nrfAutumn();
    const early = { date: '2026-08-15', amount: kr(-1), label: 'Redan bokad', kind: 'other' as const };
    const p = projectLiquidity({ ...input, flows: [...input.flows, early] });
    expect(p.outsideWindow).toEqual([early]);
  });
  it('never loses a flow: closing = opening + the flows inside (property)', () => {
    const flow = fc.record({
      day: fc.integer({ min: 0, max: 400 }),
      kronor: fc.integer({ min: -1e7, max: 1e7 }),
    });
    fc.assert(
      fc.property(fc.array(flow, { maxLength: 40 }), (fs) => {
        const flows: PlannedFlow[] = fs.map((f) => ({
          date: new Date(Date.UTC(2026, 7, 1 + f.day)).toISOString().slice(0, 10),
          amount: kr(f.kronor),
          label: 'x',
          kind: 'other',
        }));
        const p = projectLiquidity({
          opening: { date: '2026-08-31', balance: kr(1_000_000) },
          flows,
          floor: FLOOR,
        });
        const inside = p.days.flatMap((d) => d.flows);
        expect(inside.length + p.outsideWindow.length).toBe(flows.length);
        expect(p.closing).toBe(kr(1_000_000) + inside.reduce((a, f) => a + f.amount, 0));
        expect(p.days.every((d) => d.low >= p.lowest.balance)).toBe(true);
      }),
    );
  });
});

describe('paymentCheck', () => {
  it('allows a payment that takes the lowest balance exactly to the floor', () => {
    // 300 000 on 1 October: the low on 23 October becomes 800 000 − 300 000 = 500 000 = the floor
    const c = paymentCheck(nrfAutumn(), { date: '2026-10-01', amount: kr(300_000) });
    expect(c.allowed).toBe(true);
    expect(c.lowestAfter).toEqual({ date: '2026-10-23', balance: kr(500_000) });
    expect(c.shortfall).toBe(0);
    expect(c.maxPayment).toBe(kr(300_000));
  });
  it('refuses one öre more', () => {
    const c = paymentCheck(nrfAutumn(), { date: '2026-10-01', amount: ore(30_000_001) });
    expect(c.allowed).toBe(false);
    expect(c.shortfall).toBe(ore(1));
  });
  it('refuses a payment that breaks the floor later, saying by how much', () => {
    // 500 000 on 1 November: from then the lowest is 900 000 on 25 December → 400 000, 100 000 short
    const c = paymentCheck(nrfAutumn(), { date: '2026-11-01', amount: kr(500_000) });
    expect(c).toMatchObject({
      allowed: false,
      lowestBefore: { date: '2026-12-25', balance: kr(900_000) },
      lowestAfter: { date: '2026-12-25', balance: kr(400_000) },
      shortfall: kr(100_000),
      maxPayment: kr(400_000),
      floorAlreadyBroken: false,
    });
    expect(c.projection.lowest).toEqual({ date: '2026-12-25', balance: kr(400_000) });
  });
  it('does not count on a receipt the same day', () => {
    // 1 000 000 on 31 October: 800 000 − 1 000 000 = −200 000 before the member invoices arrive
    const c = paymentCheck(nrfAutumn(), { date: '2026-10-31', amount: kr(1_000_000) });
    expect(c.lowestAfter).toEqual({ date: '2026-10-31', balance: kr(-200_000) });
    expect(c.shortfall).toBe(kr(700_000));
  });
  it('lowers the lowest balance from its date by exactly its amount (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 121 }), fc.integer({ min: 1, max: 1e8 }), (day, amount) => {
        const date = new Date(Date.UTC(2026, 7, 31 + day)).toISOString().slice(0, 10);
        const c = paymentCheck(nrfAutumn(), { date, amount: ore(amount) });
        expect(c.lowestAfter.balance).toBe(c.lowestBefore.balance - amount);
        expect(c.allowed).toBe(c.lowestAfter.balance >= FLOOR);
      }),
    );
  });
  it('refuses a non-positive amount and a date outside the projection', () => {
    expect(() => paymentCheck(nrfAutumn(), { date: '2026-10-01', amount: kr(0) })).toThrow('positive amount');
    expect(() => paymentCheck(nrfAutumn(), { date: '2026-08-31', amount: kr(1) })).toThrow(
      'outside the projection',
    );
    expect(() => paymentCheck(nrfAutumn(), { date: '2027-01-01', amount: kr(1) })).toThrow(
      'outside the projection',
    );
  });
});

describe('bankBalanceAt', () => {
  it('sums the class-19 accounts from the opening balance and the movements', () => {
    // 1930: opening 3 000 000, Jan −200 000, Aug −300 000; 1910 cash opening 5 000; Sep not yet
    const b = bankBalanceAt({
      balances: [
        { account: '1930', year: 2026, kind: 'opening', amount: kr(3_000_000) },
        { account: '1910', year: 2026, kind: 'opening', amount: kr(5_000) },
        { account: '2010', year: 2026, kind: 'opening', amount: kr(-1_500_000) },
        { account: '1930', year: 2025, kind: 'opening', amount: kr(9) },
      ],
      movements: [
        { account: '1930', year: 2026, month: 1, amount: kr(-200_000) },
        { account: '1930', year: 2026, month: 8, amount: kr(-300_000) },
        { account: '1930', year: 2026, month: 9, amount: kr(-1) },
        { account: '3010', year: 2026, month: 1, amount: kr(-7) },
      ],
      year: 2026,
      throughMonth: 8,
    });
    // 3 000 000 + 5 000 − 200 000 − 300 000 = 2 505 000 at 31 August
    expect(b).toEqual({ date: '2026-08-31', balance: kr(2_505_000) });
  });
});
