// `npm run bench`: every part in turn, each written as JSON to bench/results/<part>-<timestamp>.json
// and <part>-latest.json: core (allocation, the large synthetic plan, reading the NRF plan),
// api (load on the HTTP API, bench/api.ts), web (first render in Chromium, bench/web.ts),
// sie (parsing generated SIE files of 1 and 5 million rows, bench/sie.ts) and documents
// (the NRF plan as PDF, DOCX and XLSX, bench/documents.ts). `npm run bench -- --only core`
// (or api, web, sie, documents) runs one part. A missed target is reported (`met: false`),
// not an error: the exit code is non-zero only when a benchmark crashes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { allocateAmount } from '../src/core/allocation/allocate.ts';
import type { Share } from '../src/core/allocation/shares.ts';
import { categoryTotal, projectEquity, resultRows } from '../src/core/budget/result.ts';
import { checkPlan } from '../src/core/consistency/check-plan.ts';
import { evaluatePlan } from '../src/core/evaluation/sound-financial-management.ts';
import { fromTkr } from '../src/core/money/money.ts';
import type { Ore } from '../src/core/money/money.ts';
import type { BudgetLineCategory, Plan } from '../src/core/plan/types.ts';
import { readPlan } from '../src/formats/plan-file/read-plan.ts';
import { apiTargets, runApiBenchmarks } from './api.ts';
import { printApiReport } from './api-report.ts';
import { runWebBenchmarks } from './web.ts';
import { measure } from './harness.ts';
import { runSieBenchmarks } from './sie.ts';
import { runDocumentBenchmarks } from './documents.ts';
import type { Measurement, Target } from './harness.ts';
import { injectedInconsistencies, mulberry32, syntheticPlan } from './synthetic-plan.ts';

type Benchmark = Measurement & { details?: Record<string, number | string> };
type Part = 'core' | 'api' | 'web' | 'sie' | 'documents';
const PARTS: readonly Part[] = ['core', 'api', 'web', 'sie', 'documents'];

const LARGE = { areas: 300, members: 21, years: 10 } as const;
const TARGET_MS = 50;
const NRF_FILE = fileURLToPath(new URL('../data/plans/nrf-2026-2028.yaml', import.meta.url));
const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));

// NRF verksamhetsplan 2026–2028: RVN 26,71 %, RJH 14,69 %, RV 31,10 %, RN 27,50 %.
const NRF_SHARES: Share[] = [
  { key: 'RVN', weight: 2671n },
  { key: 'RJH', weight: 1469n },
  { key: 'RV', weight: 3110n },
  { key: 'RN', weight: 2750n },
];

const CATEGORIES: readonly BudgetLineCategory[] = [
  'revenue',
  'staffCosts',
  'purchasedServices',
  'otherCosts',
  'memberContributions',
  'equityReversal',
];

/** Everything the core derives from a budget: results, category totals, projected equity. */
function recompute(plan: Plan): { results: number; totals: Ore[]; equity: Map<number, Ore> | null } {
  const { budget } = plan;
  const results = resultRows(budget);
  const totals = budget.columns.flatMap((c) => CATEGORIES.map((cat) => categoryTotal(budget, cat, c.year)));
  const opening = [...plan.equity].sort((a, b) => b.date.localeCompare(a.date))[0];
  const equity = opening
    ? projectEquity(budget, { year: Number(opening.date.slice(0, 4)), amount: opening.amount })
    : null;
  return { results: results.length, totals, equity };
}

function recomputeCheckEvaluate(plan: Plan) {
  return { recomputed: recompute(plan), report: checkPlan(plan), verdict: evaluatePlan(plan) };
}

/** Fixed pseudo-random tkr totals, cycled, so no call sees a constant. */
function totalsCycle(count: number): () => Ore {
  const next = mulberry32(7);
  const totals = Array.from({ length: count }, () => fromTkr(1 + Math.floor(next() * 100_000)));
  let i = 0;
  return () => totals[i++ % count] ?? fromTkr(1);
}

function allocationBenchmarks(): Benchmark[] {
  const members21: Share[] = Array.from({ length: 21 }, (_, m) => ({
    key: `M${String(m + 1).padStart(2, '0')}`,
    weight: BigInt(200 + ((m * 137) % 700)),
  }));
  return [
    { name: 'allocateAmount: tkr total among 4 members (NRF shares)', shares: NRF_SHARES },
    { name: 'allocateAmount: tkr total among 21 members', shares: members21 },
  ].map(({ name, shares }) => {
    const total = totalsCycle(1024);
    const m = measure(name, () => allocateAmount(total(), shares, { unit: 'tkr' }), {
      warmup: 20_000,
      samples: 15,
      inner: 5_000,
    });
    return { ...m, details: { members: shares.length } };
  });
}

