// Turns zod's issues into messages a planner can act on: what was found, what was expected.
import type { z } from 'zod';
import { describeValue } from './issues.ts';
import type { PlanFileIssue } from './issues.ts';

const TYPE_NAMES: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  record: 'a mapping',
  null: 'null',
};

type ZodIssue = z.core.$ZodIssue;

export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

export function fromZodIssues(error: z.ZodError, raw: unknown): PlanFileIssue[] {
  const missing = missingFields(error.issues, raw);
  return error.issues.flatMap((issue) => {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const found = valueAt(raw, issue.path);
    switch (issue.code) {
      case 'invalid_type': {
        const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
        const last = path[path.length - 1];
        if (found !== undefined)
          return [{ path, message: `found ${describeValue(found)}, expected ${expected}` }];
        const what = typeof last === 'string' ? `missing field "${last}"` : 'missing';
        return [{ path, message: `${what}, expected ${expected}` }];
      }
      case 'unrecognized_keys':
        return issue.keys.map((key) => {
          const guess = closest(key, missing.get(parentKey(path)) ?? []);
          const expected = guess
            ? `expected "${guess}" (is it misspelt?)`
            : 'expected only the fields of the plan file schema (check the spelling)';
          return { path: [...path, key], message: `found unknown field "${key}", ${expected}` };
        });
      case 'invalid_value': {
        const values = issue.values.map((v) => JSON.stringify(v));
        const expected = values.length === 1 ? values[0] : `one of ${values.join(', ')}`;
        return [{ path, message: `found ${describeValue(found)}, expected ${expected}` }];
      }
      case 'invalid_union':
        return [{ path, message: `found ${describeValue(found)}, expected ${unionForms(issue)}` }];
      case 'too_small':
      case 'too_big':
        return [{ path, message: `found ${describeValue(found)}, expected ${bound(issue)}` }];
      case 'invalid_format':
      case 'not_multiple_of':
      case 'custom': {
        // The schema's own messages start with "expected"; zod's defaults ("Invalid ISO date") do not.
        const expected = issue.message.startsWith('expected') ? issue.message : `expected ${issue.message}`;
        return [{ path, message: `found ${describeValue(found)}, ${expected}` }];
      }
      default:
        return [{ path, message: issue.message }];
    }
  });
}

function parentKey(path: readonly PropertyKey[]): string {
  return JSON.stringify(path.map(String));
}

/** Required fields that are absent, by their mapping's path: the likely targets of a misspelt key. */
function missingFields(issues: readonly ZodIssue[], raw: unknown): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const issue of issues) {
    const last = issue.path[issue.path.length - 1];
    if (issue.code !== 'invalid_type' || typeof last !== 'string') continue;
    if (valueAt(raw, issue.path) !== undefined) continue;
    const key = parentKey(issue.path.slice(0, -1));
    out.set(key, [...(out.get(key) ?? []), last]);
  }
  return out;
}

/** The candidate within a small edit distance of the misspelt key, if there is one. */
function closest(key: string, candidates: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of candidates) {
    const distance = editDistance(key.toLowerCase(), name.toLowerCase());
    if (distance <= Math.max(2, Math.floor(name.length / 3)) && (!best || distance < best.distance))
      best = { name, distance };
  }
  return best?.name;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function unionForms(issue: z.core.$ZodIssueInvalidUnion): string {
  if ('options' in issue && issue.options && issue.options.length > 0)
    return `one of ${issue.options.map((v) => JSON.stringify(v)).join(', ')}`;
  // Name each form by the field it requires: "a mapping with paragraph, bullets or quote".
  const fields = issue.errors.map((branch) => {
    const needed = branch.find((i) => i.code === 'invalid_type' && i.path.length === 1);
    return typeof needed?.path[0] === 'string' ? needed.path[0] : undefined;
  });
  const named = fields.filter((f): f is string => f !== undefined);
  if (named.length === 0 || named.length !== fields.length) return 'one of the allowed forms';
  const list =
    named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} or ${named[named.length - 1]}`;
  return `a mapping with ${list}`;
}

function bound(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const small = issue.code === 'too_small';
  const limit = small ? issue.minimum : issue.maximum;
  const inclusive = issue.inclusive !== false;
  const word = small ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'less than';
  switch (issue.origin) {
    case 'string':
      return small && Number(limit) === 1 ? 'some text' : `${word} ${String(limit)} characters`;
    case 'array':
      return `${word} ${String(limit)} ${Number(limit) === 1 ? 'item' : 'items'}`;
    default:
      return `${word} ${String(limit)}`;
  }
}
