// The catalogue is complete: every message code the sources use has a text in Swedish and
// in English, and no text is empty. Codes are literals by convention (never built from
// parts), so a scan of the sources finds every one.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogue } from './catalogue.ts';
import { LANGUAGES } from './message.ts';
import type { Message } from './message.ts';

const SRC = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'fixtures' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

// new DomainError('kind', 'code' …) and coded results { code: 'a.b', params } …
const CODE_PATTERNS = [
  /new DomainError\(\s*'[a-zA-Z]+',\s*'([^']+)'/g,
  /\bcode:\s*'([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+)'/g,
  /\bmessageCode\(\s*'([^']+)'/g,
];

function codesUsed(): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of CODE_PATTERNS)
      for (const match of text.matchAll(pattern)) {
        const code = match[1];
        if (code && !used.has(code)) used.set(code, relative(SRC, file));
      }
  }
  return used;
}

describe('message catalogue', () => {
  const entries = Object.entries(catalogue) as [string, Message<never>][];

  it('has every code the sources use, in both languages', () => {
    const missing = [...codesUsed()]
      .filter(([code]) => !Object.hasOwn(catalogue, code))
      .map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });

  it('has a non-empty text in every language for every code', () => {
    const empty = entries.flatMap(([code, message]) =>
      LANGUAGES.filter((l) => message[l] === '' || message[l] === undefined).map((l) => `${code}.${l}`),
    );
    expect(entries.length).toBeGreaterThan(0);
    expect(empty).toEqual([]);
  });

  it('writes codes as dotted camelCase names', () => {
    const bad = entries
      .map(([code]) => code)
      .filter((c) => !/^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)*$/.test(c));
    expect(bad).toEqual([]);
  });
});
