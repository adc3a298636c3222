// What the SIE 4 reader produces. Field names follow SIE 4B §5 (record by record); dates
// are ISO "YYYY-MM-DD", periods "YYYY-MM", amounts integer öre, quantities exact decimal
// strings (they are not money and may have more decimals).
import type { Ore } from '../../core/money/money.ts';
import type { SieEncoding } from './encoding.ts';

/** A problem with its place in the file: 1-based line and column (characters), and the text found there. */
export type SieIssue = {
  line: number;
  column: number;
  /** The offending text (the field, or the line when no field is to blame). */
  text: string;
  message: string;
};

/** One object of a dimension, as in an object list `{1 "100" 6 "1118"}` (§5 #OBJEKT, §7). */
export type SieObjectRef = { dimension: number; object: string };

/** §5 #TRANS is a row; #RTRANS a row added by a correction; #BTRANS a row removed by one (not counted). */
export type SieTransactionKind = 'normal' | 'added' | 'removed';

export type SieTransaction = {
  kind: SieTransactionKind;
  account: string;
  objects: SieObjectRef[];
  amount: Ore;
  date: string | null;
  text: string | null;
  quantity: string | null;
  sign: string | null;
};

export type SieVoucher = {
  /** Empty in import files (type 4I) that leave numbering to the receiving system. */
  series: string;
  number: string;
  date: string;
  text: string | null;
  registrationDate: string | null;
  sign: string | null;
  /** Line of the #VER record. */
  line: number;
  transactions: SieTransaction[];
};

export type SieFinancialYear = { index: number; start: string; end: string };

export type SieAccount = {
  number: string;
  name: string | null;
  /** #KTYP: T tillgång (asset), S skuld (liability), K kostnad (cost), I intäkt (income). */
  type: 'T' | 'S' | 'K' | 'I' | null;
  unit: string | null;
  sru: string | null;
};

export type SieDimension = { number: number; name: string; parent: number | null };
export type SieObject = { dimension: number; number: string; name: string };

/** #IB, #UB, #RES: per year index (0 this year, -1 the one before). */
export type SieBalance = { yearIndex: number; account: string; amount: Ore; quantity: string | null };
/** #OIB, #OUB: a balance for one object. */
export type SieObjectBalance = SieBalance & { object: SieObjectRef };
/** #PSALDO, #PBUDGET: a period's balance or budget, for the objects listed (none = the account's total). */
export type SiePeriodBalance = SieBalance & { period: string; objects: SieObjectRef[] };

export type SieCompany = {
  name: string | null;
  orgNumber: string | null;
  /** #ORGNR's optional förvärvsnummer and verksamhetsnummer. */
  acquisitionNumber: string | null;
  activityNumber: string | null;
  companyId: string | null;
  companyType: string | null;
  sniCode: string | null;
  address: { contact: string; street: string; postal: string; phone: string } | null;
  taxYear: number | null;
};

export type SieHeader = {
  flag: 0 | 1 | null;
  program: { name: string; version: string } | null;
  /** As declared by #FORMAT (SIE 4B allows only PC8). */
  format: string | null;
  /** The encoding the bytes were actually read in. */
  encoding: SieEncoding;
  generated: { date: string; sign: string | null } | null;
  sieType: 1 | 2 | 3 | 4 | null;
  prosa: string | null;
  /** #OMFATTN: the date up to which balances and results are given (a file for part of a year). */
  coverageDate: string | null;
  chartType: string | null;
  currency: string | null;
};

/** Records in file order. Vouchers come whole, with their rows, once their closing brace is read. */
export type SieEvent =
  | { type: 'header'; header: Partial<Omit<SieHeader, 'encoding'>> }
  | { type: 'company'; company: Partial<SieCompany> }
  | { type: 'financialYear'; year: SieFinancialYear }
  | { type: 'account'; account: Partial<SieAccount> & { number: string } }
  | { type: 'dimension'; dimension: SieDimension }
  | { type: 'object'; object: SieObject }
  | { type: 'balance'; label: 'IB' | 'UB' | 'RES'; balance: SieBalance }
  | { type: 'objectBalance'; label: 'OIB' | 'OUB'; balance: SieObjectBalance }
  | { type: 'periodBalance'; label: 'PSALDO' | 'PBUDGET'; balance: SiePeriodBalance }
  | { type: 'voucher'; voucher: SieVoucher };

export type SieCounts = {
  lines: number;
  accounts: number;
  vouchers: number;
  /** #TRANS rows read, the mirror #TRANS after an #RTRANS included. */
  transRows: number;
  /** Rows kept: normal + added + removed (mirrors not counted twice). */
  transactions: number;
  balances: number;
  objectBalances: number;
  periodBalances: number;
  /** Records with a label SIE 4B does not define: skipped, each with a warning. */
  unknownRecords: number;
};

export type SieChecksum = { status: 'absent' | 'verified'; value: number | null };

/** How a stream ended: what was read and everything found wrong (errors make the import fail). */
export type SieSummary = {
  encoding: SieEncoding;
  counts: SieCounts;
  checksum: SieChecksum;
  /** First and last voucher date, null without vouchers. */
  voucherDates: { first: string; last: string } | null;
  errors: SieIssue[];
  /** Errors beyond the first maxErrors are counted, not kept. */
  errorCount: number;
  warnings: SieIssue[];
  warningCount: number;
};

/** The whole file, for files small enough to hold in memory. */
export type SieFile = {
  header: SieHeader;
  company: SieCompany;
  financialYears: SieFinancialYear[];
  accounts: SieAccount[];
  dimensions: SieDimension[];
  objects: SieObject[];
  balances: { opening: SieBalance[]; closing: SieBalance[]; results: SieBalance[] };
  objectBalances: { opening: SieObjectBalance[]; closing: SieObjectBalance[] };
  periodBalances: SiePeriodBalance[];
  periodBudgets: SiePeriodBalance[];
  vouchers: SieVoucher[];
};

/** All or nothing: a full result, or the errors and never partial data. */
export type SieResult<T> =
  | { ok: true; value: T; warnings: SieIssue[]; summary: SieSummary }
  | { ok: false; errors: SieIssue[]; warnings: SieIssue[]; summary: SieSummary };
