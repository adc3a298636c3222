export { IndexationError, impliedRate, indexAmount, rateFor } from './indexation.ts';
export type { IndexRate, IndexSeries, IndexStep, Indexation } from './indexation.ts';
