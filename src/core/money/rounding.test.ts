import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_ROUNDING, ROUNDING_MODES, divideRounded, roundToUnit, toRoundedUnits } from './rounding.ts';
import type { RoundingMode } from './rounding.ts';
import { MoneyRangeError, ore } from './money.ts';

// value ×10 (so 25 is 2,5) → result per mode.
const TABLE: [bigint, Record<RoundingMode, bigint>][] = [
  [25n, { halfAwayFromZero: 3n, halfEven: 2n, floor: 2n, ceiling: 3n, towardZero: 2n }],
  [-25n, { halfAwayFromZero: -3n, halfEven: -2n, floor: -3n, ceiling: -2n, towardZero: -2n }],
  [35n, { halfAwayFromZero: 4n, halfEven: 4n, floor: 3n, ceiling: 4n, towardZero: 3n }],
  [-35n, { halfAwayFromZero: -4n, halfEven: -4n, floor: -4n, ceiling: -3n, towardZero: -3n }],
  [24n, { halfAwayFromZero: 2n, halfEven: 2n, floor: 2n, ceiling: 3n, towardZero: 2n }],
  [-24n, { halfAwayFromZero: -2n, halfEven: -2n, floor: -3n, ceiling: -2n, towardZero: -2n }],
  [26n, { halfAwayFromZero: 3n, halfEven: 3n, floor: 2n, ceiling: 3n, towardZero: 2n }],
  [-26n, { halfAwayFromZero: -3n, halfEven: -3n, floor: -3n, ceiling: -2n, towardZero: -2n }],
  [5n, { halfAwayFromZero: 1n, halfEven: 0n, floor: 0n, ceiling: 1n, towardZero: 0n }],
  [-5n, { halfAwayFromZero: -1n, halfEven: 0n, floor: -1n, ceiling: 0n, towardZero: 0n }],
  [20n, { halfAwayFromZero: 2n, halfEven: 2n, floor: 2n, ceiling: 2n, towardZero: 2n }],
  [-20n, { halfAwayFromZero: -2n, halfEven: -2n, floor: -2n, ceiling: -2n, towardZero: -2n }],
  [0n, { halfAwayFromZero: 0n, halfEven: 0n, floor: 0n, ceiling: 0n, towardZero: 0n }],
];

describe('divideRounded', () => {
  for (const [tenths, expected] of TABLE) {
    for (const mode of ROUNDING_MODES) {
      it(`${tenths}/10 by ${mode} is ${expected[mode]}`, () => {
        expect(divideRounded(tenths, 10n, mode)).toBe(expected[mode]);
        // A negative denominator is the same fraction.
        expect(divideRounded(-tenths, -10n, mode)).toBe(expected[mode]);
      });
    }
  }

  it('defaults to half away from zero', () => {
    expect(DEFAULT_ROUNDING).toBe('halfAwayFromZero');
  });

  it('rejects division by zero', () => {
    expect(() => divideRounded(1n, 0n, 'floor')).toThrow(RangeError);
  });

  it('is exact far beyond 2^53', () => {
    const big = 10n ** 30n;
    expect(divideRounded(big * 10n + 5n, 10n, 'halfAwayFromZero')).toBe(big + 1n);
    expect(divideRounded(big * 10n + 5n, 10n, 'halfEven')).toBe(big);
  });
});

const numerator = fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n });
const denominator = fc
  .oneof(fc.bigInt({ min: -1000n, max: 1000n }), fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }))
  .filter((d) => d !== 0n);
// Ties are rare among random pairs, so also generate (2k+1)/2.
const fraction = fc.oneof(
  fc.tuple(numerator, denominator),
  fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }).map((k): [bigint, bigint] => [2n * k + 1n, 2n]),
);

