// SIE 4B §5 #KSUMMA: an opening #KSUMMA without a value starts the checksum, a closing one
// carries it. The CRC-32 covers every record in between: the label and the contents of its
// fields, without the spaces or tabs between fields, the quotes around them, braces or line
// ends; an escaped quote \" counts as the quote it stands for. The bytes are the file's own
// (PC8 in a conforming file).
import { Crc32 } from './crc32.ts';
import type { FieldCursor } from './fields-cursor.ts';
import { CLOSE_BRACE, OPEN_BRACE, QUOTED_ESCAPED } from './tokenizer.ts';
import type { Tokens } from './tokenizer.ts';

export class Ksumma {
  state: 'before' | 'on' | 'done' = 'before';
  /** The verified checksum, null until the closing #KSUMMA matched. */
  value: number | null = null;
  /** Made by the opening #KSUMMA (its buffer is not needed before). */
  private crc: Crc32 | null = null;
  private warnedAfter = false;

  /** Adds the line's record to the sum (not the closing #KSUMMA itself). */
  feed(tokens: Tokens): void {
    const { crc } = this;
    if (crc === null) return;
    const s = tokens.starts[0] ?? 0;
    const e = tokens.ends[0] ?? 0;
    if (e - s === 7 && tokens.buf.toString('latin1', s, e) === '#KSUMMA') return;
    // The tokenizer copied the content into the sum's buffer as it read the line.
    if (tokens.checksum === crc && crc.commit(tokens.contentEnd)) return;
    for (let t = 0; t < tokens.count; t++) {
      const kind = tokens.kinds[t];
      if (kind === OPEN_BRACE || kind === CLOSE_BRACE) continue;
      if (kind === QUOTED_ESCAPED) crc.update(tokens.unescapedBytes(t));
      else crc.update(tokens.buf, tokens.starts[t] ?? 0, tokens.ends[t] ?? 0);
    }
  }

  /** A #KSUMMA record: returns a warning, or throws a FieldError for a checksum that does not match. */
  record(cursor: FieldCursor): string | null {
    if (!cursor.more()) {
      if (this.state !== 'before') return 'a second opening #KSUMMA ignored';
      this.crc = new Crc32();
      this.state = 'on';
      cursor.tokens.checksum = this.crc; // the tokenizer gathers each line's content from now on
      return null;
    }
    const stated = cursor.checksum();
    if (this.state !== 'on' || this.crc === null) {
      cursor.failLast('#KSUMMA with a checksum but no opening #KSUMMA before it');
    }
    const computed = this.crc.value();
    this.state = 'done';
    cursor.tokens.checksum = null;
    if (stated !== computed) {
      cursor.failLast(
        `#KSUMMA: the file says ${stated}, the records give ${computed}; the file was changed or damaged`,
      );
    }
    this.value = computed;
    return null;
  }

  /** A record after the closing #KSUMMA: not covered by the checksum; said once. */
  after(): string | null {
    if (this.warnedAfter) return null;
    this.warnedAfter = true;
    return 'records after the closing #KSUMMA are not covered by the checksum';
  }
}
