// UTF-8 fields to strings. TextDecoder costs a native call and a subarray per field, several
// times the work of decoding a few Swedish letters (two bytes each), so short well-formed
// fields are decoded here. Anything else goes to TextDecoder, so that malformed bytes become
// U+FFFD exactly as it replaces them (WHATWG Encoding: one per maximal subpart).
import { SHORT_BYTES, shortUnits, stringFromUnits } from './strings.ts';

const utf8 = new TextDecoder('utf-8');
const BYTE_ORDER_MARK = 0xfeff;

export function decodeUtf8(bytes: Uint8Array, start: number, end: number): string {
  if (end - start > SHORT_BYTES) return utf8.decode(bytes.subarray(start, end));
  const units = shortUnits;
  let n = 0;
  let i = start;
  while (i < end) {
    const b = bytes[i] as number;
    let unit = -1;
    let length = 1;
    if (b < 0x80) unit = b;
    else if (b >= 0xc2 && b <= 0xdf) {
      length = 2;
      unit = twoByte(b, bytes, i, end);
    } else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      unit = threeByte(b, bytes, i, end);
    }
    // Four-byte sequences (surrogate pairs) and malformed bytes are left to TextDecoder.
    if (unit < 0) return utf8.decode(bytes.subarray(start, end));
    units[n++] = unit;
    i += length;
  }
  // TextDecoder drops a byte-order mark at the start.
  if (n > 0 && units[0] === BYTE_ORDER_MARK) return utf8.decode(bytes.subarray(start, end));
  return stringFromUnits(units, n);
}

function continuation(bytes: Uint8Array, i: number, end: number): number {
  const c = i < end ? (bytes[i] as number) : 0;
  return (c & 0xc0) === 0x80 ? c & 0x3f : -1;
}

/** The code unit of the sequence lead, bytes[i + 1]; -1 when it is not one. */
function twoByte(lead: number, bytes: Uint8Array, i: number, end: number): number {
  const c = continuation(bytes, i + 1, end);
  return c < 0 ? -1 : ((lead & 0x1f) << 6) | c;
}

/** The code unit of the sequence lead, bytes[i + 1], bytes[i + 2]: no overlong form, no surrogate. */
function threeByte(lead: number, bytes: Uint8Array, i: number, end: number): number {
  const c = continuation(bytes, i + 1, end);
  const d = continuation(bytes, i + 2, end);
  if (c < 0 || d < 0) return -1;
  const unit = ((lead & 0x0f) << 12) | (c << 6) | d;
  return unit < 0x800 || (unit >= 0xd800 && unit <= 0xdfff) ? -1 : unit;
}
