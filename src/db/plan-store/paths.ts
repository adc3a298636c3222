// Paths into a plan document, e.g. ['budget', 'lines', 0, 'amounts', '2026'], written as
// "budget.lines[0].amounts.2026" in the audit log, findings and errors.
export type DocPath = readonly (string | number)[];

export function pathToString(path: DocPath): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  return out;
}

export function getAt(doc: unknown, path: DocPath): unknown {
  let node = doc;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[part];
  }
  return node;
}

/** A copy of the document with the value at the path replaced (undefined removes it). */
export function setAt<T>(doc: T, path: DocPath, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const node = (doc ?? (typeof head === 'number' ? [] : {})) as Record<string | number, unknown> | unknown[];
  const copy: Record<string | number, unknown> | unknown[] = Array.isArray(node) ? [...node] : { ...node };
  const next = setAt((copy as Record<string | number, unknown>)[head], rest, value);
  if (next === undefined && !Array.isArray(copy)) delete (copy as Record<string | number, unknown>)[head];
  else (copy as Record<string | number, unknown>)[head] = next;
  return copy as T;
}

/** Two paths touch the same data when one is a prefix of the other. */
export function overlaps(a: string, b: string): boolean {
  return (
    a === b ||
    a.startsWith(b + '.') ||
    a.startsWith(b + '[') ||
    b.startsWith(a + '.') ||
    b.startsWith(a + '[')
  );
}
