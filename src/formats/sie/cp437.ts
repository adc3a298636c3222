// IBM PC code page 437, which SIE 4B calls "PC8" (#FORMAT PC8, "IBM PC 8-bitars
// extended ASCII (Codepage 437)"). Node's TextDecoder knows no CP437, so the table is here.
// 0x00–0x7F are ASCII; the SIE file uses them as text and control codes, never as the
// CP437 glyphs (☺, ♪, ⌂ …) that DOS drew for them.
import { stringFromCodes } from './strings.ts';

/** 0x80–0xFF in order, sixteen to a line. */
const UPPER_HALF =
  'ÇüéâäàåçêëèïîìÄÅ' +
  'ÉæÆôöòûùÿÖÜ¢£¥₧ƒ' +
  'áíóúñÑªº¿⌐¬½¼¡«»' +
  '░▒▓│┤╡╢╖╕╣║╗╝╜╛┐' +
  '└┴┬├─┼╞╟╚╔╩╦╠═╬╧' +
  '╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀' +
  'αßΓπΣσµτΦΘΩδ∞φε∩' +
  '≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

/** Byte → character, all 256 entries. */
export const CP437: readonly string[] = [
  ...Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)),
  ...UPPER_HALF,
];

if (CP437.length !== 256) throw new Error(`the CP437 table has ${CP437.length} entries, not 256`);

const ENCODE = new Map<string, number>(CP437.map((c, i) => [c, i]));

/** Byte → UTF-16 code unit: every CP437 character is one. */
const CP437_CODES = Uint16Array.from(CP437, (c) => c.charCodeAt(0));

export function decodeCp437(bytes: Uint8Array, start = 0, end = bytes.length): string {
  return stringFromCodes(CP437_CODES, bytes, start, end);
}

/** Whether every character of text has a CP437 byte (what a PC8 writer can store). */
export function isCp437Encodable(text: string): boolean {
  for (const c of text) if (!ENCODE.has(c)) return false;
  return true;
}

/** Text → CP437 bytes; throws naming the first character CP437 cannot hold. */
export function encodeCp437(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const b = code < 0x80 ? code : ENCODE.get(text.charAt(i));
    if (b === undefined) {
      const hex = (text.codePointAt(i) ?? 0).toString(16).toUpperCase().padStart(4, '0');
      throw new RangeError(
        `"${String.fromCodePoint(text.codePointAt(i) ?? 0)}" (U+${hex}) has no byte in code page 437 (PC8)`,
      );
    }
    out[i] = b;
  }
  return out;
}
