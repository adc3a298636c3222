// Enforces the layer rules of docs/architecture.md: core ← (contract, i18n) ← (formats, db)
// ← app ← (api, cli) adapters; web uses core, contract and i18n only. src/core imports no
// other layer, no Node built-in and no package. Exits 1 listing each offending import with
// file and line.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, process.argv[2] ?? 'src');

/** Which layers each layer may import (besides itself). */
const ALLOWED: Record<string, readonly string[]> = {
  core: [],
  contract: ['core'],
  i18n: ['core'],
  formats: ['core', 'contract', 'i18n'],
  db: ['core', 'contract', 'formats'],
  app: ['core', 'contract', 'i18n', 'formats', 'db'],
  api: ['core', 'contract', 'i18n', 'formats', 'db', 'app'],
  cli: ['core', 'contract', 'i18n', 'formats', 'db', 'app'],
  // The browser app recomputes the budget as the economist types (core), talks to the API
  // through the contract's types and shows the catalogue's texts (i18n).
  web: ['core', 'contract', 'i18n'],
  seeds: ['core', 'contract', 'formats'],
};

/**
 * The one adapter that starts another: `planvis serve` runs the API server. Nothing else
 * imports an adapter.
 */
const ADAPTER_EXCEPTIONS: readonly { from: string; to: string }[] = [
  { from: 'cli/commands/serve.ts', to: 'api' },
  // Moving to src/app (follow-up and report use cases); this list must end empty.
  { from: 'cli/commands/follow-up.ts', to: 'api' },
  { from: 'cli/commands/payment-check.ts', to: 'api' },
  { from: 'cli/commands/report.ts', to: 'api' },
  { from: 'cli/payment-check.test.ts', to: 'api' },
];
/** core is pure: no packages at all (it must run unchanged in the browser). */
const PACKAGES_ALLOWED_IN_CORE: readonly string[] = [];
const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|tsx|mts)$/.test(name)) yield path;
  }
}

const IMPORT =
  /(?:^|[^.\w])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;

export function checkLayers(srcDir: string): string[] {
  const problems: string[] = [];
  for (const file of files(srcDir)) {
    const rel = relative(srcDir, file);
    const layer = rel.split(sep)[0] ?? '';
    if (!(layer in ALLOWED)) continue;
    const isTest = /\.test\.tsx?$/.test(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(IMPORT)) {
      const spec = match[1] ?? match[2] ?? match[3] ?? '';
      // The line of the module name (a match may begin inside a comment above the import).
      const at = match.index + match[0].lastIndexOf(spec);
      const line = text.slice(0, at).split('\n').length;
      const where = `src/${rel.split(sep).join('/')}:${line}`;
      if (spec.startsWith('.')) {
        const target = relative(srcDir, resolve(dirname(file), spec)).split(sep)[0] ?? '';
        const relFile = rel.split(sep).join('/');
        const excepted = ADAPTER_EXCEPTIONS.some((e) => e.from === relFile && e.to === target);
        if (target !== layer && target in ALLOWED && !excepted && !(ALLOWED[layer] ?? []).includes(target)) {
          problems.push(`${where}: the ${layer} layer must not import the ${target} layer ("${spec}")`);
        }
      } else if (layer === 'core' && !isTest) {
        const pkg = spec.startsWith('@')
          ? spec.split('/').slice(0, 2).join('/')
          : (spec.split('/')[0] ?? spec);
        if (builtins.has(spec) || builtins.has(pkg)) {
          problems.push(
            `${where}: src/core must not import the Node built-in "${spec}" (core runs in the browser too)`,
          );
        } else if (!PACKAGES_ALLOWED_IN_CORE.includes(pkg) && pkg !== 'vitest' && pkg !== 'fast-check') {
          problems.push(`${where}: src/core must not import the package "${spec}"; keep core pure`);
        }
      }
    }
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = checkLayers(src);
  if (problems.length > 0) {
    console.error(`Layer check failed (${problems.length}):\n${problems.map((p) => `  ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log('Layer check: every import keeps to the layers of ARCHITECTURE.md.');
}
