// Vouchers (SIE 4B §5 #VER, #TRANS, #RTRANS, #BTRANS): a #VER line, a line with "{", its
// rows, and a line with "}". Corrections made after registration are kept as such:
// - #RTRANS is a row added later. The spec has it followed by an identical #TRANS so that
//   readers that ignore #RTRANS still see the row; that mirror must not be counted again.
// - #BTRANS is a row removed later: kept for the audit trail, not part of the balance.
// The rows counted (#TRANS and #RTRANS) of a voucher must sum to zero.
import type { Ore } from '../../core/money/money.ts';
import type { FieldCursor } from './fields-cursor.ts';
import type { SieIssue, SieTransaction, SieTransactionKind, SieVoucher } from './types.ts';

export type IssueSink = (severity: 'error' | 'warning', issue: SieIssue) => void;

/** The #VER line's bytes are kept (not decoded) for a message in case the voucher is wrong. */
type OpenVoucher = {
  voucher: SieVoucher;
  sum: number;
  buf: Buffer;
  start: number;
  end: number;
  open: boolean;
  /** Its #VER line was wrong (already reported): the block is read past without more errors. */
  broken: boolean;
};
export type TextOf = (buf: Buffer, start: number, end: number) => string;

/** Öre as a SIE amount for messages: -12345 → "-123.45". */
export function formatOre(ore: number): string {
  const sign = ore < 0 ? '-' : '';
  const abs = Math.abs(ore);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

function describe(v: SieVoucher): string {
  const id = `${v.series} ${v.number}`.trim();
  return id === '' ? `the voucher of ${v.date}` : `voucher ${id}`;
}

export class VoucherReader {
  private current: OpenVoucher | null = null;
  /** The fields of the last #RTRANS, until its mirror #TRANS is seen. */
  private mirror: { key: string; line: number } | null = null;
  transRows = 0;
  transactions = 0;

  constructor(
    private readonly report: IssueSink,
    private readonly textOf: TextOf,
  ) {}

  get state(): 'none' | 'awaiting-brace' | 'open' {
    return this.current === null ? 'none' : this.current.open ? 'open' : 'awaiting-brace';
  }

  /** The voucher being read, for messages about it. */
  describeCurrent(): string {
    const c = this.current;
    if (c === null) return '';
    return c.broken
      ? `the voucher of line ${c.voucher.line}`
      : `${describe(c.voucher)} (line ${c.voucher.line})`;
  }

  begin(c: FieldCursor, line: number): void {
    const series = c.shortText('serie');
    const number = c.text('vernr');
    const date = c.date('verdatum');
    const text = c.optText('vertext');
    const registrationDate = c.optDate('regdatum');
    const sign = c.optText('sign');
    const voucher: SieVoucher = {
      series,
      number,
      date,
      text,
      registrationDate,
      sign,
      line,
      transactions: [],
    };
    const { buf, lineStart, lineEnd } = c.tokens;
    this.current = { voucher, sum: 0, buf, start: lineStart, end: lineEnd, open: false, broken: false };
    this.mirror = null;
  }

  /** After a #VER line with an error: its block follows and must not cause more errors. */
  beginBroken(c: FieldCursor, line: number): void {
    const { buf, lineStart, lineEnd } = c.tokens;
    const voucher: SieVoucher = {
      series: '',
      number: '',
      date: '',
      text: null,
      registrationDate: null,
      sign: null,
      line,
      transactions: [],
    };
    this.current = { voucher, sum: 0, buf, start: lineStart, end: lineEnd, open: false, broken: true };
    this.mirror = null;
  }

  /** The line number of the #VER being read. */
  openedAt(): number {
    return this.current?.voucher.line ?? 0;
  }

  /** The #VER line of the voucher being read. */
  currentLineText(): string {
    const c = this.current;
    return c === null ? '' : this.textOf(c.buf, c.start, c.end);
  }

  open(): void {
    if (this.current !== null) this.current.open = true;
  }

  /** Forgets a voucher that cannot be completed (its error is already reported). */
  abandon(): void {
    this.current = null;
    this.mirror = null;
  }

  row(kind: SieTransactionKind, c: FieldCursor, line: number): void {
    const current = this.current;
    if (current === null) return;
    this.transRows++;
    if (current.broken) return;
    const mirror = this.mirror;
    if (mirror !== null) {
      this.mirror = null;
      if (kind === 'normal' && rowKey(c) === mirror.key) return; // the #RTRANS's mirror
      this.unmirrored(mirror.line);
    }
    const account = c.account();
    const objects = c.objectList();
    const amount: Ore = c.amount('belopp');
    const date = c.optDate('transdat');
    const text = c.optText('transtext');
    const quantity = c.optQuantity();
    const sign = c.optText('sign');
    const t: SieTransaction = { kind, account, objects, amount, date, text, quantity, sign };
    current.voucher.transactions.push(t);
    this.transactions++;
    if (kind !== 'removed') current.sum += amount;
    if (kind === 'added') this.mirror = { key: rowKey(c), line };
  }

  /** At "}": the finished voucher, or null when it does not balance (reported). */
  close(): SieVoucher | null {
    const current = this.current;
    this.current = null;
    if (current === null || current.broken) return null;
    if (this.mirror !== null) this.unmirrored(this.mirror.line);
    this.mirror = null;
    const v = current.voucher;
    if (!Number.isSafeInteger(current.sum) || current.sum !== 0) {
      this.report('error', {
        line: v.line,
        column: 1,
        text: this.textOf(current.buf, current.start, current.end),
        message: `${describe(v)} does not balance: its #TRANS rows sum to ${formatOre(current.sum)}, not 0.00`,
      });
      return null;
    }
    if (v.transactions.length === 0) {
      this.report('warning', {
        line: v.line,
        column: 1,
        text: this.textOf(current.buf, current.start, current.end),
        message: `${describe(v)} has no rows`,
      });
    }
    return v;
  }

  private unmirrored(line: number): void {
    this.report('warning', {
      line,
      column: 1,
      text: '#RTRANS',
      message:
        '#RTRANS is not followed by its identical #TRANS (SIE 4B §5 #RTRANS); the row is counted once, as an added row',
    });
  }
}

/** The row's fields after the label, to recognise the mirror #TRANS of an #RTRANS. */
function rowKey(c: FieldCursor): string {
  const { tokens } = c;
  let key = '';
  for (let t = 1; t < tokens.count; t++) {
    const bytes = tokens.unescapedBytes(t);
    key += `${tokens.kinds[t] === 3 ? 2 : tokens.kinds[t]}:${bytes.toString('latin1')}\u0000`;
  }
  return key;
}
