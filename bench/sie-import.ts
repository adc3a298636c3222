// SIE import benchmark (issue 5, "Benchmark"): the full import of a generated file — read
// once, validated and stored (COPY on a server), keyed and attached — into the PostgreSQL
// server, the median of three imports; and budget versus outcome for the year over those
// rows (outcomeByMonth). Targets: ≥ 200 000 rows/s and < 200 ms. The runs work in a schema
// of their own, dropped afterwards.
import { join } from 'node:path';
import { sql } from 'kysely';
import { importSie } from '../src/db/accounting/import-sie.ts';
import { outcomeByMonth } from '../src/db/accounting/queries.ts';
import { migrate } from '../src/db/migrate.ts';
import { openDatabase } from '../src/db/open.ts';
import type { Db } from '../src/db/open.ts';
import { median, percentile } from './harness.ts';
import type { Target } from './harness.ts';
import type { SieBenchmark } from './sie.ts';
import { generateSie } from './sie-generate.ts';

export const SIE_IMPORT_TARGETS = { rowsPerSecond: 200_000, outcomeMs: 200 } as const;
/** The generated files' financial year (bench/sie-generate.ts). */
const YEAR = 2024;
const OUTCOME_RUNS = 21;
/** Imports per size: the median is reported, as one run on a shared machine can be unlucky. */
const IMPORT_RUNS = 3;

type ImportRun = { ms: number; orgId: string; vouchers: number; phases: Record<string, number> };

async function importOnce(db: Db, path: string, rows: number, run: number): Promise<ImportRun> {
  const org = await db.db
    .insertInto('organisations')
    .values({ code: `BENCH${run}`, name: `Benchmark ${run}`, kind: 'federation' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const started = performance.now();
  const phases = phaseTimer(started);
  const result = await importSie(
    db,
    { orgId: org.id, userId: null, username: 'bench' },
    { fileName: path, data: path },
    { onProgress: (p) => phases.at(p.phase) },
  );
  const ms = performance.now() - started;
  if (!result.ok) throw new Error(`the generated file did not import: ${JSON.stringify(result.errors[0])}`);
  const stored = result.summary.stored.transactions;
  if (stored !== rows) throw new Error(`stored ${stored} rows, generated ${rows}`);
  return { ms, orgId: org.id, vouchers: result.summary.stored.vouchers, phases: phases.ms() };
}

export function benchDatabaseUrl(): string {
  return (
    process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test'
  );
}

const fmt = (n: number): string => Math.round(n).toLocaleString('sv-SE');

/** Milliseconds from each progress phase to the next ("headerMs" before the first). */
function phaseTimer(started: number) {
  const spent = new Map<string, number>();
  let phase = 'header';
  let since = started;
  return {
    at(next: string): void {
      if (next === phase) return;
      const now = performance.now();
      spent.set(phase, (spent.get(phase) ?? 0) + now - since);
      phase = next;
      since = now;
    },
    ms(): Record<string, number> {
      return Object.fromEntries([...spent].map(([name, ms]) => [`${name}Ms`, Math.round(ms)]));
    },
  };
}

/** Imports a generated file of `rows` #TRANS rows and reads the year's outcome. */
export async function benchSieImport(dir: string, rows: number): Promise<SieBenchmark[]> {
  const path = join(dir, `import-${rows}.se`);
  const file = await generateSie(path, rows);
  const schema = `planvis_bench_${process.pid}_${Date.now()}`;
  const url = benchDatabaseUrl();
  const db = await openDatabase({ databaseUrl: url, schema });
  try {
    await migrate(db);
    // Each run imports the file for an organisation of its own, so none replaces another.
    const runs: ImportRun[] = [];
    for (let run = 0; run < IMPORT_RUNS; run++) runs.push(await importOnce(db, path, rows, run));
    runs.sort((a, b) => a.ms - b.ms);
    const middle = runs[Math.floor(runs.length / 2)];
    if (!middle) throw new Error('no import ran');
    const { ms: importMs, orgId, vouchers, phases } = middle;

    const times: number[] = [];
    let months = 0;
    for (let i = 0; i < OUTCOME_RUNS; i++) {
      const t0 = performance.now();
      months = (await outcomeByMonth(db.db, orgId, { year: YEAR })).length;
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const outcomeMedian = median(times);
    const memory = process.memoryUsage();
    const common = {
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      heapUsedMb: memory.heapUsed / 1024 / 1024,
    };
    return [
      {
        name: `importSie into the PostgreSQL server: generated SIE 4 file, ${fmt(rows)} #TRANS rows`,
        samples: runs.length,
        inner: 1,
        medianMs: importMs,
        p95Ms: percentile(
          runs.map((r) => r.ms),
          95,
        ),
        minMs: runs[0]?.ms ?? importMs,
        opsPerSecond: 1000 / importMs,
        ...common,
        details: {
          transRows: rows,
          vouchers,
          fileMb: Number((file.bytes / 1024 / 1024).toFixed(1)),
          rowsPerSecond: Math.round((rows * 1000) / importMs),
          rowsPerSecondEach: runs.map((r) => Math.round((rows * 1000) / r.ms)).join(' '),
          // Where the median run's time went: the header, storing (read + COPY), keys and attach, sums.
          ...phases,
          database: db.location,
        },
      },
      {
        name: `outcomeByMonth for ${YEAR} over ${fmt(rows)} imported rows (PostgreSQL server)`,
        samples: OUTCOME_RUNS,
        inner: 1,
        medianMs: outcomeMedian,
        p95Ms: percentile(times, 95),
        minMs: times[0] ?? Number.NaN,
        opsPerSecond: 1000 / outcomeMedian,
        ...common,
        details: { transRows: rows, months },
      },
    ];
  } finally {
    await sql.raw(`drop schema if exists ${schema} cascade`).execute(db.db);
    await db.close();
  }
}

export function sieImportTargets(benchmarks: readonly SieBenchmark[]): Target[] {
  const targets: Target[] = [];
  for (const b of benchmarks) {
    if (b.name.startsWith('importSie')) {
      const rate = Number(b.details.rowsPerSecond);
      targets.push({
        name: `${b.name}: rows/s`,
        target: `≥ ${fmt(SIE_IMPORT_TARGETS.rowsPerSecond)} rows/s`,
        value: rate,
        met: rate >= SIE_IMPORT_TARGETS.rowsPerSecond,
      });
    } else if (b.name.startsWith('outcomeByMonth')) {
      targets.push({
        name: `${b.name}: median`,
        target: `< ${SIE_IMPORT_TARGETS.outcomeMs} ms`,
        value: b.medianMs,
        met: b.medianMs < SIE_IMPORT_TARGETS.outcomeMs,
      });
    }
  }
  return targets;
}
