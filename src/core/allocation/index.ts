export { SharesError, checkShares, sharesFromPercentages, sharesFromPopulation } from './shares.ts';
export type { Share } from './shares.ts';
export { allocateAmount, allocateUnits, deviationFromShare, exactShare } from './allocate.ts';
export type { AllocatedPart, Allocation, AllocationPart } from './allocate.ts';
