// Reads a record's fields left to right (SIE 4B §4): each method takes the next field or
// throws a FieldError naming it. Optional trailing fields may be left out or written "".
import type { Ore } from '../../core/money/money.ts';
import type { FieldDecoder } from './encoding.ts';
import { FieldError, amountOre, dateNumber, integer, isoDate, isoPeriod, quantity } from './fields.ts';
import { BARE, CLOSE_BRACE, OPEN_BRACE, QUOTED_ESCAPED } from './tokenizer.ts';
import type { Tokens } from './tokenizer.ts';
import type { SieObjectRef } from './types.ts';

const DATE_CACHE_LIMIT = 4096;
const ACCOUNT_CACHE_LIMIT = 65536;

export class FieldCursor {
  /** Token index of the next field (0 is the label). */
  pos = 1;
  label = '';
  private readonly dates = new Map<number, string>();
  private readonly accounts = new Map<number, string>();
  private readonly shorts = new Map<number, string>();
  private lastDate = -1;
  private lastIso = '';

  constructor(
    readonly tokens: Tokens,
    public decode: FieldDecoder,
  ) {}

  reset(label: string): void {
    this.label = label;
    this.pos = 1;
  }

  /** Whether a field is left (an object list's brace counts). */
  more(): boolean {
    return this.pos < this.tokens.count;
  }

  private missing(name: string): never {
    const end = this.tokens.lineEnd;
    throw new FieldError(`#${this.label} needs the field ${name} here`, end, end);
  }

  /** The next field's token index, which must not be a brace. */
  private take(name: string): number {
    const t = this.pos;
    if (t >= this.tokens.count) this.missing(name);
    const kind = this.tokens.kinds[t];
    if (kind === OPEN_BRACE || kind === CLOSE_BRACE) {
      const at = this.tokens.starts[t] ?? 0;
      throw new FieldError(`#${this.label}: found a brace where ${name} was expected`, at, at + 1);
    }
    this.pos++;
    return t;
  }

  text(name: string): string {
    return this.textOf(this.take(name));
  }

  private textOf(t: number): string {
    if (this.tokens.kinds[t] === QUOTED_ESCAPED) {
      const bytes = this.tokens.unescapedBytes(t);
      return this.decode(bytes, 0, bytes.length);
    }
    const s = this.tokens.starts[t] ?? 0;
    const e = this.tokens.ends[t] ?? 0;
    return this.decode(this.tokens.buf, s, e);
  }

  /**
   * A short field that repeats (a voucher series, an object number): ASCII fields of up to
   * 6 bytes are shared strings looked up by their bytes, not a new string per row.
   */
  shortText(name: string): string {
    const t = this.take(name);
    const s = this.tokens.starts[t] ?? 0;
    const e = this.tokens.ends[t] ?? 0;
    const len = e - s;
    if (len > 6 || this.tokens.kinds[t] === QUOTED_ESCAPED) return this.textOf(t);
    const buf = this.tokens.buf;
    let key = 0;
    for (let i = s; i < e; i++) {
      const b = buf[i] as number;
      if (b >= 0x80) return this.textOf(t);
      key = key * 128 + b;
    }
    key += len * 2 ** 42; // 6 bytes of 7 bits take 42 bits; the length keeps "" and "\0" apart
    let str = this.shorts.get(key);
    if (str === undefined) {
      if (this.shorts.size >= ACCOUNT_CACHE_LIMIT) this.shorts.clear();
      str = buf.toString('latin1', s, e);
      this.shorts.set(key, str);
    }
    return str;
  }

  /** Null when left out or written as "". */
  optText(name: string): string | null {
    if (!this.more() || this.isBrace()) return null;
    const v = this.text(name);
    return v === '' ? null : v;
  }

  private isBrace(): boolean {
    const kind = this.tokens.kinds[this.pos];
    return kind === OPEN_BRACE || kind === CLOSE_BRACE;
  }

  private emptyNext(): boolean {
    return this.tokens.starts[this.pos] === this.tokens.ends[this.pos];
  }

  amount(name: string): Ore {
    const tok = this.take(name);
    const s = this.tokens.starts[tok] ?? 0;
    const e = this.tokens.ends[tok] ?? 0;
    return amountOre(this.tokens.buf, s, e);
  }

  date(name: string): string {
    const tok = this.take(name);
    const s = this.tokens.starts[tok] ?? 0;
    const e = this.tokens.ends[tok] ?? 0;
    const v = dateNumber(this.tokens.buf, s, e);
    if (v === this.lastDate) return this.lastIso; // a row's date is mostly its voucher's
    let iso = this.dates.get(v);
    if (iso === undefined) {
      if (this.dates.size >= DATE_CACHE_LIMIT) this.dates.clear();
      iso = isoDate(v);
      this.dates.set(v, iso);
    }
    this.lastDate = v;
    this.lastIso = iso;
    return iso;
  }

