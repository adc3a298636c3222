// The string builders that replace TextDecoder and Buffer#toString for short fields must give
// exactly what those give, malformed UTF-8 and byte-order marks included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCp437 } from './cp437.ts';
import { fieldDecoder } from './encoding.ts';
import { decodeUtf8 } from './utf8.ts';

const utf8 = new TextDecoder('utf-8');
const latin9 = new TextDecoder('iso-8859-15');

/** Bytes around the field, so that reading past its ends would show. */
function framed(bytes: Uint8Array): { buf: Buffer; start: number; end: number } {
  const buf = Buffer.concat([Buffer.from([0xc3]), bytes, Buffer.from([0xa5, 0x80])]);
  return { buf, start: 1, end: 1 + bytes.length };
}

// Pieces of well-formed and malformed UTF-8: letters, a euro sign, an emoji, a byte-order
// mark, cut-off sequences, overlong forms, an encoded surrogate and bytes that never occur.
const piece = fc.constantFrom(
  [0x41],
  [0x20],
  [0xc3, 0xa5],
  [0xc3, 0x96],
  [0xe2, 0x82, 0xac],
  [0xf0, 0x9f, 0x98, 0x80],
  [0xef, 0xbb, 0xbf],
  [0xc3],
  [0xe2, 0x82],
  [0x80],
  [0xc0, 0xaf],
  [0xe0, 0x80, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xff],
);
const utf8ish = fc
  .array(
    fc.oneof(
      piece,
      fc.integer({ min: 0, max: 255 }).map((b) => [b]),
    ),
    { maxLength: 40 },
  )
  .map((pieces) => Uint8Array.from(pieces.flat()));

describe('field decoders', () => {
  it('decode UTF-8 as TextDecoder does, replacement characters and byte-order marks included', () => {
    fc.assert(
      fc.property(utf8ish, (bytes) => {
        const { buf, start, end } = framed(bytes);
        expect(decodeUtf8(buf, start, end)).toBe(utf8.decode(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it('decode long fields too', () => {
    const text = 'Leverantörsskulder för köpt vård i Umeå – 100 €, 😀 '.repeat(40);
    const { buf, start, end } = framed(Buffer.from(text));
    expect(decodeUtf8(buf, start, end)).toBe(text);
    const all = Uint8Array.from({ length: 256 }, (_, b) => b);
    expect(decodeCp437(all, 0, 256)).toHaveLength(256);
    expect(decodeCp437(all, 200, 210)).toBe(decodeCp437(all).slice(200, 210));
  });

  it('decode ISO-8859-15 as TextDecoder does', () => {
    const decode = fieldDecoder('iso-8859-15');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const { buf, start, end } = framed(bytes);
        expect(decode(buf, start, end)).toBe(latin9.decode(bytes));
      }),
    );
  });
});
