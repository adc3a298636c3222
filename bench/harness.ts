// A small measuring harness. The machine's cores are shared, so one timing means little:
// warm up first (JIT, caches), then take several samples of `inner` calls each and
// report per-call median, p95 and min. The median is the figure targets are judged on;
// min shows what the code can do undisturbed, p95 how bad the noise got.
import { performance } from 'node:perf_hooks';

export type MeasureOptions = {
  /** Untimed calls of fn before sampling. */
  warmup: number;
  /** Timed samples. */
  samples: number;
  /** Calls of fn per sample; a sample's time is divided by this (use > 1 for fast fns). */
  inner: number;
};

export type Measurement = {
  name: string;
  samples: number;
  inner: number;
  /** Per call, over the samples. */
  medianMs: number;
  p95Ms: number;
  minMs: number;
  /** 1000 / medianMs. */
  opsPerSecond: number;
  /**
   * process.resourceUsage().maxRSS after the run: the whole process's peak resident set
   * so far (it never falls), so it includes everything measured and loaded before.
   */
  peakRssMb: number;
  /** V8 heap in use right after the run (not after a GC, so it includes garbage). */
  heapUsedMb: number;
};

/** Keeps every result reachable so the JIT cannot drop a call whose value is unused. */
const sink: unknown[] = [undefined];

const MB = 1024 * 1024;

/** Sorted ascending; nearest-rank percentile (p in 0..100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('percentile of no samples');
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

export function median(sorted: readonly number[]): number {
  if (sorted.length === 0) throw new RangeError('median of no samples');
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? Number.NaN) + upper) / 2;
}

export function measure(name: string, fn: () => unknown, options: MeasureOptions): Measurement {
  const { warmup, samples, inner } = options;
  if (samples < 1 || inner < 1 || warmup < 0) {
    throw new RangeError(`measure("${name}"): need samples ≥ 1, inner ≥ 1 and warmup ≥ 0`);
  }
  for (let i = 0; i < warmup; i++) sink[0] = fn();
  const perCall: number[] = [];
  for (let s = 0; s < samples; s++) {
    const start = performance.now();
    for (let i = 0; i < inner; i++) sink[0] = fn();
    perCall.push((performance.now() - start) / inner);
  }
  perCall.sort((a, b) => a - b);
  const medianMs = median(perCall);
  return {
    name,
    samples,
    inner,
    medianMs,
    p95Ms: percentile(perCall, 95),
    minMs: perCall[0] ?? Number.NaN,
    opsPerSecond: medianMs > 0 ? 1000 / medianMs : Number.POSITIVE_INFINITY,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    heapUsedMb: process.memoryUsage().heapUsed / MB,
  };
}

/** A target from an issue, judged on one measured value (a missed target is reported, not thrown). */
export type Target = { name: string; target: string; value: number; met: boolean };
