// The difference between two plan documents: every figure, goal, activity and text that
// changed, each with its path and both values. Lists are compared by id where their items
// have one (goals, activities, sections), so a reordered list is not a change of all.
import { pathToString } from './paths.ts';
import type { DocPath } from './paths.ts';

export type ChangeKind = 'figure' | 'goal' | 'activity' | 'text' | 'structure';

export type Change = {
  path: string;
  kind: ChangeKind;
  change: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
};

function kindOf(path: DocPath, value: unknown): ChangeKind {
  const s = pathToString(path);
  if (/activities|subActivities/.test(s)) return 'activity';
  if (s.startsWith('goals')) return 'goal';
  if (typeof value === 'number') return 'figure';
  if (typeof value === 'string') return 'text';
  return 'structure';
}

function keyOf(item: unknown): string | undefined {
  if (item && typeof item === 'object') {
    const o = item as Record<string, unknown>;
    for (const k of ['id', 'key', 'code', 'area', 'year'])
      if (typeof o[k] === 'string' || typeof o[k] === 'number') return `${k}=${String(o[k])}`;
  }
  return undefined;
}

function walk(a: unknown, b: unknown, path: (string | number)[], out: Change[]): void {
  if (a === b) return;
  if (a === undefined)
    return void out.push({ path: pathToString(path), kind: kindOf(path, b), change: 'added', after: b });
  if (b === undefined)
    return void out.push({ path: pathToString(path), kind: kindOf(path, a), change: 'removed', before: a });
  if (Array.isArray(a) && Array.isArray(b)) {
    const keyed = a.every((x) => keyOf(x)) && b.every((x) => keyOf(x));
    if (keyed) {
      const index = new Map(a.map((x, i) => [keyOf(x), i]));
      b.forEach((item, j) => {
        const i = index.get(keyOf(item));
        walk(i === undefined ? undefined : a[i], item, [...path, j], out);
        index.delete(keyOf(item));
      });
      for (const i of index.values()) walk(a[i], undefined, [...path, i], out);
      return;
    }
    for (let i = 0; i < Math.max(a.length, b.length); i++) walk(a[i], b[i], [...path, i], out);
    return;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys)
      walk((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], [...path, k], out);
    return;
  }
  out.push({ path: pathToString(path), kind: kindOf(path, b), change: 'changed', before: a, after: b });
}

export function diffDocuments(before: unknown, after: unknown): Change[] {
  const out: Change[] = [];
  walk(before, after, [], out);
  return out;
}
