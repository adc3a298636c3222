import { describe, it, expect } from 'vitest';
import { fromKronor, fromTkr, ore } from '../money/money.ts';
import { SharesError, allocateAmount, allocateUnits, deviationFromShare, exactShare } from './index.ts';
import type { Share } from './index.ts';

// NRF verksamhetsplan 2026–2028: RVN 26,71 %, RJH 14,69 %, RV 31,10 %, RN 27,50 % (sum 10 000).
const NRF: Share[] = [
  { key: 'RVN', weight: 2671n },
  { key: 'RJH', weight: 1469n },
  { key: 'RV', weight: 3110n },
  { key: 'RN', weight: 2750n },
];

const unitsByKey = (total: bigint, shares: readonly Share[]): Record<string, bigint> =>
  Object.fromEntries(allocateUnits(total, shares).map((p) => [p.key, p.units]));

describe('allocateUnits with NRF shares', () => {
  it('splits 10 279 tkr as in the plan', () => {
    // 10 279 × 2671 = 27 455 209 → 2745,5209;  × 1469 = 15 099 851 → 1509,9851;
    // × 3110 = 31 967 690 → 3196,769;  × 2750 = 28 267 250 → 2826,725.
    // Floors 2745 + 1509 + 3196 + 2826 = 10 276; 3 left → RJH, RV, RN (not RVN, ,5209 is smallest).
    expect(allocateUnits(10_279n, NRF)).toEqual([
      {
        key: 'RVN',
        weight: 2671n,
        exactNumerator: 27_455_209n,
        exactDenominator: 10_000n,
        floor: 2745n,
        gotRemainderUnit: false,
        units: 2745n,
      },
      {
        key: 'RJH',
        weight: 1469n,
        exactNumerator: 15_099_851n,
        exactDenominator: 10_000n,
        floor: 1509n,
        gotRemainderUnit: true,
        units: 1510n,
      },
      {
        key: 'RV',
        weight: 3110n,
        exactNumerator: 31_967_690n,
        exactDenominator: 10_000n,
        floor: 3196n,
        gotRemainderUnit: true,
        units: 3197n,
      },
      {
        key: 'RN',
        weight: 2750n,
        exactNumerator: 28_267_250n,
        exactDenominator: 10_000n,
        floor: 2826n,
        gotRemainderUnit: true,
        units: 2827n,
      },
    ]);
  });

  it('splits 15 855 tkr', () => {
    // 15 855 × 2671 = 42 348 705 → 4234,8705;  × 1469 = 23 290 995 → 2329,0995;
    // × 3110 = 49 309 050 → 4930,905;  × 2750 = 43 601 250 → 4360,125.
    // Floors 4234 + 2329 + 4930 + 4360 = 15 853; 2 left → RV (,905), RVN (,8705).
    expect(unitsByKey(15_855n, NRF)).toEqual({ RVN: 4235n, RJH: 2329n, RV: 4931n, RN: 4360n });
  });

  it('splits 605 tkr', () => {
    // 605 × 2671 = 1 615 955 → 161,5955;  × 1469 = 888 745 → 88,8745;
    // × 3110 = 1 881 550 → 188,155;  × 2750 = 1 663 750 → 166,375.
    // Floors 161 + 88 + 188 + 166 = 603; 2 left → RJH (,8745), RVN (,5955).
    expect(unitsByKey(605n, NRF)).toEqual({ RVN: 162n, RJH: 89n, RV: 188n, RN: 166n });
  });

  it('splits a negative total symmetrically', () => {
    const parts = allocateUnits(-10_279n, NRF);
    expect(parts.map((p) => p.units)).toEqual([-2745n, -1510n, -3197n, -2827n]);
    expect(parts.map((p) => p.floor)).toEqual([-2745n, -1509n, -3196n, -2826n]);
    expect(parts[0]?.exactNumerator).toBe(-27_455_209n);
  });

  it('gives zero to everyone for a zero total', () => {
    expect(unitsByKey(0n, NRF)).toEqual({ RVN: 0n, RJH: 0n, RV: 0n, RN: 0n });
  });
});

