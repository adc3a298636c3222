// The plan's population shares as allocation weights (all at one decimal scale).
import type { Share } from '../allocation/shares.ts';
import type { PopulationShares } from './types.ts';

export function sharesOf(population: PopulationShares): Share[] {
  const scale = Math.max(0, ...[...population.shares.values()].map((d) => d.scale));
  return [...population.shares].map(([key, d]) => ({
    key,
    weight: d.units * 10n ** BigInt(scale - d.scale),
  }));
}
