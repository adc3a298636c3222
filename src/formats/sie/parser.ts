// The streaming SIE 4 reader: bytes in (any chunking), records out as events, problems
// collected with line, column and text. Memory is bounded by one line, one voucher and
// the sniffing window, whatever the file's size.
import { Ksumma } from './checksum.ts';
import {
  SNIFF_ENOUGH_HIGH_BYTES,
  SNIFF_MAX_BYTES,
  countHighBytes,
  fieldDecoder,
  sniffEncoding,
} from './encoding.ts';
import type { EncodingGuess, FieldDecoder } from './encoding.ts';
import { FieldCursor } from './fields-cursor.ts';
import { endWarnings, formatWarning } from './file-checks.ts';
import { FieldError } from './fields.ts';
import { IssueLog } from './issues.ts';
import { isVer, rowKind, rowLabel } from './labels.ts';
import { RECORD_READERS } from './records.ts';
import { BARE, CLOSE_BRACE, LineReader, OPEN_BRACE, TokenizeError } from './tokenizer.ts';
import type { Tokens } from './tokenizer.ts';
import type { SieCounts, SieEvent, SieIssue, SieSummary } from './types.ts';
import { VoucherReader } from './vouchers.ts';

export type SieParserOptions = {
  /** Errors kept in the summary (all are counted). */
  maxErrors?: number;
  /** Warnings kept in the summary (all are counted). */
  maxWarnings?: number;
};

const HASH = 0x23;

export class SieParser {
  private readonly tokens: Tokens;
  private readonly cursor: FieldCursor;
  private readonly splitter: LineReader;
  private readonly vouchers: VoucherReader;
  private guess: EncodingGuess | null = null;
  private decode: FieldDecoder = fieldDecoder('cp437');
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private pendingHigh = 0;
  private readonly ksumma = new Ksumma();
  private readonly seen = new Set<string>();
  private readonly years = new Set<number>();
  private readonly warnedYears = new Set<number>();
  private sieType = 0;
  private firstDate: string | null = null;
  private lastDate: string | null = null;
  private replacementWarned = false;
  private readonly issues: IssueLog;
  readonly counts: SieCounts = {
    lines: 0,
    accounts: 0,
    vouchers: 0,
    transRows: 0,
    transactions: 0,
    balances: 0,
    objectBalances: 0,
    periodBalances: 0,
    unknownRecords: 0,
  };

  constructor(
    private readonly onEvent: (event: SieEvent) => void,
    options: SieParserOptions = {},
  ) {
    this.issues = new IssueLog(options.maxErrors ?? 100, options.maxWarnings ?? 100);
    this.splitter = new LineReader((_tokens, line) => this.line(line));
    this.tokens = this.splitter.tokens;
    this.cursor = new FieldCursor(this.tokens, this.decode);
    this.vouchers = new VoucherReader(
      (severity, issue) => this.issue(severity, issue),
      (buf, start, end) => this.decode(buf, start, end),
    );
  }

  /** Errors so far: a caller storing events as they come rolls back when this is above 0. */
  get errorTotal(): number {
    return this.issues.errorCount;
  }

  write(chunk: Buffer): void {
    if (this.guess !== null) {
      this.split(chunk);
      return;
    }
    // Hold the first bytes back until they show the encoding (encoding.ts).
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    this.pendingHigh += countHighBytes(chunk);
    if (this.pendingHigh >= SNIFF_ENOUGH_HIGH_BYTES || this.pendingBytes >= SNIFF_MAX_BYTES) this.decide();
  }

  end(): SieSummary {
    if (this.guess === null) this.decide();
    this.split(null);
    this.finish();
    const guess = this.guess ?? sniffEncoding(new Uint8Array(0));
    this.counts.transRows = this.vouchers.transRows;
    this.counts.transactions = this.vouchers.transactions;
    return {
      encoding: guess.encoding,
      counts: this.counts,
      checksum: { status: this.ksumma.value === null ? 'absent' : 'verified', value: this.ksumma.value },
      voucherDates:
        this.firstDate === null || this.lastDate === null
          ? null
          : { first: this.firstDate, last: this.lastDate },
      errors: this.issues.errors,
      errorCount: this.issues.errorCount,
      warnings: this.issues.warnings,
      warningCount: this.issues.warningCount,
    };
  }

