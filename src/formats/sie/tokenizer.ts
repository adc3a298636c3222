// Byte-level line splitting and field tokenising (SIE 4B §4 "Filformat"): a record is one
// line, fields are separated by spaces or tabs, a field with spaces is quoted ("..."),
// a quote inside a quoted field is written \", and object lists are braced ({1 "100"}).
// One pass over the bytes of a Buffer, no strings built, so the hot #TRANS path stays cheap.
import type { Crc32 } from './crc32.ts';

export const BARE = 1;
export const QUOTED = 2;
/** Quoted and containing \" that must be unescaped. */
export const QUOTED_ESCAPED = 3;
export const OPEN_BRACE = 4;
export const CLOSE_BRACE = 5;

const SPACE = 0x20;
const TAB = 0x09;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LF = 0x0a;
const CR = 0x0d;

const NO_CONTENT = new Uint8Array(0);

/** More fields than any record of SIE 4B has, even with a long object list. */
export const MAX_TOKENS = 512;
/** A longer line is refused rather than buffered, so memory stays bounded. */
export const MAX_LINE_BYTES = 1024 * 1024;

export class TokenizeError extends Error {
  constructor(
    message: string,
    /** Byte offset in the line's buffer where the problem starts. */
    readonly offset: number,
  ) {
    super(message);
  }
}

/** The tokens of one line: kind and content range (quotes excluded) per token, reused line after line. */
export class Tokens {
  buf: Buffer = Buffer.alloc(0);
  lineStart = 0;
  lineEnd = 0;
  count = 0;
  /** A problem found while tokenising (an unclosed quote, too many fields), else null. */
  error: TokenizeError | null = null;
  readonly kinds = new Uint8Array(MAX_TOKENS);
  readonly starts = new Int32Array(MAX_TOKENS);
  readonly ends = new Int32Array(MAX_TOKENS);
  /**
   * While a #KSUMMA checksum runs: scanLine copies the line's content (what the sum covers,
   * checksum.ts) into its buffer, after the bytes it holds, as it reads them anyway; the
   * checksum then takes the line in or leaves it. A second pass would cost a fifth of the parse.
   */
  checksum: Crc32 | null = null;
  /** Where the line's content ends in checksum.gathered; past the buffer's end if it did not fit. */
  contentEnd = 0;

  /**
   * Tokenises buf from start up to the next CR or LF (or end) in one pass, and returns
   * where the line ends: the index of its CR or LF, or end when there is none yet.
   */
  scanLine(buf: Buffer, start: number, end: number): number {
    this.buf = buf;
    this.lineStart = start;
    this.error = null;
    let n = 0;
    let i = start;
    const { kinds, starts, ends } = this;
    const sink = this.checksum;
    // Stores past the end of a typed array are dropped: a line too long for the buffer shows
    // as contentEnd beyond it, and the checksum reads that line again field by field.
    const content = sink === null ? NO_CONTENT : sink.gathered;
    let at = sink === null ? 0 : sink.length;
    while (i < end) {
      const b = buf[i] as number;
      if (b === SPACE || b === TAB) {
        i++;
        continue;
      }
      if (b === LF || b === CR) break;
      if (n === MAX_TOKENS) {
        this.error ??= new TokenizeError(`more than ${MAX_TOKENS} fields on one line`, i);
        i = lineEnd(buf, i, end);
        break;
      }
      if (b === LBRACE || b === RBRACE) {
        kinds[n] = b === LBRACE ? OPEN_BRACE : CLOSE_BRACE;
        starts[n] = i;
        ends[n] = i + 1;
        n++;
        i++;
        continue;
      }
      if (b === QUOTE) {
        const open = i;
        let kind = QUOTED;
        i++;
        let c = 0;
        while (i < end) {
          c = buf[i] as number;
          if (c === QUOTE || c === LF || c === CR) break;
          if (c === BACKSLASH && i + 1 < end && buf[i + 1] === QUOTE) {
            kind = QUOTED_ESCAPED;
            i++;
            c = QUOTE; // the content has the quote \" stands for
          }
          if (sink !== null) content[at++] = c;
          i++;
        }
        if (i >= end || c !== QUOTE) {
          this.error = new TokenizeError('a quoted field is not closed before the end of the line', open);
          break;
        }
        kinds[n] = kind;
        starts[n] = open + 1;
        ends[n] = i;
        n++;
        i++;
        continue;
      }
      const first = i;
      if (sink === null) i = bareEnd(buf, i, end);
      else {
        i = bareEndCopying(buf, i, end, content, at);
        at += i - first;
      }
      kinds[n] = BARE;
      starts[n] = first;
      ends[n] = i;
      n++;
    }
    this.count = n;
    this.lineEnd = i;
    this.contentEnd = at;
    return i;
  }

