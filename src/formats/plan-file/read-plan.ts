// Reads a plan file (YAML) into the core model. Every problem in the file is reported
// at once, each with its line and path; nothing half-read is ever returned.
import { LineCounter, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import type { Plan } from '../../core/plan/types.ts';
import { Collector } from './convert-helpers.ts';
import { PlanFileError } from './issues.ts';
import type { PlanFileIssue } from './issues.ts';
import { planFileSchema } from './schema.ts';
import type { PlanFile } from './schema.ts';
import { toPlan } from './to-plan.ts';
import { sameKey, toData, valueOffset, yamlErrorIssues } from './yaml-errors.ts';
import { fromZodIssues } from './zod-issues.ts';

/** Parses plan-file text; throws PlanFileError naming every problem. */
export function readPlan(text: string, file: string): Plan {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: sameKey, prettyErrors: false });
  if (doc.errors.length > 0) throw new PlanFileError(file, yamlErrorIssues(doc.errors, doc, lineCounter));
  const converted = toData(doc, lineCounter);
  if ('issue' in converted) throw new PlanFileError(file, [converted.issue]);
  const raw = converted.data;
  if (raw === null || raw === undefined) {
    throw new PlanFileError(file, [
      {
        path: [],
        message: 'found an empty file, expected a plan file starting with "schemaVersion: 1"',
        line: 1,
        column: 1,
      },
    ]);
  }
  const parsed = planFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new PlanFileError(file, locate(fromZodIssues(parsed.error, raw), doc, lineCounter));
  }
  const c = new Collector();
  const plan = toPlan(parsed.data, c);
  if (c.issues.length > 0) throw new PlanFileError(file, locate(c.issues, doc, lineCounter));
  return plan;
}

/** Reads plan-file text and also returns the validated document (the file's data). */
export function readPlanDocument(text: string, file: string): { plan: Plan; document: PlanFile } {
  const plan = readPlan(text, file);
  const doc = parseDocument(text, { uniqueKeys: sameKey });
  return { plan, document: planFileSchema.parse(doc.toJS()) };
}

/** Adds line and column to each issue: the entry at its path, or its nearest existing parent. */
function locate(issues: readonly PlanFileIssue[], doc: Document, lines: LineCounter): PlanFileIssue[] {
  return issues.map((issue) => {
    const offset = valueOffset(doc, issue.path);
    if (offset === undefined) return issue;
    const pos = lines.linePos(offset);
    return { ...issue, line: pos.line, column: pos.col };
  });
}
