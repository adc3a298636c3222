// Measures the web app's initial JavaScript (every script dist/web/index.html loads,
// gzipped) against the budget of issue 4 (≤ 250 kB), prints it and writes
// bench/results/web-bundle.json. Exits 1 over budget, 2 when the app is not built.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist', 'web');
const BUDGET_BYTES = 250 * 1000;

export type BundleSize = { file: string; bytes: number; gzipBytes: number };

export function measure(distDir: string): { files: BundleSize[]; initialGzipBytes: number } {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  // The entry and its modulepreloads are what the first page load fetches.
  const initial = new Set(
    [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? ''),
  );
  const files = readdirSync(join(distDir, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => {
      const content = readFileSync(join(distDir, 'assets', name));
      return {
        file: `assets/${name}`,
        bytes: content.length,
        gzipBytes: gzipSync(content, { level: 9 }).length,
      };
    });
  const initialGzipBytes = files.filter((f) => initial.has(f.file)).reduce((n, f) => n + f.gzipBytes, 0);
  return { files, initialGzipBytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let result;
  try {
    result = measure(dist);
  } catch (error) {
    console.error(`No built web app in ${dist} (${String(error)}); run \`npm run build:web\` first.`);
    process.exit(2);
  }
  const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  const out = {
    measuredAt: new Date().toISOString(),
    budgetGzipBytes: BUDGET_BYTES,
    initialGzipBytes: result.initialGzipBytes,
    withinBudget: result.initialGzipBytes <= BUDGET_BYTES,
    files: result.files,
  };
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  writeFileSync(join(root, 'bench', 'results', 'web-bundle.json'), JSON.stringify(out, null, 2) + '\n');
  for (const f of result.files) console.log(`${f.file}: ${kB(f.bytes)}, ${kB(f.gzipBytes)} gzipped`);
  console.log(
    `Initial JavaScript: ${kB(result.initialGzipBytes)} gzipped (budget ${kB(BUDGET_BYTES)}) → bench/results/web-bundle.json`,
  );
  if (!out.withinBudget) process.exit(1);
}
