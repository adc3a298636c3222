// Strings from a field's bytes. A SIE file's text is mostly short fields (voucher numbers,
// texts of a few words), and Buffer#toString or TextDecoder cost a native call of 50 ns or
// more however short the string; String.fromCharCode with eight arguments builds eight
// characters in a few ns. Single-byte sets map each byte through a table (stringFromCodes);
// UTF-8 is decoded into code units first (utf8.ts, stringFromUnits).

/** Fields up to this many bytes are short; longer ones are built a few thousand units at a time. */
export const SHORT_BYTES = 64;
const LONG_PIECE = 4096;

/** Code units of the short field being decoded (decoding is synchronous: one at a time). */
export const shortUnits = new Uint16Array(SHORT_BYTES);

function code(codes: Uint16Array, bytes: Uint8Array, i: number): number {
  return codes[bytes[i] as number] as number;
}

/**
 * bytes[start, end) as a string, each byte mapped to the UTF-16 code unit codes[byte]. Short
 * fields are built straight from the bytes: measured a little faster than via stringFromUnits.
 */
export function stringFromCodes(codes: Uint16Array, bytes: Uint8Array, start: number, end: number): string {
  if (end - start > SHORT_BYTES) {
    const units = new Uint16Array(end - start);
    for (let i = start; i < end; i++) units[i - start] = code(codes, bytes, i);
    return stringFromUnits(units, units.length);
  }
  let s = '';
  let i = start;
  for (; i + 8 <= end; i += 8) {
    s += String.fromCharCode(
      code(codes, bytes, i),
      code(codes, bytes, i + 1),
      code(codes, bytes, i + 2),
      code(codes, bytes, i + 3),
      code(codes, bytes, i + 4),
      code(codes, bytes, i + 5),
      code(codes, bytes, i + 6),
      code(codes, bytes, i + 7),
    );
  }
  if (i + 4 <= end) {
    s += String.fromCharCode(
      code(codes, bytes, i),
      code(codes, bytes, i + 1),
      code(codes, bytes, i + 2),
      code(codes, bytes, i + 3),
    );
    i += 4;
  }
  for (; i < end; i++) s += String.fromCharCode(code(codes, bytes, i));
  return s;
}

/** units[0, n) as a string. */
export function stringFromUnits(units: Uint16Array, n: number): string {
  if (n > SHORT_BYTES) return longString(units, n);
  let s = '';
  let i = 0;
  for (; i + 8 <= n; i += 8) {
    s += String.fromCharCode(
      units[i] as number,
      units[i + 1] as number,
      units[i + 2] as number,
      units[i + 3] as number,
      units[i + 4] as number,
      units[i + 5] as number,
      units[i + 6] as number,
      units[i + 7] as number,
    );
  }
  if (i + 4 <= n) {
    s += String.fromCharCode(
      units[i] as number,
      units[i + 1] as number,
      units[i + 2] as number,
      units[i + 3] as number,
    );
    i += 4;
  }
  for (; i < n; i++) s += String.fromCharCode(units[i] as number);
  return s;
}

function longString(units: Uint16Array, n: number): string {
  let s = '';
  for (let i = 0; i < n; i += LONG_PIECE) {
    s += String.fromCharCode(...units.subarray(i, Math.min(n, i + LONG_PIECE)));
  }
  return s;
}
