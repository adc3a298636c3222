// The SIE import routes' JSON as this page reads it (src/api/accounting/routes.ts):
// only the fields shown. The web layer keeps its own copy of the wire shapes.
export type SieIssue = { line: number; column: number; text: string; message: string };

export type SieImportSummary = {
  id: string;
  fileName: string;
  company: { name: string | null; orgNumber: string | null };
  financialYear: { start: string; end: string };
  coverageDate: string | null;
  voucherDates: { first: string; last: string } | null;
  read: { accounts: number; vouchers: number; transactions: number };
  warnings: SieIssue[];
  warningCount: number;
  importedAt: string;
  importedBy: string;
};

export type SieImportListItem = {
  id: string;
  fileName: string;
  company: { name: string | null; orgNumber: string | null };
  financialYear: { start: string; end: string };
  status: string;
  importedAt: string;
  importedBy: string;
};

/** A 422's details: every error (up to the API's limit) and how many there were. */
export type SieErrors = { errors: SieIssue[]; errorCount: number };

export type SieUploadPhase =
  'upload' | 'validate' | 'replace' | 'store' | 'index' | 'summarise' | 'done' | 'failed';

/** GET /accounting/sie-imports/progress/{id}: how far an upload has come. */
export type SieUploadProgress = {
  progressId: string;
  phase: SieUploadPhase;
  rows: number;
  totalRows?: number;
  bytes?: number;
  totalBytes?: number;
  updatedAt: string;
};
