// An open-loop load generator, run as a child process by load.ts: requests are sent at a
// fixed rate, evenly spaced, over a pool of keep-alive connections, and each latency is
// measured from the moment the request was due, so time spent waiting for a free
// connection counts (no coordinated omission). autocannon's own rate option sends each
// connection's whole per-second budget at the start of every second, which measures
// bursts at full speed rather than the latency at a steady load.
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { percentile } from './harness.ts';

export type PacedOptions = {
  url: string;
  rate: number;
  connections: number;
  durationSeconds: number;
  headers: Record<string, string>;
};

type Tally = {
  sent: number;
  completed: number;
  /** Still unanswered when the run was cut off (see GRACE_SECONDS); counted in the latencies at their age then. */
  unfinished: number;
  non2xx: number;
  errors: number;
  /** Every latency in ms, from when the request was due to the end of its response. */
  latenciesMs: number[];
};

export type PacedResult = Omit<Tally, 'latenciesMs'> & {
  durationSeconds: number;
  requestsPerSecond: number;
  latencyMs: { mean: number; p50: number; p90: number; p97_5: number; p99: number; max: number };
};

function summary(tally: Tally, durationSeconds: number): PacedResult {
  const sorted = [...tally.latenciesMs].sort((a, b) => a - b);
  const at = (p: number): number => (sorted.length === 0 ? Number.NaN : percentile(sorted, p));
  const { latenciesMs: _, ...counts } = tally;
  return {
    ...counts,
    durationSeconds,
    requestsPerSecond: tally.completed / durationSeconds,
    latencyMs: {
      mean: sorted.reduce((s, x) => s + x, 0) / sorted.length,
      p50: at(50),
      p90: at(90),
      p97_5: at(97.5),
      p99: at(99),
      max: sorted.at(-1) ?? Number.NaN,
    },
  };
}

function send(agent: Agent, options: PacedOptions, due: number, result: Tally): Promise<void> {
  return new Promise((resolve) => {
    const req = request(options.url, { agent, headers: options.headers }, (res) => {
      res.resume();
      res.once('end', () => {
        result.completed++;
        if ((res.statusCode ?? 0) < 200 || (res.statusCode ?? 0) >= 300) result.non2xx++;
        result.latenciesMs.push(performance.now() - due);
        resolve();
      });
    });
    req.once('error', () => {
      result.errors++;
      resolve();
    });
    req.end();
  });
}

/** How long after the last request is due the run waits for answers before it is cut off. */
const GRACE_SECONDS = 5;

export async function pacedLoad(options: PacedOptions): Promise<PacedResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const result: Tally = { sent: 0, completed: 0, unfinished: 0, non2xx: 0, errors: 0, latenciesMs: [] };
  const due: number[] = [];
  const done = new Set<number>();
  const total = Math.round(options.rate * options.durationSeconds);
  const interval = 1000 / options.rate;
  const pending: Promise<void>[] = [];
  const start = performance.now();
  await new Promise<void>((resolve) => {
    const tick = (): void => {
      const now = performance.now();
      // Everything due by now goes out, each stamped with the time it was due.
      while (result.sent < total && start + result.sent * interval <= now) {
        const i = result.sent;
        due.push(start + i * interval);
        pending.push(send(agent, options, start + i * interval, result).then(() => void done.add(i)));
        result.sent++;
      }
      if (result.sent >= total) resolve();
      else setTimeout(tick, Math.max(0, start + result.sent * interval - performance.now()));
    };
    tick();
  });
  // A server that cannot keep up builds a queue that would take long to drain: cut it off.
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.all(pending),
    new Promise((resolve) => (timer = setTimeout(resolve, GRACE_SECONDS * 1000))),
  ]);
  clearTimeout(timer);
  // Until the last answer (or the cut-off): a server that cannot keep up shows a lower rate.
  const end = performance.now();
  for (const [i, t] of due.entries()) {
    if (done.has(i)) continue;
    result.unfinished++;
    result.latenciesMs.push(end - t);
  }
  agent.destroy();
  return summary(result, (end - start) / 1000);
}
