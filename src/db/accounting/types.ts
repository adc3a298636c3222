// What a SIE import takes and gives back.
import type { SieCounts, SieFinancialYear, SieIssue } from '../../formats/sie/types.ts';

export type SieImportPhase = 'validate' | 'replace' | 'store' | 'index' | 'summarise' | 'done';

/**
 * Progress: rows handled so far in the phase, and how many there will be when known. While
 * storing, the file is read as it is stored, so the bytes read tell how far along it is.
 */
export type SieImportProgress = {
  phase: SieImportPhase;
  rows: number;
  totalRows?: number;
  bytes?: number;
  totalBytes?: number;
};

export type SieImportOptions = {
  onProgress?: (progress: SieImportProgress) => void;
  /** Rows per INSERT (default 5 000) or per COPY on a server (default 50 000). */
  batchRows?: number;
  /** Errors and warnings kept for the report (all are counted). */
  maxIssues?: number;
};

/** What was stored, next to what the reader counted. */
export type StoredCounts = {
  accounts: number;
  dimensions: number;
  objects: number;
  balances: number;
  periodBalances: number;
  vouchers: number;
  transactions: number;
  /** Balances and period figures for a year index without #RAR: not stored, each warned about. */
  skipped: number;
};

export type ReplacedImport = {
  id: string;
  fileName: string;
  importedAt: string;
  importedBy: string;
  stored: StoredCounts;
};

export type SieImportSummary = {
  id: string;
  fileName: string;
  sha256: string;
  byteSize: number;
  encoding: string;
  sieType: number | null;
  program: string | null;
  company: { name: string | null; orgNumber: string | null };
  /** The year this import delivers (#RAR 0). */
  financialYear: { start: string; end: string };
  financialYears: SieFinancialYear[];
  /** #OMFATTN: balances and results given up to this date (a file for part of a year). */
  coverageDate: string | null;
  voucherDates: { first: string; last: string } | null;
  read: SieCounts;
  stored: StoredCounts;
  warnings: SieIssue[];
  warningCount: number;
  replaced: ReplacedImport[];
  importedAt: string;
  importedBy: string;
  ms: number;
};

export type SieImportResult =
  | { ok: true; summary: SieImportSummary }
  | { ok: false; errors: SieIssue[]; errorCount: number; warnings: SieIssue[]; warningCount: number };

/**
 * A valid file the organisation's stored accounting cannot take: no financial year 0, a
 * year overlapping a stored one with other dates, or another company's accounts.
 */
export class SieImportRefused extends Error {
  override name = 'SieImportRefused';
  constructor(
    readonly code: 'no_financial_year' | 'overlapping_year' | 'other_company',
    message: string,
  ) {
    super(message);
  }
}
