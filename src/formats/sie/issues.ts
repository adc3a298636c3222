// The reader's errors and warnings, each with line, column and text: all are counted, the
// first few of each kept (a file that is wrong on every line must not fill the memory).
import type { SieIssue } from './types.ts';

export class IssueLog {
  readonly errors: SieIssue[] = [];
  readonly warnings: SieIssue[] = [];
  errorCount = 0;
  warningCount = 0;

  constructor(
    private readonly maxErrors: number,
    private readonly maxWarnings: number,
  ) {}

  add(severity: 'error' | 'warning', issue: SieIssue): void {
    if (severity === 'error') {
      if (this.errorCount++ < this.maxErrors) this.errors.push(issue);
    } else if (this.warningCount++ < this.maxWarnings) this.warnings.push(issue);
  }

  /** Counts an error that would not be kept, without describing it; false when it would be kept. */
  countOnly(): boolean {
    if (this.errorCount < this.maxErrors) return false;
    this.errorCount++;
    return true;
  }
}
