// Which character set a SIE file's bytes are in. SIE 4B §5 (#FORMAT) allows only PC8
// (code page 437), but real exports say "#FORMAT PC8" and write UTF-8 or ISO-8859-15
// (Latin-9, the Latin-1 with €). The file's label cannot be trusted, so the bytes decide.
import { decodeCp437 } from './cp437.ts';
import { stringFromCodes } from './strings.ts';
import { decodeUtf8 } from './utf8.ts';

export type SieEncoding = 'cp437' | 'utf-8' | 'iso-8859-15';

export type EncodingGuess = {
  encoding: SieEncoding;
  /** Why: shown in the warning when the guess disagrees with #FORMAT. */
  reason: string;
  /** Bytes of a UTF-8 byte-order mark to skip at the start (0 or 3). */
  bomLength: number;
};

/** Stop sniffing once this many non-ASCII bytes are seen, or at SNIFF_MAX_BYTES. */
export const SNIFF_ENOUGH_HIGH_BYTES = 32;
export const SNIFF_MAX_BYTES = 1024 * 1024;

export function countHighBytes(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] ?? 0) >= 0x80) n++;
  return n;
}

/**
 * Guesses the encoding from the first bytes of the file (up to SNIFF_MAX_BYTES: the
 * header, company name and chart of accounts, where Swedish letters show up first).
 *
 * 1. A UTF-8 byte-order mark decides UTF-8.
 * 2. Only ASCII: nothing to tell the sets apart, so CP437 as SIE prescribes.
 * 3. Strictly valid UTF-8 with at least one multi-byte sequence: UTF-8. In CP437 such a
 *    pair is a box-drawing or Greek character (lead byte 0xC2–0xF4) followed by an
 *    accented letter (0x80–0xBF), and in Latin-9 an accented capital followed by a C1
 *    control or a symbol: neither occurs in account names or voucher texts.
 * 4. Otherwise the non-ASCII bytes vote. 0x80–0x9F are letters in CP437 (å 0x86, ä 0x84,
 *    ö 0x94, Å 0x8F, Ä 0x8E, Ö 0x99, é 0x82) but C1 control codes in Latin-9; 0xC0–0xFF are
 *    letters in Latin-9 (å 0xE5, ä 0xE4, ö 0xF6, Å 0xC5, Ä 0xC4, Ö 0xD6) but box drawing,
 *    Greek and maths in CP437. 0xA0–0xBF (€ 0xA4 in Latin-9, ñ in CP437) are letters or
 *    signs in both and do not vote. The majority wins; a tie keeps CP437.
 */
export function sniffEncoding(sample: Uint8Array): EncodingGuess {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) {
    return { encoding: 'utf-8', reason: 'the file starts with a UTF-8 byte-order mark', bomLength: 3 };
  }
  let cp437Votes = 0;
  let latinVotes = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i] ?? 0;
    if (b >= 0x80 && b <= 0x9f) cp437Votes++;
    else if (b >= 0xc0) latinVotes++;
  }
  if (cp437Votes === 0 && latinVotes === 0 && countHighBytes(sample) === 0) {
    return { encoding: 'cp437', reason: 'only ASCII bytes were found', bomLength: 0 };
  }
  if (isMultiByteUtf8(sample)) {
    return { encoding: 'utf-8', reason: 'the non-ASCII bytes form valid UTF-8 sequences', bomLength: 0 };
  }
  if (latinVotes > cp437Votes) {
    return {
      encoding: 'iso-8859-15',
      reason: `${latinVotes} bytes in 0xC0–0xFF (Latin-9 letters such as å 0xE5, ä 0xE4, ö 0xF6) against ${cp437Votes} in 0x80–0x9F (CP437 letters)`,
      bomLength: 0,
    };
  }
  return {
    encoding: 'cp437',
    reason: `${cp437Votes} bytes in 0x80–0x9F (CP437 letters such as å 0x86, ä 0x84, ö 0x94) against ${latinVotes} in 0xC0–0xFF`,
    bomLength: 0,
  };
}

/** Strict UTF-8 with at least one multi-byte sequence; a sequence cut off at the end of the sample is allowed. */
function isMultiByteUtf8(bytes: Uint8Array): boolean {
  let multi = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    // Lead bytes of 2-, 3- and 4-byte sequences; C0, C1 and F5–FF never lead (RFC 3629).
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return false;
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length) return multi > 0; // cut off by the sample's end
      const c = bytes[i + k] ?? 0;
      if ((c & 0xc0) !== 0x80) return false;
    }
    multi++;
    i += need + 1;
  }
  return multi > 0;
}

export type FieldDecoder = (bytes: Buffer, start: number, end: number) => string;

/** ISO-8859-15 byte → character as TextDecoder has it: one UTF-16 code unit each. */
const LATIN9 = new TextDecoder('iso-8859-15').decode(Uint8Array.from({ length: 256 }, (_, b) => b));
if (LATIN9.length !== 256) throw new Error(`ISO-8859-15 decodes to ${LATIN9.length} code units, not 256`);
const LATIN9_CODES = Uint16Array.from(LATIN9, (c) => c.charCodeAt(0));

/** Each set decodes ASCII as ASCII; CP437 and Latin-9 have a character per byte, UTF-8 does not. */
export function fieldDecoder(encoding: SieEncoding): FieldDecoder {
  if (encoding === 'cp437') return decodeCp437;
  if (encoding === 'utf-8') return decodeUtf8;
  return (bytes, start, end) => stringFromCodes(LATIN9_CODES, bytes, start, end);
}
