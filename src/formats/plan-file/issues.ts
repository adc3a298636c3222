// Errors in plan files: each names the file, the line, the path inside the document
// (e.g. budget.lines[3].amounts.2027), what was found and what was expected.

export type IssuePath = readonly (string | number)[];

export type PlanFileIssue = {
  path: IssuePath;
  message: string;
  line?: number;
  column?: number;
};

export class PlanFileError extends Error {
  readonly file: string;
  readonly issues: readonly PlanFileIssue[];

  constructor(file: string, issues: readonly PlanFileIssue[]) {
    super(formatIssues(file, issues));
    this.name = 'PlanFileError';
    this.file = file;
    this.issues = issues;
  }
}

/** budget.lines[3].amounts.2027 */
export function formatPath(path: IssuePath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out === '' ? '(document)' : out;
}

export function formatIssue(file: string, issue: PlanFileIssue): string {
  const where = issue.line === undefined ? file : `${file}:${issue.line}:${issue.column ?? 1}`;
  return `${where}: ${formatPath(issue.path)}: ${issue.message}`;
}

export function formatIssues(file: string, issues: readonly PlanFileIssue[]): string {
  const head = `${file} is not a valid plan file (${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}):`;
  return [head, ...issues.map((i) => `  ${formatIssue(file, i)}`)].join('\n');
}

/** A short, quoted description of a value found in the file. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return `"${value.length > 60 ? value.slice(0, 57) + '...' : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return 'an empty list';
    return `a list of ${value.length} ${value.length === 1 ? 'item' : 'items'}`;
  }
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 0) return 'an empty mapping';
    const shown = keys.slice(0, 3).join(', ') + (keys.length > 3 ? ', ...' : '');
    return `a mapping (with ${shown})`;
  }
  return String(value);
}
