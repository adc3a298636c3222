// Reads a plan file (YAML) into the core model. Every problem in the file is reported
// at once, each with its line and path; nothing half-read is ever returned.
import { LineCounter, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import { parseDecimal } from '../../core/money/decimal.ts';
import type { Plan } from '../../core/plan/types.ts';
import { contributions, budget, followUpPeriods, revenueNotes } from './convert-budget.ts';
import { goals, shares } from './convert-goals.ts';
import { Collector, toOre, uniqueIds } from './convert-helpers.ts';
import { PlanFileError } from './issues.ts';
import type { PlanFileIssue } from './issues.ts';
import { planFileSchema } from './schema.ts';
import type { PlanFile } from './schema.ts';
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

function toPlan(raw: PlanFile, c: Collector): Plan {
  if (raw.period.from > raw.period.to)
    c.add(['period'], `the period ends (${raw.period.to}) before it starts (${raw.period.from})`);
  uniqueIds(
    c,
    raw.members.map((m, i) => ({ id: m.code, path: ['members', i, 'code'] })),
    'member',
  );
  uniqueIds(
    c,
    raw.decisions.map((d, i) => ({ id: d.id, path: ['decisions', i, 'id'] })),
    'decision',
  );
  uniqueIds(
    c,
    raw.narrative.map((s, i) => ({ id: s.id, path: ['narrative', i, 'id'] })),
    'section',
  );
  uniqueIds(
    c,
    raw.followUpPeriods.map((p, i) => ({ id: p.id, path: ['followUpPeriods', i, 'id'] })),
    'follow-up period',
  );
  const members = new Set(raw.members.map((m) => m.code));
  const populationShares = shares(c, raw.populationShares, members);
  return {
    schemaVersion: 1,
    title: raw.title,
    organisation: raw.organisation,
    period: raw.period,
    ...(raw.source ? { source: raw.source } : {}),
    members: raw.members,
    ...(populationShares ? { populationShares } : {}),
    decisions: raw.decisions,
    indexSeries: raw.indexSeries.map((s) => ({
      ...s,
      rates: new Map(Object.entries(s.rates).map(([y, r]) => [Number(y), parseDecimal(r)])),
    })),
    overallGoal: raw.overallGoal,
    goals: goals(raw, c),
    soundFinancialManagement: {
      text: raw.soundFinancialManagement.text,
      conditions: raw.soundFinancialManagement.conditions.map((cond) =>
        cond.kind === 'activitiesDone' && cond.minPercent !== undefined
          ? { ...cond, minPercent: parseDecimal(cond.minPercent) }
          : (cond as Plan['soundFinancialManagement']['conditions'][number]),
      ),
    },
    followUpPeriods: followUpPeriods(raw, c),
    budget: budget(raw, c),
    revenueNotes: revenueNotes(raw, c),
    contributions: contributions(raw, c, members),
    equity: raw.equity.map((e, i) => ({ ...e, amount: toOre(c, ['equity', i, 'amount'], e.amount, e.unit) })),
    narrative: raw.narrative,
  };
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