describe('divideRounded (properties)', () => {
  it('keeps each mode within its bounds', () => {
    fc.assert(
      fc.property(fraction, fc.constantFrom(...ROUNDING_MODES), ([n0, d0], mode) => {
        // Normalise to d > 0 so that comparisons of r*d with n compare r with n/d.
        const [n, d] = d0 < 0n ? [-n0, -d0] : [n0, d0];
        const r = divideRounded(n0, d0, mode);
        const scaled = r * d; // compare r with n/d as r*d with n
        const abs = (x: bigint): bigint => (x < 0n ? -x : x);
        switch (mode) {
          case 'floor':
            expect(scaled <= n && n < scaled + d).toBe(true);
            break;
          case 'ceiling':
            expect(scaled - d < n && n <= scaled).toBe(true);
            break;
          case 'towardZero':
            expect(abs(scaled) <= abs(n) && abs(n) < abs(scaled) + d).toBe(true);
            expect(r === 0n || r < 0n === n < 0n).toBe(true);
            break;
          case 'halfAwayFromZero':
          case 'halfEven': {
            const twiceDistance = 2n * abs(scaled - n);
            expect(twiceDistance <= d).toBe(true);
            if (twiceDistance === d && mode === 'halfEven') expect(r % 2n).toBe(0n);
            if (twiceDistance === d && mode === 'halfAwayFromZero') expect(abs(scaled) > abs(n)).toBe(true);
            break;
          }
        }
      }),
    );
  });

  it('is symmetric around zero for half away from zero, half even and toward zero', () => {
    fc.assert(
      fc.property(
        fraction,
        fc.constantFrom<RoundingMode>('halfAwayFromZero', 'halfEven', 'towardZero'),
        ([n, d], mode) => {
          expect(divideRounded(-n, d, mode)).toBe(-divideRounded(n, d, mode));
        },
      ),
    );
  });

  it('mirrors floor and ceiling', () => {
    fc.assert(
      fc.property(fraction, ([n, d]) => {
        expect(divideRounded(-n, d, 'floor')).toBe(-divideRounded(n, d, 'ceiling'));
      }),
    );
  });
});

describe('roundToUnit and toRoundedUnits', () => {
  it('rounds to whole tkr half away from zero by default', () => {
    expect(roundToUnit(ore(1_027_949_999), 'tkr')).toBe(1_027_900_000);
    expect(roundToUnit(ore(1_027_950_000), 'tkr')).toBe(1_028_000_000);
    expect(roundToUnit(ore(-1_027_950_000), 'tkr')).toBe(-1_028_000_000);
    expect(toRoundedUnits(ore(1_027_949_999), 'tkr')).toBe(10_279);
    expect(toRoundedUnits(ore(1_027_950_000), 'tkr')).toBe(10_280);
    expect(toRoundedUnits(ore(-1_027_950_000), 'tkr')).toBe(-10_280);
  });

  it('differs from half even exactly at ties', () => {
    expect(toRoundedUnits(ore(1_027_850_000), 'tkr', 'halfAwayFromZero')).toBe(10_279);
    expect(toRoundedUnits(ore(1_027_850_000), 'tkr', 'halfEven')).toBe(10_278);
    expect(toRoundedUnits(ore(1_027_950_000), 'tkr', 'halfEven')).toBe(10_280);
    expect(roundToUnit(ore(1_028_050_000), 'tkr', 'halfAwayFromZero')).toBe(1_028_100_000);
    expect(roundToUnit(ore(1_028_050_000), 'tkr', 'halfEven')).toBe(1_028_000_000);
  });

  it('rounds kr and mnkr', () => {
    expect(roundToUnit(ore(150), 'kr')).toBe(200);
    expect(roundToUnit(ore(-150), 'kr', 'towardZero')).toBe(-100);
    expect(toRoundedUnits(ore(1_690_000_000), 'mnkr')).toBe(17);
    expect(toRoundedUnits(ore(1_690_000_000), 'mnkr', 'floor')).toBe(16);
  });

  it('never gives a negative zero', () => {
    expect(Object.is(roundToUnit(ore(-1), 'tkr'), 0)).toBe(true);
    expect(Object.is(toRoundedUnits(ore(-1), 'tkr'), 0)).toBe(true);
  });

  it('throws rather than leave the safe range', () => {
    expect(() => roundToUnit(ore(Number.MAX_SAFE_INTEGER), 'mnkr')).toThrow(MoneyRangeError);
    expect(roundToUnit(ore(Number.MAX_SAFE_INTEGER), 'mnkr', 'floor')).toBe(9_007_199_200_000_000);
  });
});
