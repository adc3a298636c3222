// The public API of src/core/money: integer öre, named rounding, exact decimals,
// and reading and writing amounts the sv-SE way.
export * from './money.ts';
export * from './rounding.ts';
export * from './decimal.ts';
export * from './parse.ts';
export * from './format.ts';
