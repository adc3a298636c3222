// Budget-figure writes, one after another: writes to one version serialise on its row
// lock, so concurrent writers would only measure the queue. Each write names the revision
// the previous answer returned, as the editor does.
import { performance } from 'node:perf_hooks';
import { CSRF_HEADER } from '../src/api/auth/middleware.ts';
import type { BenchServer } from './api-server.ts';
import { median, percentile } from './harness.ts';

export type LatencySummary = {
  count: number;
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
};

export type WriteResult = {
  writes: number;
  failures: number;
  cell: { line: string; year: number };
  firstRevision: number;
  lastRevision: number;
  /** PATCH .../budget with one change: validation, row lock, update, budget rows, audit row. */
  patch: LatencySummary;
  /** The overview read right after each write: recompute and consistency check of the new revision. */
  overviewAfterWrite: LatencySummary;
  /** Both: a figure saved and its consequences shown, as the editor does it. */
  patchThenOverview: LatencySummary;
};

export function summarise(samplesMs: readonly number[]): LatencySummary {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return {
    count: sorted.length,
    meanMs: sorted.reduce((s, x) => s + x, 0) / sorted.length,
    p50Ms: median(sorted),
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted.at(-1) ?? Number.NaN,
  };
}

export async function expectOk(response: Response, what: string): Promise<unknown> {
  const text = await response.text();
  if (!response.ok) throw new Error(`${what}: ${response.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as unknown;
}

type Cell = { line: string; year: number; amount: number; revision: number };

async function firstBudgetCell(server: BenchServer, plan: string): Promise<Cell> {
  const document = (await expectOk(
    await fetch(`${server.origin}/api/v1/plans/${plan}/versions/latest/document`, {
      headers: { cookie: server.session.cookie },
    }),
    'GET document',
  )) as { revision: number; budget: { lines: { key: string; amounts: Record<string, number> }[] } };
  const line = document.budget.lines[0];
  const year = Object.keys(line?.amounts ?? {})[0];
  if (!line || year === undefined) throw new Error(`plan ${plan} has no budget amount to change`);
  return { line: line.key, year: Number(year), amount: line.amounts[year] ?? 0, revision: document.revision };
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/**
 * `warmup + writes` writes to one cell, alternating between two values so every write
 * changes it; each is followed by the overview read. The first `warmup` are not timed.
 */
export async function writeLoop(
  server: BenchServer,
  plan: string,
  options: { writes: number; warmup: number },
): Promise<WriteResult> {
  const cell = await firstBudgetCell(server, plan);
  const url = `${server.origin}/api/v1/plans/${plan}/versions/latest/budget`;
  const overviewUrl = `${server.origin}/api/v1/plans/${plan}/versions/latest`;
  const headers = {
    cookie: server.session.cookie,
    [CSRF_HEADER]: server.session.csrfToken,
    'content-type': 'application/json',
  };
  let revision = cell.revision;
  let failures = 0;
  const patch: number[] = [];
  const overview: number[] = [];
  for (let i = 0; i < options.warmup + options.writes; i++) {
    const amount = cell.amount + ((i + 1) % 2);
    const body = JSON.stringify({ revision, changes: [{ line: cell.line, year: cell.year, amount }] });
    const write = await timed(async () => {
      const response = await fetch(url, { method: 'PATCH', headers, body });
      return { status: response.status, text: await response.text() };
    });
    if (write.value.status !== 200) {
      failures++;
      if (failures > 5) throw new Error(`budget writes fail: ${write.value.status} ${write.value.text}`);
      continue;
    }
    revision = (JSON.parse(write.value.text) as { version: { revision: number } }).version.revision;
    const read = await timed(async () =>
      expectOk(await fetch(overviewUrl, { headers: { cookie: server.session.cookie } }), 'GET overview'),
    );
    if (i < options.warmup) continue;
    patch.push(write.ms);
    overview.push(read.ms);
  }
  return {
    writes: options.writes,
    failures,
    cell: { line: cell.line, year: cell.year },
    firstRevision: cell.revision,
    lastRevision: revision,
    patch: summarise(patch),
    overviewAfterWrite: summarise(overview),
    patchThenOverview: summarise(patch.map((ms, i) => ms + (overview[i] ?? 0))),
  };
}
