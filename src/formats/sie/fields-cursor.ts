// Reads a record's fields left to right (SIE 4B §4): each method takes the next field or
// throws a FieldError naming it. Optional trailing fields may be left out or written "".
//
// The methods run for every field of every row, so their common path is kept short and the
// messages of what can go wrong are built in methods of their own: V8 inlines small functions
// into the row reader, and a function grown by its error messages is called instead.
import type { Ore } from '../../core/money/money.ts';
import type { FieldDecoder } from './encoding.ts';
import {
  FieldError,
  amountOre,
  checkDate,
  eightDigits,
  integer,
  isoDate,
  isoPeriod,
  quantity,
} from './fields.ts';
import { StringCache } from './string-cache.ts';
import { BARE, CLOSE_BRACE, OPEN_BRACE, QUOTED_ESCAPED } from './tokenizer.ts';
import type { Tokens } from './tokenizer.ts';
import type { SieObjectRef } from './types.ts';

export class FieldCursor {
  /** Token index of the next field (0 is the label). */
  pos = 1;
  label = '';
  private readonly dates = new StringCache();
  private readonly accounts = new StringCache();
  private readonly shorts = new StringCache();
  /** The last date read (-1: none) and its string: a row's date is mostly its voucher's. */
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

  /** The next field's token index, which must not be a brace. */
  private take(name: string): number {
    const t = this.pos;
    if (t >= this.tokens.count || isBraceKind(this.tokens.kinds[t])) this.cannotTake(name);
    this.pos = t + 1;
    return t;
  }

  private cannotTake(name: string): never {
    const t = this.pos;
    if (t >= this.tokens.count) {
      const end = this.tokens.lineEnd;
      throw new FieldError(`#${this.label} needs the field ${name} here`, end, end);
    }
    const at = this.tokens.starts[t] as number;
    throw new FieldError(`#${this.label}: found a brace where ${name} was expected`, at, at + 1);
  }

  /**
   * Whether an optional field is left out: the line or the object list ends there, or it is
   * written "" (which is stepped over).
   */
  private absent(): boolean {
    const t = this.pos;
    if (t >= this.tokens.count || isBraceKind(this.tokens.kinds[t])) return true;
    if (this.tokens.starts[t] !== this.tokens.ends[t]) return false;
    this.pos = t + 1;
    return true;
  }

  text(name: string): string {
    return this.textOf(this.take(name));
  }

  private textOf(t: number): string {
    const { tokens } = this;
    if (tokens.kinds[t] === QUOTED_ESCAPED) {
      const bytes = tokens.unescapedBytes(t);
      return this.decode(bytes, 0, bytes.length);
    }
    return this.decode(tokens.buf, tokens.starts[t] as number, tokens.ends[t] as number);
  }

  /**
   * A short field that repeats (a voucher series, an object number): ASCII fields of up to
   * 6 bytes are shared strings looked up by their bytes, not a new string per row.
   */
  shortText(name: string): string {
    const t = this.take(name);
    const { buf, starts, ends, kinds } = this.tokens;
    const s = starts[t] as number;
    const e = ends[t] as number;
    if (e - s > 6 || kinds[t] === QUOTED_ESCAPED) return this.textOf(t);
    // A 1, then 7 bits a byte: the leading 1 keeps "" and "\0" apart; 6 bytes take 43 bits.
    let key = 1;
    for (let i = s; i < e; i++) {
      const b = buf[i] as number;
      if (b >= 0x80) return this.textOf(t);
      key = key * 128 + b;
    }
    return this.shorts.ascii(key, buf, s, e);
  }

  /** Null when left out or written as "". */
  optText(name: string): string | null {
    if (this.absent()) return null;
    const v = this.text(name); // may still be "": a UTF-8 byte-order mark alone decodes to nothing
    return v === '' ? null : v;
  }

  amount(name: string): Ore {
    const t = this.take(name);
    return amountOre(this.tokens.buf, this.tokens.starts[t] as number, this.tokens.ends[t] as number);
  }

  date(name: string): string {
    const t = this.take(name);
    const s = this.tokens.starts[t] as number;
    const e = this.tokens.ends[t] as number;
    const digits = eightDigits(this.tokens.buf, s, e);
    if (digits >= 0 && digits === this.lastDate) return this.lastIso; // checked already
    return this.newDate(checkDate(digits, s, e));
  }

