// Turns zod's issues into messages a planner can act on: what was found, what was expected.
import type { z } from 'zod';
import { describeValue } from './issues.ts';
import type { PlanFileIssue } from './issues.ts';

const TYPE_NAMES: Record<string, string> = {
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  null: 'null',
};

export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

export function fromZodIssues(error: z.ZodError, raw: unknown): PlanFileIssue[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const found = valueAt(raw, issue.path);
    switch (issue.code) {
      case 'invalid_type': {
        const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
        const what = found === undefined ? 'missing' : `found ${describeValue(found)}`;
        return [{ path, message: `${what}, expected ${expected}` }];
      }
      case 'unrecognized_keys':
        return issue.keys.map((key) => ({
          path: [...path, key],
          message: `unknown field "${key}" (check the spelling against the plan file schema)`,
        }));
      case 'invalid_value':
        return [
          {
            path,
            message: `found ${describeValue(found)}, expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
          },
        ];
      case 'invalid_union':
        return [{ path, message: `found ${describeValue(found)}, which matches none of the allowed forms` }];
      case 'too_small':
      case 'too_big':
      case 'invalid_format':
      case 'not_multiple_of':
      case 'custom':
        return [{ path, message: `found ${describeValue(found)}, ${issue.message}` }];
      default:
        return [{ path, message: issue.message }];
    }
  });
}
