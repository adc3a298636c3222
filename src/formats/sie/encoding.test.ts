import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CP437, decodeCp437, encodeCp437 } from './cp437.ts';
import { Crc32 } from './crc32.ts';
import { crc32Of } from './testing.ts';
import { sniffEncoding } from './encoding.ts';

describe('code page 437 (PC8)', () => {
  it('has 256 entries and the Swedish letters where IBM put them', () => {
    expect(CP437).toHaveLength(256);
    // IBM PC character set: å 0x86, ä 0x84, ö 0x94, Å 0x8F, Ä 0x8E, Ö 0x99, é 0x82, ü 0x81.
    const bytes = Uint8Array.from([0x86, 0x84, 0x94, 0x8f, 0x8e, 0x99, 0x82, 0x81]);
    expect(decodeCp437(bytes)).toBe('åäöÅÄÖéü');
    expect(decodeCp437(Uint8Array.from([0xc4, 0xb3, 0xe1, 0xff]))).toBe('─│ß\u00a0');
  });

  it('encodes back, and refuses what CP437 cannot hold', () => {
    expect([...encodeCp437('Löner')]).toEqual([0x4c, 0x94, 0x6e, 0x65, 0x72]);
    expect(() => encodeCp437('5 €')).toThrow(/"€" \(U\+20AC\) has no byte in code page 437/);
  });

  it('round-trips every byte', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect([...encodeCp437(decodeCp437(all))]).toEqual([...all]);
  });
});

describe('sniffEncoding', () => {
  const bytes = (...b: number[]) => Uint8Array.from(b);
  it('takes CP437 for ASCII only', () => {
    expect(sniffEncoding(Buffer.from('#FNAMN "Bolaget"\r\n')).encoding).toBe('cp437');
  });
  it('recognises UTF-8: "Löner" as C3 B6', () => {
    expect(sniffEncoding(bytes(0x4c, 0xc3, 0xb6, 0x6e, 0x65, 0x72)).encoding).toBe('utf-8');
  });
  it('recognises a UTF-8 byte-order mark', () => {
    expect(sniffEncoding(bytes(0xef, 0xbb, 0xbf, 0x23)).bomLength).toBe(3);
  });
  it('recognises ISO-8859-15: å E5, ä E4, ö F6, € A4', () => {
    expect(sniffEncoding(bytes(0x4b, 0xf6, 0x70, 0x74, 0x20, 0xe5, 0xe4, 0xa4)).encoding).toBe('iso-8859-15');
  });
  it('keeps CP437 for CP437 letters: å 86, ä 84, ö 94', () => {
    expect(sniffEncoding(bytes(0x4b, 0x94, 0x70, 0x74, 0x20, 0x86, 0x84)).encoding).toBe('cp437');
  });
  it('does not take CP437 box drawing followed by a letter for UTF-8 when the rest is not UTF-8', () => {
    // C3 (├) 86 (å) would be valid UTF-8, but 94 alone is not: CP437 by the votes (86, 94 against C3).
    expect(sniffEncoding(bytes(0xc3, 0x86, 0x20, 0x94)).encoding).toBe('cp437');
  });
});

describe('CRC-32', () => {
  it('gives the standard check value for "123456789"', () => {
    // The CRC-32 check value in every CRC catalogue (ISO-HDLC / ZIP): 0xCBF43926.
    expect(crc32Of(Buffer.from('123456789'))).toBe(0xcbf43926);
  });
  it('sums what it gathers, fed in pieces small and larger than its buffer', () => {
    const bytes = Uint8Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 251);
    const crc = new Crc32();
    let at = 0;
    for (const size of [1, 5, 100_000, 3, 70_000, 65_536, 17, 64_438]) {
      crc.update(bytes, at, at + size);
      at += size;
    }
    expect(at).toBe(bytes.length);
    expect(crc.value()).toBe(zlibCrc32(bytes));
    expect(crc32Of(bytes)).toBe(zlibCrc32(bytes));
  });
});