describe('allocateUnits tie-breaks and edge cases', () => {
  it('breaks equal remainders by position when weights are equal', () => {
    // 100 / 3 = 33,33… each; 1 left → the first listed.
    const thirds = ['a', 'b', 'c'].map((key) => ({ key, weight: 1n }));
    expect(unitsByKey(100n, thirds)).toEqual({ a: 34n, b: 33n, c: 33n });
  });

  it('breaks equal remainders by larger weight before position', () => {
    // 2 × 1/4 = 0,5 and 2 × 3/4 = 1,5: equal remainders ,5; floors 0 + 1, 1 left → b (weight 3).
    const shares = [
      { key: 'a', weight: 1n },
      { key: 'b', weight: 3n },
    ];
    expect(unitsByKey(2n, shares)).toEqual({ a: 0n, b: 2n });
    expect(unitsByKey(2n, [...shares].reverse())).toEqual({ a: 0n, b: 2n });
  });

  it('gives zero-weight members nothing and one member everything', () => {
    expect(
      unitsByKey(7n, [
        { key: 'a', weight: 0n },
        { key: 'b', weight: 5n },
      ]),
    ).toEqual({ a: 0n, b: 7n });
  });

  it('rejects unusable shares', () => {
    expect(() => allocateUnits(1n, [])).toThrow(SharesError);
    expect(() => allocateUnits(1n, [{ key: 'a', weight: 0n }])).toThrow('all shares are zero');
    expect(() =>
      allocateUnits(1n, [
        { key: 'a', weight: 1n },
        { key: 'a', weight: 1n },
      ]),
    ).toThrow('listed twice');
  });
});

describe('allocateAmount', () => {
  it('splits 10 279 tkr into whole tkr in öre', () => {
    const allocation = allocateAmount(fromTkr(10_279), NRF, { unit: 'tkr' });
    expect(allocation.method).toBe('largestRemainder');
    expect(allocation.total).toBe(1_027_900_000);
    expect(allocation.parts).toEqual([
      {
        key: 'RVN',
        amount: 274_500_000,
        exact: { numerator: 27_455_209n, denominator: 10_000n },
        gotRemainderUnit: false,
      },
      {
        key: 'RJH',
        amount: 151_000_000,
        exact: { numerator: 15_099_851n, denominator: 10_000n },
        gotRemainderUnit: true,
      },
      {
        key: 'RV',
        amount: 319_700_000,
        exact: { numerator: 31_967_690n, denominator: 10_000n },
        gotRemainderUnit: true,
      },
      {
        key: 'RN',
        amount: 282_700_000,
        exact: { numerator: 28_267_250n, denominator: 10_000n },
        gotRemainderUnit: true,
      },
    ]);
  });

  it('refuses a total that is not whole units instead of rounding silently', () => {
    expect(() => allocateAmount(fromKronor(10_279_500), NRF, { unit: 'tkr' })).toThrow(
      'total 1027950000 öre is not a whole number of tkr; round it to whole tkr first',
    );
    expect(() => allocateAmount(ore(1), NRF, { unit: 'kr' })).toThrow(SharesError);
  });
});

describe('exactShare and deviationFromShare', () => {
  const rvn = NRF[0] as Share;

  it('gives the exact share in öre', () => {
    // 1 027 900 000 öre × 2671 / 10 000 = 274 552 090 öre (2 745,5209 tkr).
    expect(exactShare(fromTkr(10_279), rvn, NRF)).toEqual({
      numerator: 2_745_520_900_000n,
      denominator: 10_000n,
    });
  });

  it('gives stated − exact in öre', () => {
    // 274 500 000 − 274 552 090 = −52 090 öre (−0,5209 tkr).
    const d = deviationFromShare(fromTkr(2745), fromTkr(10_279), rvn, NRF);
    expect(d.numerator / d.denominator).toBe(-52_090n);
    expect(d.numerator % d.denominator).toBe(0n);
  });

  it('rejects a share that is not in the list', () => {
    expect(() => exactShare(fromTkr(1), { key: 'RVN', weight: 1n }, NRF)).toThrow('is not among the shares');
  });
});