function largePlanBenchmarks(): Benchmark[] {
  const built = measure(
    'syntheticPlan: build 300 areas × 21 members × 10 years',
    () => syntheticPlan(LARGE),
    {
      warmup: 1,
      samples: 3,
      inner: 1,
    },
  );
  const plan = syntheticPlan(LARGE);
  const expected = injectedInconsistencies(LARGE);
  const { report } = recomputeCheckEvaluate(plan);
  if (report.findings.length !== expected.length) {
    throw new Error(
      `the large synthetic plan gave ${report.findings.length} findings, expected the ${expected.length} injected: ` +
        report.findings.map((f) => `${f.rule} ${f.path}`).join('; '),
    );
  }
  const rows = plan.contributions.reduce((n, t) => n + t.areas.reduce((k, a) => k + a.rows.length, 0), 0);
  const details = {
    areas: LARGE.areas,
    members: LARGE.members,
    years: LARGE.years,
    contributionRows: rows,
    memberAmounts: plan.contributions.reduce(
      (n, t) => n + t.areas.reduce((k, a) => k + a.rows.reduce((j, r) => j + (r.perMember?.size ?? 0), 0), 0),
      0,
    ),
    noteItems: plan.revenueNotes.reduce(
      (n, note) => n + note.groups.reduce((k, g) => k + g.items.length, 0),
      0,
    ),
    checkedFigures: report.checkedFigures,
    findings: report.findings.length,
  };
  const options = { warmup: 3, samples: 15, inner: 1 };
  return [
    { ...built, details: { ...LARGE } },
    {
      ...measure('large plan: recompute + checkPlan + evaluatePlan', () => recomputeCheckEvaluate(plan), {
        warmup: 5,
        samples: 25,
        inner: 1,
      }),
      details,
    },
    // The parts, so a missed target shows where the time goes.
    measure('large plan, part: recompute (results, category totals, equity)', () => recompute(plan), {
      ...options,
      inner: 20,
    }),
    measure('large plan, part: checkPlan', () => checkPlan(plan), options),
    measure('large plan, part: evaluatePlan', () => evaluatePlan(plan), { ...options, inner: 20 }),
  ];
}

function readPlanBenchmark(): Benchmark {
  const m = measure(
    'readPlan: NRF 2026–2028 plan file (read, parse YAML, validate)',
    () => readPlan(readFileSync(NRF_FILE, 'utf8'), NRF_FILE),
    { warmup: 10, samples: 15, inner: 5 },
  );
  return { ...m, details: { file: 'data/plans/nrf-2026-2028.yaml' } };
}

