// The public API of src/core/outcome: follow-up against outcome — account mapping, budget
// versus outcome, forecast, balanskravsutredning, liquidity guard and equity.
export * from './types.ts';
export * from './iso-date.ts';
export * from './accounts.ts';
export * from './mapping.ts';
export * from './nrf-mapping.ts';
export * from './spread.ts';
export * from './variance.ts';
export * from './budget-vs-outcome.ts';
export * from './forecast.ts';
export * from './balance-requirement.ts';
export * from './deficits.ts';
export * from './cash-flows.ts';
export * from './liquidity.ts';
export * from './payment-check.ts';
export * from './equity.ts';
export * from './financial-figures.ts';