  /** The content bytes of token t with \" turned into " (for the checksum and for text). */
  unescapedBytes(t: number): Buffer {
    const start = this.starts[t] ?? 0;
    const end = this.ends[t] ?? 0;
    if (this.kinds[t] !== QUOTED_ESCAPED) return this.buf.subarray(start, end);
    const out = Buffer.allocUnsafe(end - start);
    let n = 0;
    for (let i = start; i < end; i++) {
      const c = this.buf[i] as number;
      if (c === BACKSLASH && i + 1 < end && this.buf[i + 1] === QUOTE) continue;
      out[n++] = c;
    }
    return out.subarray(0, n);
  }
}

/** Where the bare field at i ends: at a space, tab, line end or brace. */
function bareEnd(buf: Buffer, i: number, end: number): number {
  while (i < end) {
    const c = buf[i] as number;
    if (c <= SPACE && (c === SPACE || c === TAB || c === LF || c === CR)) break;
    if (c === LBRACE || c === RBRACE) break;
    i++;
  }
  return i;
}

/** bareEnd, copying the field to content[at...] on the way: no test per byte when not needed. */
function bareEndCopying(buf: Buffer, i: number, end: number, content: Uint8Array, at: number): number {
  while (i < end) {
    const c = buf[i] as number;
    if (c <= SPACE && (c === SPACE || c === TAB || c === LF || c === CR)) break;
    if (c === LBRACE || c === RBRACE) break;
    content[at++] = c;
    i++;
  }
  return i;
}

/** The index of the next CR or LF at or after i, or end. */
function lineEnd(buf: Buffer, i: number, end: number): number {
  for (; i < end; i++) {
    const c = buf[i] as number;
    if (c === LF || c === CR) return i;
  }
  return end;
}

/** Called with the line's tokens in `tokens` (and any tokenising error in tokens.error). */
export type LineHandler = (tokens: Tokens, line: number) => void;

/**
 * Cuts a byte stream into lines at CR LF, LF or CR (all three occur in real files) and
 * tokenises each in the same pass; a CR LF split over two chunks is one line end. Empty
 * lines are passed on too, so line numbers stay right; the caller skips them.
 */
export class LineReader {
  readonly tokens = new Tokens();
  private carry: Buffer | null = null;
  private afterCr = false;
  private line = 0;

  constructor(private readonly onLine: LineHandler) {}

  /** Lines read so far. */
  get lineNumber(): number {
    return this.line;
  }

  push(chunk: Buffer): void {
    const n = chunk.length;
    let i = 0;
    if (this.afterCr && n > 0 && chunk[0] === LF) i = 1;
    this.afterCr = false;
    if (this.carry !== null && i < n) {
      const t = lineEnd(chunk, i, n);
      if (t === n) {
        this.keep(chunk.subarray(i));
        return;
      }
      const joined = Buffer.concat([this.carry, chunk.subarray(i, t)]);
      this.carry = null;
      this.tokens.scanLine(joined, 0, joined.length);
      this.line++;
      this.onLine(this.tokens, this.line);
      i = this.skipTerminator(chunk, t);
    }
    while (i < n) {
      const t = this.tokens.scanLine(chunk, i, n);
      if (t === n) {
        this.keep(chunk.subarray(i));
        return;
      }
      this.line++;
      this.onLine(this.tokens, this.line);
      i = this.skipTerminator(chunk, t);
    }
  }

  /** The last line, when the file does not end with a line break. */
  end(): void {
    const last = this.carry;
    if (last === null) return;
    this.carry = null;
    this.tokens.scanLine(last, 0, last.length);
    this.line++;
    this.onLine(this.tokens, this.line);
  }

  private skipTerminator(chunk: Buffer, t: number): number {
    if (chunk[t] === CR) {
      if (t + 1 === chunk.length) this.afterCr = true;
      else if (chunk[t + 1] === LF) return t + 2;
    }
    return t + 1;
  }

  private keep(rest: Buffer): void {
    const carried = this.carry === null ? Buffer.from(rest) : Buffer.concat([this.carry, rest]);
    if (carried.length > MAX_LINE_BYTES) {
      this.carry = null;
      throw new TokenizeError(`line ${this.line + 1} is longer than ${MAX_LINE_BYTES} bytes`, 0);
    }
    this.carry = carried;
  }
}