  private decide(): void {
    const sample = Buffer.concat(this.pending);
    this.pending = [];
    const guess = sniffEncoding(sample);
    this.guess = guess;
    const decode = fieldDecoder(guess.encoding);
    // Under UTF-8 a later invalid byte decodes to U+FFFD: say so once.
    this.decode =
      guess.encoding === 'utf-8'
        ? (bytes, start, end) => {
            const s = decode(bytes, start, end);
            if (!this.replacementWarned && s.includes('\uFFFD')) this.replacementBytes(s);
            return s;
          }
        : decode;
    this.cursor.decode = this.decode;
    this.split(guess.bomLength > 0 ? sample.subarray(guess.bomLength) : sample);
  }

  private replacementBytes(s: string): void {
    this.replacementWarned = true;
    this.issue('warning', {
      line: this.splitter.lineNumber,
      column: 1,
      text: s,
      message: 'bytes that are not UTF-8 in a file read as UTF-8 were replaced by U+FFFD',
    });
  }

  private split(chunk: Buffer | null): void {
    try {
      if (chunk === null) this.splitter.end();
      else this.splitter.push(chunk);
    } catch (e) {
      if (!(e instanceof TokenizeError)) throw e;
      this.issue('error', { line: this.splitter.lineNumber + 1, column: 1, text: '', message: e.message });
    }
  }

  issue(severity: 'error' | 'warning', issue: SieIssue): void {
    this.issues.add(severity, issue);
  }

  private line(line: number): void {
    this.counts.lines = line;
    const { tokens } = this;
    try {
      if (tokens.error !== null)
        throw new FieldError(tokens.error.message, tokens.error.offset, tokens.lineEnd);
      if (tokens.count === 0) return;
      if (this.ksumma.state === 'on') this.ksumma.feed(tokens);
      else if (this.ksumma.state === 'done') {
        const warning = this.ksumma.after();
        if (warning !== null) this.issue('warning', this.at(line, warning));
      }
      this.record(line);
    } catch (e) {
      if (!(e instanceof FieldError)) throw e;
      this.fieldIssue(e, tokens.buf, tokens.lineStart, tokens.lineEnd, line);
    }
  }

  private fieldIssue(e: FieldError, buf: Buffer, start: number, end: number, line: number): void {
    if (this.issues.countOnly()) return; // a file that is all errors must not cost a decode per line
    const column = this.decode(buf, start, e.start).length + 1;
    const text = e.start === e.end ? this.decode(buf, start, end) : this.decode(buf, e.start, e.end);
    this.issue('error', { line, column, text, message: e.message });
  }

  private lineText(): string {
    const t = this.tokens;
    return this.decode(t.buf, t.lineStart, t.lineEnd);
  }

  private record(line: number): void {
    const { tokens, vouchers } = this;
    const kind = tokens.kinds[0];
    if (kind === OPEN_BRACE || kind === CLOSE_BRACE) {
      this.brace(kind === OPEN_BRACE);
      return;
    }
    const s = tokens.starts[0] ?? 0;
    const e = tokens.ends[0] ?? 0;
    if (kind !== BARE || tokens.buf[s] !== HASH || e - s < 2) {
      throw new FieldError('expected a record label such as #VER or #TRANS at the start of the line', s, e);
    }
    const row = rowKind(tokens.buf, s, e);
    if (vouchers.state === 'awaiting-brace') {
      this.issue('error', this.at(line, `expected "{" to open ${vouchers.describeCurrent()}`));
      vouchers.abandon();
    }
    if (row !== null) {
      if (vouchers.state !== 'open') throw new FieldError(`#${rowLabel(row)} outside a voucher block`, s, e);
      this.cursor.reset(rowLabel(row));
      vouchers.row(row, this.cursor, line);
      return;
    }
    const label = isVer(tokens.buf, s, e) ? 'VER' : tokens.buf.toString('latin1', s + 1, e);
    if (vouchers.state === 'open') {
      if (!RECORD_READERS.has(label) && label !== 'VER' && label !== 'KSUMMA') {
        this.unknown(label, line);
        return;
      }
      this.issue(
        'error',
        this.at(
          line,
          `${vouchers.describeCurrent()} is not closed with "}" before #${label}; the file may be truncated`,
        ),
      );
      vouchers.abandon();
    }
    this.seen.add(label);
    this.cursor.reset(label);
    if (label === 'VER') this.beginVoucher(line);
    else if (label === 'KSUMMA') this.checksum(line);
    else {
      const read = RECORD_READERS.get(label);
      if (read === undefined) this.unknown(label, line);
      else this.emit(read(this.cursor), line);
    }
  }

