// Whatever is wrong with a plan file, readPlan either reads it or throws a PlanFileError
// naming each problem on one line: never another error, whose stack trace would reach a person.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { PlanFileError } from './issues.ts';
import { readPlan } from './read-plan.ts';

const text = readFileSync(
  fileURLToPath(new URL('./fixtures/ok/with-follow-up.yaml', import.meta.url)),
  'utf8',
);
const lines = text.split('\n');
const data: unknown = parse(text);

type Path = (string | number)[];

/** Every path in the data, to containers as well as leaves. */
function paths(node: unknown, at: Path = []): Path[] {
  if (Array.isArray(node)) return [at, ...node.flatMap((v, i) => paths(v, [...at, i]))];
  if (node !== null && typeof node === 'object')
    return [at, ...Object.entries(node).flatMap(([k, v]) => paths(v, [...at, k]))];
  return [at];
}
const allPaths = paths(data).filter((p) => p.length > 0);

function replaced(root: unknown, path: Path, value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (Array.isArray(root)) return root.map((v, i) => (i === head ? replaced(v, rest, value) : v));
  const record = root as Record<string, unknown>;
  return { ...record, [head]: replaced(record[head], rest, value) };
}

/** readPlan's outcome, failing on anything but success or a well-formed PlanFileError. */
function outcome(source: string): 'read' | 'rejected' {
  try {
    readPlan(source, 'mutated.yaml');
    return 'read';
  } catch (error) {
    expect(error).toBeInstanceOf(PlanFileError);
    const issues = (error as PlanFileError).issues;
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(issue.message).not.toContain('\n');
      expect(issue.line).toBeGreaterThanOrEqual(1);
    }
    return 'rejected';
  }
}

const oddValues = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(1e20, -1, 0.5, 99_999_999_999, '', '2026', 'RC', 'mal-1-a1', '500 000 SEK', null),
);

describe('readPlan on damaged plan files', () => {
  it('reads the unchanged fixture', () => {
    expect(outcome(text)).toBe('read');
  });

  it('rejects any value in any place with a PlanFileError, or reads it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...allPaths), oddValues, (path, value) => {
        expect(['read', 'rejected']).toContain(outcome(stringify(replaced(data, path, value))));
      }),
      { numRuns: 200 },
    );
  });

  it('rejects a file with a line removed, doubled or cut short with a PlanFileError, or reads it', () => {
    const edit = fc.record({
      at: fc.nat({ max: lines.length - 1 }),
      how: fc.constantFrom('remove', 'double', 'cut'),
      cut: fc.nat({ max: 40 }),
    });
    fc.assert(
      fc.property(edit, ({ at, how, cut }) => {
        const copy = [...lines];
        const line = copy[at] ?? '';
        if (how === 'remove') copy.splice(at, 1);
        else if (how === 'double') copy.splice(at, 0, line);
        else copy[at] = line.slice(0, cut);
        expect(['read', 'rejected']).toContain(outcome(copy.join('\n')));
      }),
      { numRuns: 200 },
    );
  });
});