  private newDate(v: number): string {
    let iso = this.dates.get(v);
    if (iso === null) {
      iso = isoDate(v);
      this.dates.set(v, iso);
    }
    this.lastDate = v;
    this.lastIso = iso;
    return iso;
  }

  optDate(name: string): string | null {
    return this.absent() ? null : this.date(name);
  }

  integer(name: string, what: string): number {
    const t = this.take(name);
    return integer(this.tokens.buf, this.tokens.starts[t] as number, this.tokens.ends[t] as number, what);
  }

  /** #KSUMMA's value: an unsigned 32-bit number, also accepted as written by signed 32-bit writers. */
  checksum(): number {
    const t = this.take('kontrollsumma');
    const s = this.tokens.starts[t] as number;
    const e = this.tokens.ends[t] as number;
    const text = this.tokens.buf.toString('latin1', s, e);
    const v = /^-?[0-9]{1,10}$/.test(text) ? Number(text) : Number.NaN;
    if (!(v >= -0x80000000 && v <= 0xffffffff)) {
      throw new FieldError('not a checksum; expected a whole number below 2^32', s, e);
    }
    return v >>> 0;
  }

  period(name: string): string {
    const t = this.take(name);
    return isoPeriod(this.tokens.buf, this.tokens.starts[t] as number, this.tokens.ends[t] as number);
  }

  optQuantity(): string | null {
    if (this.absent()) return null;
    const t = this.take('kvantitet');
    return quantity(this.tokens.buf, this.tokens.starts[t] as number, this.tokens.ends[t] as number);
  }

  /** An account number; short all-digit numbers (nearly all) are shared strings, not one per row. */
  account(name = 'kontonr'): string {
    const t = this.take(name);
    const { buf, starts, ends, kinds } = this.tokens;
    const s = starts[t] as number;
    const e = ends[t] as number;
    if (e === s || e - s > 12 || kinds[t] === QUOTED_ESCAPED) return this.otherAccount(t, name);
    let key = 0;
    for (let i = s; i < e; i++) {
      const d = (buf[i] as number) - 0x30;
      if (d < 0 || d > 9) return this.textOf(t);
      key = key * 10 + d;
    }
    return this.accounts.ascii(key * 16 + (e - s), buf, s, e); // "0100" and "100" differ
  }

  /** An account that is empty (an error), long or escaped: not one of the shared strings. */
  private otherAccount(t: number, name: string): string {
    const s = this.tokens.starts[t] as number;
    const e = this.tokens.ends[t] as number;
    if (e === s) throw new FieldError(`#${this.label}: empty ${name}`, s, e);
    return this.textOf(t);
  }

  /**
   * An object list `{dim "obj" dim "obj"}` (§5 #TRANS, #PSALDO): pairs of dimension number and
   * object number. Returns [] when the record leaves the list out (as SIE 4A files do).
   */
  objectList(): SieObjectRef[] {
    const { tokens } = this;
    if (this.pos >= tokens.count || tokens.kinds[this.pos] !== OPEN_BRACE) return [];
    const open = tokens.starts[this.pos] as number;
    this.pos++;
    // Most lists hold one object or none: an array of that size, not one grown by push.
    const objects: SieObjectRef[] = this.listEnds() ? [] : [this.objectRef()];
    while (!this.listEnds()) objects.push(this.objectRef());
    if (this.pos >= tokens.count) {
      throw new FieldError(`#${this.label}: the object list is not closed with }`, open, tokens.lineEnd);
    }
    this.pos++;
    return objects;
  }

  private listEnds(): boolean {
    return this.pos >= this.tokens.count || this.tokens.kinds[this.pos] === CLOSE_BRACE;
  }

  /** One `dimensionsnr objektnr` pair of an object list. */
  private objectRef(): SieObjectRef {
    const dimension = this.integer('dimensionsnr', 'a dimension number such as 1');
    if (this.listEnds()) {
      this.failLast(`#${this.label}: dimension ${dimension} in the object list has no object`);
    }
    return { dimension, object: this.shortText('objektnr') };
  }

  /** Whether the next token is a bare field (not quoted, not a brace). */
  nextIsBare(): boolean {
    return this.more() && this.tokens.kinds[this.pos] === BARE;
  }

  /** Raises a FieldError on the field just read. */
  failLast(message: string): never {
    const t = this.pos - 1;
    throw new FieldError(message, this.tokens.starts[t] as number, this.tokens.ends[t] as number);
  }
}

function isBraceKind(kind: number | undefined): boolean {
  return kind === OPEN_BRACE || kind === CLOSE_BRACE;
}