  private beginVoucher(line: number): void {
    if (this.sieType !== 0 && this.sieType !== 4 && this.counts.vouchers === 0) {
      this.issue(
        'warning',
        this.at(line, `#VER in a type ${this.sieType} file: only type 4 files carry vouchers`),
      );
    }
    try {
      this.vouchers.begin(this.cursor, line);
    } catch (e) {
      this.vouchers.beginBroken(this.cursor, line);
      throw e;
    }
    if (this.cursor.more() && this.tokens.kinds[this.cursor.pos] === OPEN_BRACE) this.vouchers.open();
  }

  private brace(open: boolean): void {
    const { vouchers } = this;
    const at = this.tokens.starts[0] ?? 0;
    if (open) {
      if (vouchers.state !== 'awaiting-brace')
        throw new FieldError('"{" without a #VER before it', at, at + 1);
      vouchers.open();
      return;
    }
    if (vouchers.state !== 'open') throw new FieldError('"}" without an open voucher', at, at + 1);
    const v = vouchers.close();
    if (v === null) return;
    this.counts.vouchers++;
    if (this.firstDate === null || v.date < this.firstDate) this.firstDate = v.date;
    if (this.lastDate === null || v.date > this.lastDate) this.lastDate = v.date;
    this.onEvent({ type: 'voucher', voucher: v });
  }

  private emit(event: SieEvent, line: number): void {
    switch (event.type) {
      case 'header':
        if (event.header.format !== undefined) this.checkFormat(event.header.format ?? '', line);
        if (event.header.sieType) this.sieType = event.header.sieType;
        break;
      case 'financialYear':
        this.years.add(event.year.index);
        break;
      case 'account':
        if (event.account.name !== undefined) this.counts.accounts++; // #KONTO, not #KTYP, #SRU, #ENHET
        break;
      case 'balance':
        this.counts.balances++;
        this.checkYear(event.balance.yearIndex, line);
        break;
      case 'objectBalance':
        this.counts.objectBalances++;
        this.checkYear(event.balance.yearIndex, line);
        break;
      case 'periodBalance':
        this.counts.periodBalances++;
        this.checkYear(event.balance.yearIndex, line);
        break;
      default:
        break;
    }
    this.onEvent(event);
  }

  private checkYear(index: number, line: number): void {
    if (this.years.has(index) || this.warnedYears.has(index)) return;
    this.warnedYears.add(index);
    this.issue('warning', this.at(line, `year index ${index} has no #RAR record`));
  }

  private checkFormat(declared: string, line: number): void {
    const warning = this.guess === null ? null : formatWarning(declared, this.guess);
    if (warning !== null) this.issue('warning', this.at(line, warning));
  }

  private unknown(label: string, line: number): void {
    this.counts.unknownRecords++;
    this.issue('warning', this.at(line, `unknown record #${label} skipped`));
  }

  private at(line: number, message: string): SieIssue {
    return { line, column: 1, text: this.lineText(), message };
  }

  private checksum(line: number): void {
    const warning = this.ksumma.record(this.cursor);
    if (warning !== null) this.issue('warning', this.at(line, warning));
  }

  private finish(): void {
    const line = this.splitter.lineNumber;
    const end = (message: string): SieIssue => ({ line, column: 1, text: '', message });
    if (this.vouchers.state !== 'none') {
      const v = this.vouchers;
      const message = `the file ends (line ${line}) inside ${v.describeCurrent()}: "}" is missing; the file may be truncated`;
      this.issue('error', { line: v.openedAt(), column: 1, text: v.currentLineText(), message });
      v.abandon();
    }
    if (this.ksumma.state === 'on') {
      this.issue(
        'error',
        end('the file ends without the closing #KSUMMA its opening #KSUMMA promises; it may be truncated'),
      );
    }
    for (const warning of endWarnings(this.seen, this.guess, line)) this.issue('warning', end(warning));
  }
}
