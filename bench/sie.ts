// SIE 4 reader benchmark (issue 5, "Benchmark"): a generated file of 1 000 000 #TRANS rows
// (and one of 5 000 000, to show memory does not grow with the file) is parsed and validated
// by validateSie — tokenising, amounts and dates, voucher balances, #KSUMMA — on one core.
// Each file is read in a child process of its own so that its peak RSS is its own.
// Targets: ≥ 1 000 000 rows/s, peak memory < 250 MB whatever the size. Then the full
// import into the PostgreSQL server and the year's outcome over it (bench/sie-import.ts).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, percentile } from './harness.ts';
import type { Measurement, Target } from './harness.ts';
import { generateSie } from './sie-generate.ts';
import { benchDatabaseUrl, benchSieImport, sieImportTargets } from './sie-import.ts';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const CHILD = fileURLToPath(new URL('./sie-child.ts', import.meta.url));
export const SIE_TARGETS = { rowsPerSecond: 1_000_000, peakMb: 250 } as const;

export type SieBenchmark = Measurement & { details: Record<string, number | string> };
export type SieBenchResult = { benchmarks: SieBenchmark[]; targets: Target[] };
export type SieBenchOptions = {
  sizes: readonly { rows: number; runs: number }[];
  /** #TRANS rows of the files imported into the PostgreSQL server. */
  importSizes?: readonly number[];
};

type ChildResult = {
  /** A bare JS loop over the file's bytes (timed on 8 MiB, scaled to the file). */
  byteLoopMs: number;
  runsMs: number[];
  cpuMs: number[];
  transRows: number;
  vouchers: number;
  checksum: string;
  peakRssMb: number;
  peakHeapMb: number;
};

function runChild(path: string, runs: number): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const args = ['--import', 'tsx', CHILD, JSON.stringify({ path, runs })];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], cwd: REPO });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.once('error', reject);
    child.once('close', (code) => {
      const line = stdout.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || line === '')
        reject(new Error(`sie-child exited with ${code}: ${stderr.trim() || stdout}`));
      else resolve(JSON.parse(line) as ChildResult);
    });
  });
}

const fmt = (n: number): string => Math.round(n).toLocaleString('sv-SE');

export async function runSieBenchmarks(
  options: SieBenchOptions = {
    sizes: [
      { rows: 1_000_000, runs: 5 },
      { rows: 5_000_000, runs: 1 },
    ],
    importSizes: [200_000, 1_000_000],
  },
): Promise<SieBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'planvis-sie-bench-'));
  const benchmarks: SieBenchmark[] = [];
  const unavailable: Target[] = [];
  try {
    for (const { rows, runs } of options.sizes) {
      const path = join(dir, `generated-${rows}.se`);
      const started = performance.now();
      const file = await generateSie(path, rows);
      const generateMs = performance.now() - started;
      const child = await runChild(path, runs);
      if (child.transRows !== rows || child.checksum !== 'verified') {
        throw new Error(`read ${child.transRows} rows (checksum ${child.checksum}), generated ${rows}`);
      }
      const sorted = [...child.runsMs].sort((a, b) => a - b);
      const medianMs = median(sorted);
      const cpuMedianMs = median([...child.cpuMs].sort((a, b) => a - b));
      benchmarks.push({
        name: `validateSie: generated SIE 4 file, ${fmt(rows)} #TRANS rows`,
        samples: runs,
        inner: 1,
        medianMs,
        p95Ms: percentile(sorted, 95),
        minMs: sorted[0] ?? Number.NaN,
        opsPerSecond: 1000 / medianMs,
        peakRssMb: child.peakRssMb,
        heapUsedMb: child.peakHeapMb,
        details: {
          transRows: rows,
          vouchers: child.vouchers,
          fileMb: Number((file.bytes / 1024 / 1024).toFixed(1)),
          rowsPerSecond: Math.round((rows * 1000) / medianMs),
          rowsPerSecondBest: Math.round((rows * 1000) / (sorted[0] ?? medianMs)),
          cpuMedianMs: Math.round(cpuMedianMs),
          rowsPerCpuSecond: Math.round((rows * 1000) / cpuMedianMs),
          peakHeapMb: Number(child.peakHeapMb.toFixed(1)),
          generateMs: Math.round(generateMs),
          checksum: child.checksum,
          // The machine's speed at the time: a plain loop over the bytes, and the parse in units of it.
          byteLoopMs: child.byteLoopMs === null ? 'not measured' : Math.round(child.byteLoopMs),
          parseInByteLoops:
            child.byteLoopMs === null ? 'not measured' : Number((medianMs / child.byteLoopMs).toFixed(1)),
        },
      });
      rmSync(path, { force: true });
    }
    for (const rows of options.importSizes ?? []) {
      try {
        benchmarks.push(...(await benchSieImport(dir, rows)));
      } catch (error) {
        // No server (or a failed import) is a missed target, not a crashed benchmark run.
        const reason = error instanceof Error ? error.message : String(error);
        console.log(`SIE import of ${fmt(rows)} rows into ${benchDatabaseUrl()} not measured: ${reason}`);
        unavailable.push({
          name: `importSie, ${fmt(rows)} rows: ${reason}`,
          target: 'measured',
          value: 0,
          met: false,
        });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const targets = [...sieTargets(benchmarks), ...sieImportTargets(benchmarks), ...unavailable];
  printSieReport(benchmarks, targets);
  return { benchmarks, targets };
}

function sieTargets(all: readonly SieBenchmark[]): Target[] {
  const benchmarks = all.filter((b) => b.name.startsWith('validateSie'));
  const million = benchmarks.find((b) => b.details.transRows === 1_000_000) ?? benchmarks[0];
  const targets: Target[] = [];
  if (million) {
    const rate = Number(million.details.rowsPerSecond);
    targets.push({
      name: `${million.name}: rows/s (median wall time)`,
      target: `≥ ${fmt(SIE_TARGETS.rowsPerSecond)} rows/s`,
      value: rate,
      met: rate >= SIE_TARGETS.rowsPerSecond,
    });
  }
  for (const b of benchmarks) {
    targets.push({
      name: `${b.name}: peak RSS of the reading process`,
      target: `< ${SIE_TARGETS.peakMb} MB`,
      value: b.peakRssMb,
      met: b.peakRssMb < SIE_TARGETS.peakMb,
    });
  }
  return targets;
}

function printSieReport(benchmarks: readonly SieBenchmark[], targets: readonly Target[]): void {
  for (const b of benchmarks) {
    const d = b.details;
    if (!b.name.startsWith('validateSie')) {
      const rate = d.rowsPerSecond === undefined ? '' : `, ${fmt(Number(d.rowsPerSecond))} rows/s`;
      console.log(`${b.name}: median ${fmt(b.medianMs)} ms${rate}`);
      continue;
    }
    console.log(
      `${b.name} (${d.fileMb} MB): median ${fmt(b.medianMs)} ms, ${fmt(Number(d.rowsPerSecond))} rows/s ` +
        `(best ${fmt(Number(d.rowsPerSecondBest))}; ${fmt(Number(d.rowsPerCpuSecond))} per CPU second), ` +
        `peak RSS ${b.peakRssMb.toFixed(0)} MB, peak heap ${Number(d.peakHeapMb).toFixed(0)} MB` +
        (typeof d.byteLoopMs === 'number' ? `; a bare byte loop over the file took ${d.byteLoopMs} ms` : ''),
    );
  }
  for (const t of targets)
    console.log(`target ${t.met ? 'met' : 'MISSED'}: ${t.name}: ${t.target} (${fmt(t.value)})`);
}
