// CRC-32 as in SIE 4B §5 #KSUMMA (the C routine printed in the specification): reflected
// polynomial 0xEDB88320, register preset to 0xFFFFFFFF, result inverted — the same CRC-32
// as ZIP and PNG, so node:zlib's crc32 computes it. What is fed into it is decided by the
// parser (checksum.ts).
import { crc32 } from 'node:zlib';

/** Bytes gathered before one call to zlib: enough that the call's cost vanishes. */
const FLUSH_BYTES = 64 * 1024;
/** Room after FLUSH_BYTES for a line written straight into the buffer (tokenizer.ts). */
const GATHER_BYTES = FLUSH_BYTES + 16 * 1024;

/**
 * The checksum is fed a few bytes at a time (a field, a line), and a native call for each
 * would cost more than a table lookup per byte in JavaScript. So the bytes are gathered in
 * a buffer, which is cheaper than the table, and summed by zlib a buffer at a time.
 */
export class Crc32 {
  /** The CRC of the bytes summed so far (not those still gathered). */
  private crc = 0;
  /** Bytes not yet summed: gathered[0, length). A caller may write after them, then commit(). */
  readonly gathered = new Uint8Array(GATHER_BYTES);
  length = 0;

  update(bytes: Uint8Array, start = 0, end = bytes.length): void {
    if (this.length + (end - start) > GATHER_BYTES) {
      this.flush();
      if (end - start > GATHER_BYTES) {
        this.crc = crc32(bytes.subarray(start, end), this.crc);
        return;
      }
    }
    const gathered = this.gathered;
    let at = this.length;
    for (let i = start; i < end; i++) gathered[at++] = bytes[i] as number;
    this.length = at;
  }

  /**
   * Takes in the bytes a caller wrote into gathered from length up to end; false, taking
   * nothing, when they did not all fit.
   */
  commit(end: number): boolean {
    if (end > GATHER_BYTES) return false;
    this.length = end;
    if (end >= FLUSH_BYTES) this.flush();
    return true;
  }

  /** The checksum as an unsigned 32-bit number. */
  value(): number {
    this.flush();
    return this.crc;
  }

  private flush(): void {
    if (this.length === 0) return;
    this.crc = crc32(this.gathered.subarray(0, this.length), this.crc);
    this.length = 0;
  }
}