function printTable(benchmarks: readonly Benchmark[], targets: readonly Target[]): void {
  const fmt = (n: number, digits: number): string => n.toFixed(digits);
  const header = ['benchmark', 'median ms', 'p95 ms', 'min ms', 'ops/s', 'peak RSS MB'];
  const rows = benchmarks.map((b) => [
    b.name,
    fmt(b.medianMs, b.medianMs < 1 ? 4 : 2),
    fmt(b.p95Ms, b.p95Ms < 1 ? 4 : 2),
    fmt(b.minMs, b.minMs < 1 ? 4 : 2),
    fmt(b.opsPerSecond, 0),
    fmt(b.peakRssMb, 0),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  for (const t of targets) {
    console.log(`target ${t.met ? 'met' : 'MISSED'}: ${t.name}: ${t.target} (median ${fmt(t.value, 2)} ms)`);
  }
}

function machine(started: Date) {
  const cpu = cpus();
  return {
    date: started.toISOString(),
    node: process.version,
    cpus: availableParallelism(),
    cpuModel: cpu[0]?.model ?? 'unknown',
  };
}

function writeResults(part: Part, started: Date, result: unknown): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const json = `${JSON.stringify(result, null, 2)}\n`;
  const stamp = started.toISOString().replace(/[:.]/g, '-');
  writeFileSync(`${RESULTS_DIR}${part}-${stamp}.json`, json);
  writeFileSync(`${RESULTS_DIR}${part}-latest.json`, json);
  console.log(`written: bench/results/${part}-${stamp}.json and bench/results/${part}-latest.json`);
}

function runCore(): void {
  const started = new Date();
  // maxRSS never falls: this is the floor (Node, tsx, the modules) every later figure includes.
  const peakRssAtStartMb = process.resourceUsage().maxRSS / 1024;
  const benchmarks: Benchmark[] = [...allocationBenchmarks(), readPlanBenchmark(), ...largePlanBenchmarks()];
  const full = benchmarks.find((b) => b.name === 'large plan: recompute + checkPlan + evaluatePlan');
  if (!full) throw new Error('the large-plan benchmark did not run');
  const targets: Target[] = [
    {
      name: `synthetic plan ${LARGE.areas} areas × ${LARGE.members} members × ${LARGE.years} years: recompute + check + evaluate`,
      target: `medianMs < ${TARGET_MS}`,
      value: full.medianMs,
      met: full.medianMs < TARGET_MS,
    },
  ];
  const result = {
    ...machine(started),
    durationMs: Date.now() - started.getTime(),
    peakRssAtStartMb,
    benchmarks,
    targets,
  };
  printTable(benchmarks, targets);
  writeResults('core', started, result);
}

/** The PostgreSQL server for the API benchmarks; BENCH_DATABASE_URL="" skips it. */
function benchDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string | null {
  const url = env.BENCH_DATABASE_URL ?? env.TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';
  return url === '' ? null : url;
}

async function runApi(): Promise<void> {
  const started = new Date();
  const options = { durationSeconds: 10, writes: 300, databaseUrl: benchDatabaseUrl() };
  const result = await runApiBenchmarks(options);
  const targets = apiTargets(result);
  printApiReport(result, targets);
  writeResults('api', started, {
    ...machine(started),
    durationMs: Date.now() - started.getTime(),
    options: { ...options, databaseUrl: options.databaseUrl === null ? null : 'set' },
    ...result,
    targets,
  });
}

async function runDocuments(): Promise<void> {
  const started = new Date();
  const result = await runDocumentBenchmarks();
  for (const t of result.timings)
    console.log(
      `${t.format}: median ${t.medianMs.toFixed(0)} ms, p95 ${t.p95Ms.toFixed(0)} ms, ${t.bytes} bytes`,
    );
  for (const t of result.targets)
    console.log(`target ${t.met ? 'met' : 'MISSED'}: ${t.name}: ${t.target} (${t.value.toFixed(0)} ms)`);
  writeResults('documents', started, {
    ...machine(started),
    durationMs: Date.now() - started.getTime(),
    ...result,
  });
}

async function runWeb(): Promise<void> {
  const started = new Date();
  const result = await runWebBenchmarks();
  if ('skipped' in result) console.log(result.skipped);
  else {
    for (const p of result.pages) {
      console.log(
        `${p.page}: first contentful paint median ${p.firstContentfulPaint.medianMs.toFixed(0)} ms, data rendered median ${p.dataRendered.medianMs.toFixed(0)} ms (p95 ${p.dataRendered.p95Ms.toFixed(0)}, ${p.runs} runs)`,
      );
    }
    for (const t of result.targets)
      console.log(`target ${t.met ? 'met' : 'MISSED'}: ${t.name}: ${t.target} (${t.value.toFixed(0)})`);
  }
  writeResults('web', started, {
    ...machine(started),
    durationMs: Date.now() - started.getTime(),
    ...result,
  });
}

/** `--only <part>` or `--only=<part>`; every part when absent. */
function partsToRun(argv: readonly string[]): Part[] {
  const i = argv.findIndex((a) => a === '--only' || a.startsWith('--only='));
  if (i < 0) return [...PARTS];
  const arg = argv[i] ?? '';
  const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : (argv[i + 1] ?? '');
  const part = PARTS.find((p) => p === value);
  if (!part) throw new Error(`--only takes one of ${PARTS.join(', ')}, found "${value}"`);
  return [part];
}

async function main(): Promise<void> {
  const parts = partsToRun(process.argv.slice(2));
  if (parts.includes('core')) runCore();
  if (parts.includes('core') && parts.includes('api')) console.log('');
  if (parts.includes('api')) await runApi();
  if (parts.includes('web')) await runWeb();
  if (parts.includes('sie')) {
    const started = new Date();
    const result = await runSieBenchmarks();
    writeResults('sie', started, {
      ...machine(started),
      durationMs: Date.now() - started.getTime(),
      ...result,
    });
  }
  if (parts.includes('documents')) await runDocuments();
}

await main();
