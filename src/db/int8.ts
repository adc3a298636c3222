// PostgreSQL bigint (int8) columns hold money in öre. Both drivers hand them over as
// text; we turn them into exact JavaScript integers and refuse any that would lose
// precision rather than round silently.
export const INT8_OID = 20;
export const NUMERIC_OID = 1700;

export function parseInt8Exact(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`bigint ${text} is beyond ±2^53 and cannot be read exactly`);
  }
  return value;
}
