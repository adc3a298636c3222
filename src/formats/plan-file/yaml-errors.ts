// YAML-level problems of a plan file (syntax, duplicate keys, aliases) as issues with a
// line, so they read like every other plan-file error instead of a parser's exception.
import { isMap, isPair, isScalar, isSeq, visit } from 'yaml';
import type { Document, LineCounter, Node, YAMLError } from 'yaml';
import type { IssuePath, PlanFileIssue } from './issues.ts';

/** Keys are equal when they read the same as text: `2026:` and `"2026":` are one year. */
export function sameKey(a: unknown, b: unknown): boolean {
  const text = (k: unknown) => (isScalar(k) ? String(k.value) : k);
  return a === b || text(a) === text(b);
}

// What yaml's terse messages usually mean in a hand-edited plan file.
const HINTS: Partial<Record<YAMLError['code'], string>> = {
  MULTILINE_IMPLICIT_KEY: 'expected "key: value" on one line; is the colon after a key missing?',
  MISSING_CHAR: 'is a colon, a closing quote or a closing bracket missing?',
  TAB_AS_INDENT: 'found a tab, expected spaces for indentation',
  BAD_INDENT: 'expected the entries of one mapping or list to start at the same column',
  BLOCK_AS_IMPLICIT_KEY: 'a value that contains ": " must be quoted, e.g. "Mål: text"',
};

/**
 * The file's duplicate keys, and its first syntax error: the errors yaml reports after the
 * first are mostly echoes of it, so they would only bury the line to fix.
 */
export function yamlErrorIssues(
  errors: readonly YAMLError[],
  doc: Document,
  lines: LineCounter,
): PlanFileIssue[] {
  const duplicates = errors.filter((e) => e.code === 'DUPLICATE_KEY');
  const syntax = errors.find((e) => e.code !== 'DUPLICATE_KEY');
  return [...duplicates, ...(syntax ? [syntax] : [])].map((e) => {
    const { line, col } = lines.linePos(e.pos[0]);
    const where = { line, column: col };
    if (e.code === 'DUPLICATE_KEY') {
      const path = pathAt(doc, e.pos[0]);
      const key = path[path.length - 1];
      const named = key === undefined ? 'a key' : `the key "${key}"`;
      return {
        path,
        message: `found ${named} a second time in the same mapping, expected each key once`,
        ...where,
      };
    }
    const reason = e.message.split('\n')[0] ?? e.code;
    const hint = HINTS[e.code];
    return { path: [], message: `not valid YAML: ${reason}${hint ? ` (${hint})` : ''}`, ...where };
  });
}

/** The document as plain data, or an issue when its aliases cannot be expanded. */
export function toData(doc: Document, lines: LineCounter): { data: unknown } | { issue: PlanFileIssue } {
  try {
    return { data: doc.toJS() };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // yaml's guard against "billion laughs" files, in words a planner can act on.
    const tooMany = /alias count/i.test(reason);
    const message = tooMany
      ? 'found aliases (*name) that expand to too much data, expected repeated parts written out or aliased only a few times'
      : `not valid YAML: ${reason}`;
    let at: number | undefined;
    visit(doc, {
      Alias(_, node) {
        if (at === undefined && (tooMany || !node.resolve(doc))) at = node.range?.[0];
      },
    });
    if (at === undefined) return { issue: { path: [], message } };
    const pos = lines.linePos(at);
    return { issue: { path: pathAt(doc, at), message, line: pos.line, column: pos.col } };
  }
}

/** The path of the innermost mapping entry or list item in the document that contains `offset`. */
export function pathAt(doc: Document, offset: number): IssuePath {
  const path: (string | number)[] = [];
  const covers = (n: unknown) => {
    const node = (isPair(n) ? n.value : n) as Node | null;
    const start = isPair(n) ? ((n.key as Node | null)?.range?.[0] ?? node?.range?.[0]) : node?.range?.[0];
    const end = node?.range?.[2];
    return start !== undefined && end !== undefined && start <= offset && offset < end;
  };
  let node: unknown = doc.contents;
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find(covers);
      if (!pair || !isScalar(pair.key)) return path;
      path.push(String(pair.key.value));
      node = pair.value;
    } else if (isSeq(node)) {
      const i = node.items.findIndex(covers);
      if (i < 0) return path;
      path.push(i);
      node = node.items[i];
    } else {
      return path;
    }
  }
}

/**
 * Where a person should look for the value at `path`: a scalar or a flow collection ({ }, [ ])
 * at the value itself, which shares its key's line; a block mapping or list at its key, since
 * its value starts on the next line. A path that runs past what the file holds (a missing
 * field) points at the nearest part that exists.
 */
export function valueOffset(doc: Document, path: IssuePath): number | undefined {
  let node: unknown = doc.contents;
  let at = (node as Node | null)?.range?.[0];
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(part));
      if (!pair) break;
      const value = pair.value as Node | null;
      const onKeyLine = isScalar(value) || (value as { flow?: boolean } | null)?.flow === true;
      at = (onKeyLine ? value?.range?.[0] : undefined) ?? (pair.key as Node | null)?.range?.[0] ?? at;
      node = value;
    } else if (isSeq(node) && typeof part === 'number') {
      node = node.items[part];
      if (!node) break;
      at = (node as Node).range?.[0] ?? at;
    } else {
      break;
    }
  }
  return at;
}
