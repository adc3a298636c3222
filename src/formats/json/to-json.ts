// Machine-readable output: money stays integer öre, exact decimals become strings
// ("26.71"), maps become objects, bigints become strings.
import { decimalToString } from '../../core/money/decimal.ts';
import type { Decimal } from '../../core/money/decimal.ts';

function isDecimal(value: unknown): value is Decimal {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Decimal).units === 'bigint' &&
    typeof (value as Decimal).scale === 'number' &&
    Object.keys(value).length === 2
  );
}

export function toJsonValue(value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (isDecimal(value)) return decimalToString(value);
  if (value instanceof Map)
    return Object.fromEntries([...value].map(([k, v]) => [String(k), toJsonValue(v)]));
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonValue(v)]));
  }
  return value;
}

export function toJson(value: unknown): string {
  return JSON.stringify(toJsonValue(value), null, 2);
}
