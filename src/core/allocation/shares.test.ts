import { describe, it, expect } from 'vitest';
import { SharesError, checkShares, sharesFromPercentages, sharesFromPopulation } from './index.ts';

describe('sharesFromPercentages', () => {
  it('scales NRF 2026–2028 shares to integers at scale 2', () => {
    expect(
      sharesFromPercentages([
        ['RVN', '26,71'],
        ['RJH', '14,69'],
        ['RV', '31,10'],
        ['RN', '27,50'],
      ]),
    ).toEqual([
      { key: 'RVN', weight: 2671n },
      { key: 'RJH', weight: 1469n },
      { key: 'RV', weight: 3110n },
      { key: 'RN', weight: 2750n },
    ]);
  });

  it('brings mixed scales and separators to the largest scale', () => {
    // 26,71 + 14,69 + 31,1 + 27,5 = 100,00; the common scale is 2.
    expect(
      sharesFromPercentages([
        ['RVN', '26.71'],
        ['RJH', '14,69'],
        ['RV', '31,1'],
        ['RN', '27,5 %'],
      ]).map((s) => s.weight),
    ).toEqual([2671n, 1469n, 3110n, 2750n]);
  });

  it('names the sum when the shares do not add up to 100', () => {
    const call = (): unknown =>
      sharesFromPercentages([
        ['RVN', '26,71'],
        ['RJH', '14,69'],
        ['RV', '31,10'],
        ['RN', '27,49'],
      ]);
    expect(call).toThrow(SharesError);
    expect(call).toThrow('shares add up to 99,99 %, expected 100 %');
    expect(call).toThrow('off by \u22120,01 percentage points');
  });

  it('accepts another required total', () => {
    expect(
      sharesFromPercentages(
        [
          ['a', '0,5'],
          ['b', '0,5'],
        ],
        { requireTotal: '1' },
      ),
    ).toEqual([
      { key: 'a', weight: 5n },
      { key: 'b', weight: 5n },
    ]);
  });

  it('rejects negative, duplicate, unparsable and missing entries', () => {
    expect(() =>
      sharesFromPercentages([
        ['a', '110'],
        ['b', '-10'],
      ]),
    ).toThrow('member "b" has a negative share: -10 %');
    expect(() =>
      sharesFromPercentages([
        ['a', '50'],
        ['a', '50'],
      ]),
    ).toThrow('member "a" is listed twice');
    expect(() => sharesFromPercentages([['a', 'hundra']])).toThrow(
      'member "a": "hundra" is not a percentage',
    );
    expect(() => sharesFromPercentages([])).toThrow('no percentages given');
    expect(() => sharesFromPercentages([['', '100']])).toThrow('empty member key');
  });
});

describe('sharesFromPopulation', () => {
  it('keeps counts exactly', () => {
    expect(
      sharesFromPopulation([
        ['RVN', 243_000],
        ['RN', 250_000n],
        ['X', 0],
      ]),
    ).toEqual([
      { key: 'RVN', weight: 243_000n },
      { key: 'RN', weight: 250_000n },
      { key: 'X', weight: 0n },
    ]);
  });

  it('rejects fractions, negatives, all zero and duplicates', () => {
    expect(() => sharesFromPopulation([['a', 1.5]])).toThrow('population 1.5 is not a whole number');
    expect(() => sharesFromPopulation([['a', -1n]])).toThrow('population -1 is negative');
    expect(() =>
      sharesFromPopulation([
        ['a', 0],
        ['b', 0n],
      ]),
    ).toThrow('all population counts are zero');
    expect(() =>
      sharesFromPopulation([
        ['a', 1],
        ['a', 2],
      ]),
    ).toThrow(SharesError);
    expect(() => sharesFromPopulation([])).toThrow(SharesError);
  });
});

describe('checkShares', () => {
  it('returns the weight sum and rejects unusable shares', () => {
    expect(
      checkShares([
        { key: 'a', weight: 2n },
        { key: 'b', weight: 3n },
      ]),
    ).toBe(5n);
    expect(() => checkShares([{ key: 'a', weight: -1n }])).toThrow('negative weight');
    expect(() => checkShares([{ key: 'a', weight: 0n }])).toThrow('all shares are zero');
  });
});
