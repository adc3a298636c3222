// The API benchmarks as tables on the terminal.
import { CONNECTIONS } from './api.ts';
import type { ApiResult, LoadRun } from './api.ts';
import type { LatencySummary } from './api-writes.ts';
import type { Target } from './harness.ts';

function table(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(line(header));
  for (const r of rows) console.log(line(r));
}

const ms = (n: number): string => n.toFixed(n < 10 ? 2 : 1);
const us = (n: number | null): string => (n === null || Number.isNaN(n) ? '-' : n.toFixed(0));

function loadRow(name: string, run: LoadRun): string[] {
  return [
    name,
    run.overallRate === null ? 'max' : String(run.overallRate),
    run.requestsPerSecond.toFixed(0),
    ms(run.latencyMs.p50),
    ms(run.latencyMs.p97_5),
    ms(run.latencyMs.p99),
    ms(run.latencyMs.max),
    String(run.errors),
    String(run.timeouts),
    String(run.non2xx),
    us(run.cpu.serverUsPerRequest),
    us(run.cpu.postgresUsPerRequest),
    us(run.cpu.machineUsPerRequest),
    run.cpu.machineBusyPercent === null ? '-' : run.cpu.machineBusyPercent.toFixed(0),
  ];
}

export function printApiReport(result: ApiResult, targets: readonly Target[]): void {
  table(
    [
      `API read, ${CONNECTIONS} connections`,
      'offered/s',
      'req/s',
      'p50 ms',
      'p97.5 ms',
      'p99 ms',
      'max ms',
      'errors',
      'timeouts',
      'non-2xx',
      'server µs/req',
      'postgres µs/req',
      'machine µs/req',
      'busy %',
    ],
    result.drivers.flatMap((d) =>
      d.reads.flatMap((r) => [
        loadRow(`${d.driver}: GET ${r.name}`, r.saturation),
        ...(r.atTargetRate ? [loadRow(`${d.driver}: GET ${r.name}`, r.atTargetRate)] : []),
      ]),
    ),
  );
  for (const d of result.drivers) {
    for (const r of d.reads) {
      if (r.atTargetRateSkipped)
        console.log(`${d.driver}: GET ${r.name} at 1000/s not run: ${r.atTargetRateSkipped}`);
    }
  }
  const writeRow = (name: string, s: LatencySummary): string[] => [
    name,
    String(s.count),
    ms(s.p50Ms),
    ms(s.p95Ms),
    ms(s.p99Ms),
    ms(s.maxMs),
  ];
  console.log('');
  table(
    ['API write, one after another', 'count', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms'],
    result.drivers.flatMap((d) => [
      writeRow(`${d.driver}: PATCH budget (one change)`, d.writes.patch),
      writeRow(`${d.driver}: GET overview after the write`, d.writes.overviewAfterWrite),
      writeRow(`${d.driver}: PATCH + GET overview`, d.writes.patchThenOverview),
    ]),
  );
  for (const d of result.drivers) {
    console.log(
      `${d.driver}: load average at start ${d.loadAverageAtStart.map((l) => l.toFixed(2)).join(' ')}`,
    );
  }
  for (const s of result.skipped) console.log(`skipped ${s.driver}: ${s.reason}`);
  for (const t of targets) {
    console.log(
      `target ${t.met ? 'met' : 'MISSED'}: ${t.name}: ${t.target} (${Number.isNaN(t.value) ? 'not measured' : t.value.toFixed(2)})`,
    );
  }
}
