// Finds the line of a path such as "contributions[0].areas[4].rows[0].total" in a plan
// file, so a finding or an error can point at the very line a person edits.
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node } from 'yaml';

export function parsePath(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) =>
    m[2] === undefined ? (m[1] ?? '') : Number(m[2]),
  );
}

type Range = [number, number, number];

/**
 * The offset where the path's entry starts: the key of a mapping entry, the item of a
 * list; for a path that does not exist, the deepest part of it that does. Keys compare
 * as text, so the year 2027 is found whether the path says "2027" or 2027.
 */
export function offsetOf(doc: Document, path: readonly (string | number)[]): number | undefined {
  let node: unknown = doc.contents;
  let offset = (doc.contents as { range?: Range } | null)?.range?.[0];
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(part));
      if (!pair) break;
      offset = (pair.key as Node | null)?.range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}

/** A function from path to 1-based line. */
export function pathLocator(text: string): (path: string) => number | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return (path) => {
    const offset = offsetOf(doc, parsePath(path));
    return offset === undefined ? undefined : lineCounter.linePos(offset).line;
  };
}
