import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { allocateUnits } from './index.ts';
import type { AllocatedPart, Share } from './index.ts';

const toShares = (weights: readonly bigint[]): Share[] =>
  weights.map((weight, i) => ({ key: `m${i}`, weight }));

// Up to 300 members (size 'max': fast-check otherwise stays near 10), weights up to 10^7
// (population counts), or tiny weights so that zero weights and equal remainders are common.
const weightArb = fc.oneof(fc.bigInt({ min: 0n, max: 10_000_000n }), fc.bigInt({ min: 0n, max: 3n }));
const weightsArb = fc
  .array(weightArb, { minLength: 1, maxLength: 300, size: 'max' })
  .filter((ws) => ws.some((w) => w > 0n));
const totalArb = fc.bigInt({ min: -1_000_000_000_000n, max: 1_000_000_000_000n });

const sumUnits = (parts: readonly AllocatedPart[]): bigint => parts.reduce((acc, p) => acc + p.units, 0n);
const abs = (x: bigint): bigint => (x < 0n ? -x : x);

describe('allocateUnits properties', () => {
  it('parts add up to the total exactly', () => {
    fc.assert(
      fc.property(totalArb, weightsArb, (total, weights) => {
        expect(sumUnits(allocateUnits(total, toShares(weights)))).toBe(total);
      }),
    );
  });

  it('each part is within one unit of its exact share', () => {
    fc.assert(
      fc.property(totalArb, weightsArb, (total, weights) => {
        for (const p of allocateUnits(total, toShares(weights))) {
          // |units − num/den| < 1  ⇔  |units × den − num| < den
          expect(abs(p.units * p.exactDenominator - p.exactNumerator) < p.exactDenominator).toBe(true);
        }
      }),
    );
  });

  it('only members with a remainder at least as large as every non-winner get a remainder unit', () => {
    fc.assert(
      fc.property(totalArb, weightsArb, (total, weights) => {
        const parts = allocateUnits(total, toShares(weights));
        const rem = (p: AllocatedPart): bigint => abs(p.exactNumerator) - abs(p.floor) * p.exactDenominator;
        const winners = parts.filter((p) => p.gotRemainderUnit).map(rem);
        const losers = parts.filter((p) => !p.gotRemainderUnit).map(rem);
        if (winners.length > 0 && losers.length > 0) {
          const minWinner = winners.reduce((a, b) => (a < b ? a : b));
          const maxLoser = losers.reduce((a, b) => (a > b ? a : b));
          expect(minWinner >= maxLoser).toBe(true);
        }
        for (const p of parts) if (p.weight === 0n) expect(p.units).toBe(0n);
      }),
    );
  });

  it('is symmetric: allocate(−t) = −allocate(t)', () => {
    fc.assert(
      fc.property(totalArb, weightsArb, (total, weights) => {
        const shares = toShares(weights);
        const pos = allocateUnits(total, shares).map((p) => p.units);
        const neg = allocateUnits(-total, shares).map((p) => -p.units);
        expect(neg).toEqual(pos);
      }),
    );
  });

  it('gives all zeros for a zero total', () => {
    fc.assert(
      fc.property(weightsArb, (weights) => {
        const parts = allocateUnits(0n, toShares(weights));
        expect(parts.every((p) => p.units === 0n && !p.gotRemainderUnit)).toBe(true);
      }),
    );
  });

  it('gives everything to the only member with weight', () => {
    fc.assert(
      fc.property(
        totalArb,
        fc.integer({ min: 1, max: 50 }),
        fc.nat({ max: 49 }),
        fc.bigInt({ min: 1n, max: 10_000_000n }),
        (total, n, at, weight) => {
          const weights = Array.from({ length: n }, (_, i) => (i === at % n ? weight : 0n));
          const units = allocateUnits(total, toShares(weights)).map((p) => p.units);
          expect(units).toEqual(weights.map((w) => (w > 0n ? total : 0n)));
        },
      ),
    );
  });

  it('does not depend on input order when weights are distinct', () => {
    const distinct = fc.uniqueArray(fc.bigInt({ min: 1n, max: 10_000_000n }), {
      minLength: 1,
      maxLength: 300,
      size: 'max',
    });
    fc.assert(
      fc.property(
        totalArb,
        distinct.chain((ws) =>
          fc.tuple(fc.constant(toShares(ws)), fc.shuffledSubarray(toShares(ws), { minLength: ws.length })),
        ),
        (total, [shares, shuffled]) => {
          const byKey = (s: readonly Share[]): Map<string, bigint> =>
            new Map(allocateUnits(total, s).map((p) => [p.key, p.units]));
          expect(byKey(shuffled)).toEqual(byKey(shares));
        },
      ),
    );
  });
});
