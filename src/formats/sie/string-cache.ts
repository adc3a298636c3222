// Shared strings for short fields that repeat row after row (accounts, objects, dates), so
// that a million rows do not build a million copies of "1930". Looked up by a number made
// from the field's bytes, which is cheaper than building the string to look it up.

const SLOT_BITS = 12;
const SLOTS = 1 << SLOT_BITS;

/**
 * A direct-mapped cache: each key has one slot, and a key that lands on a taken slot
 * replaces it. Several times faster than a Map, and its size is bounded without clearing.
 * Keys are whole numbers from 0 to 2^53; each must stand for one string only.
 */
export class StringCache {
  private readonly keys = new Float64Array(SLOTS).fill(-1);
  private readonly strings: string[] = new Array<string>(SLOTS).fill('');

  /** The string stored for key, or null. */
  get(key: number): string | null {
    const slot = slotOf(key);
    return this.keys[slot] === key ? (this.strings[slot] as string) : null;
  }

  set(key: number, value: string): void {
    const slot = slotOf(key);
    this.keys[slot] = key;
    this.strings[slot] = value;
  }

  /** The string for key, made from the ASCII bytes[start, end) the first time. */
  ascii(key: number, bytes: Buffer, start: number, end: number): string {
    const slot = slotOf(key);
    if (this.keys[slot] === key) return this.strings[slot] as string;
    const value = bytes.toString('latin1', start, end);
    this.keys[slot] = key;
    this.strings[slot] = value;
    return value;
  }
}

/** Fibonacci hashing of the key's low 32 bits: neighbouring keys land far apart. */
function slotOf(key: number): number {
  return Math.imul(key | 0, 0x9e3779b1) >>> (32 - SLOT_BITS);
}