  optDate(name: string): string | null {
    if (!this.more() || this.isBrace()) return null;
    if (this.emptyNext()) {
      this.pos++;
      return null;
    }
    return this.date(name);
  }

  integer(name: string, what: string): number {
    const tok = this.take(name);
    const s = this.tokens.starts[tok] ?? 0;
    const e = this.tokens.ends[tok] ?? 0;
    return integer(this.tokens.buf, s, e, what);
  }

  /** #KSUMMA's value: an unsigned 32-bit number, also accepted as written by signed 32-bit writers. */
  checksum(): number {
    const tok = this.take('kontrollsumma');
    const s = this.tokens.starts[tok] ?? 0;
    const e = this.tokens.ends[tok] ?? 0;
    const text = this.tokens.buf.toString('latin1', s, e);
    const v = /^-?[0-9]{1,10}$/.test(text) ? Number(text) : Number.NaN;
    if (!(v >= -0x80000000 && v <= 0xffffffff)) {
      throw new FieldError('not a checksum; expected a whole number below 2^32', s, e);
    }
    return v >>> 0;
  }

  period(name: string): string {
    const tok = this.take(name);
    const s = this.tokens.starts[tok] ?? 0;
    const e = this.tokens.ends[tok] ?? 0;
    return isoPeriod(this.tokens.buf, s, e);
  }

  optQuantity(): string | null {
    if (!this.more() || this.isBrace()) return null;
    if (this.emptyNext()) {
      this.pos++;
      return null;
    }
    const tok = this.take('kvantitet');
    const s = this.tokens.starts[tok] ?? 0;
    const e = this.tokens.ends[tok] ?? 0;
    return quantity(this.tokens.buf, s, e);
  }

  /** An account number; short all-digit numbers (nearly all) are shared strings, not one per row. */
  account(name = 'kontonr'): string {
    const t = this.take(name);
    const s = this.tokens.starts[t] ?? 0;
    const e = this.tokens.ends[t] ?? 0;
    const len = e - s;
    if (len === 0) throw new FieldError(`#${this.label}: empty ${name}`, s, e);
    if (len > 12 || this.tokens.kinds[t] === QUOTED_ESCAPED) return this.textOf(t);
    const buf = this.tokens.buf;
    let key = 0;
    for (let i = s; i < e; i++) {
      const d = (buf[i] as number) - 0x30;
      if (d < 0 || d > 9) return this.textOf(t);
      key = key * 10 + d;
    }
    key = key * 16 + len; // "0100" and "100" are different accounts
    let str = this.accounts.get(key);
    if (str === undefined) {
      if (this.accounts.size >= ACCOUNT_CACHE_LIMIT) this.accounts.clear();
      str = buf.toString('latin1', s, e);
      this.accounts.set(key, str);
    }
    return str;
  }

  /**
   * An object list `{dim "obj" dim "obj"}` (§5 #TRANS, #PSALDO): pairs of dimension number and
   * object number. Returns [] when the record leaves the list out (as SIE 4A files do).
   */
  objectList(): SieObjectRef[] {
    const { tokens } = this;
    if (this.pos >= tokens.count || tokens.kinds[this.pos] !== OPEN_BRACE) return [];
    const open = tokens.starts[this.pos] ?? 0;
    this.pos++;
    const objects: SieObjectRef[] = [];
    while (this.pos < tokens.count && tokens.kinds[this.pos] !== CLOSE_BRACE) {
      const dimension = this.integer('dimensionsnr', 'a dimension number such as 1');
      if (this.pos >= tokens.count || tokens.kinds[this.pos] === CLOSE_BRACE) {
        const tok = this.pos - 1;
        const s = this.tokens.starts[tok] ?? 0;
        const e = this.tokens.ends[tok] ?? 0;
        throw new FieldError(`#${this.label}: dimension ${dimension} in the object list has no object`, s, e);
      }
      objects.push({ dimension, object: this.shortText('objektnr') });
    }
    if (this.pos >= tokens.count) {
      throw new FieldError(`#${this.label}: the object list is not closed with }`, open, tokens.lineEnd);
    }
    this.pos++;
    return objects;
  }

  /** Whether the next token is a bare field (not quoted, not a brace). */
  nextIsBare(): boolean {
    return this.more() && this.tokens.kinds[this.pos] === BARE;
  }

  /** Raises a FieldError on the field just read. */
  failLast(message: string): never {
    const tok = this.pos - 1;
    const s = this.tokens.starts[tok] ?? 0;
    const e = this.tokens.ends[tok] ?? 0;
    throw new FieldError(message, s, e);
  }
}
