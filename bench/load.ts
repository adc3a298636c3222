// Load generation in a child process: on a 2-core machine an in-process load generator
// would share the server's event loop and make both look slower. autocannon for the
// server's maximum (closed loop), paced-load.ts for the latency at a steady rate.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Result } from 'autocannon';
import type { PacedResult } from './paced-load.ts';

export type LoadOptions = {
  url: string;
  connections: number;
  durationSeconds: number;
  headers: Record<string, string>;
};

export type LoadResult = {
  url: string;
  /** The most connections used (autocannon keeps them all busy; the paced load opens what it needs). */
  connections: number;
  /** The offered rate (paced load), or null for as fast as the server answers (autocannon). */
  overallRate: number | null;
  durationSeconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { mean: number; p50: number; p90: number; p97_5: number; p99: number; max: number };
  /** Connection errors (including timeouts). */
  errors: number;
  /** autocannon: timed-out requests; paced load: requests unanswered when the run was cut off. */
  timeouts: number;
  non2xx: number;
  /** autocannon only. */
  throughputMbPerSecond: number | null;
};

const AUTOCANNON_CLI = createRequire(import.meta.url).resolve('autocannon');
const PACED_CHILD = fileURLToPath(new URL('./paced-load-child.ts', import.meta.url));
/** The repository, where `--import tsx` is found. */
const REPO = fileURLToPath(new URL('..', import.meta.url));

export function autocannonArgs(options: LoadOptions): string[] {
  return [
    AUTOCANNON_CLI,
    '--json',
    '--connections',
    String(options.connections),
    '--duration',
    String(options.durationSeconds),
    ...Object.entries(options.headers).flatMap(([name, value]) => ['--headers', `${name}:${value}`]),
    options.url,
  ];
}

export function toLoadResult(result: Result, options: LoadOptions): LoadResult {
  const { latency } = result;
  return {
    url: options.url,
    connections: result.connections,
    overallRate: null,
    durationSeconds: result.duration,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    latencyMs: {
      mean: latency.average,
      p50: latency.p50,
      p90: latency.p90,
      p97_5: latency.p97_5,
      p99: latency.p99,
      max: latency.max,
    },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    throughputMbPerSecond: result.throughput.average / (1024 * 1024),
  };
}

/** Runs a child process to its end and returns the last line it printed. */
function lastLine(args: string[], timeoutSeconds: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], cwd: REPO });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    // A hung child must not hold the benchmark open.
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutSeconds * 1000);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      const line = stdout.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || line === '') {
        reject(
          new Error(`${args[0] ?? 'child'} exited with ${signal ?? code}: ${stderr.trim() || stdout.trim()}`),
        );
      } else {
        resolve(line);
      }
    });
  });
}

function parsed<T>(line: string, what: string): T {
  try {
    return JSON.parse(line) as T;
  } catch (error) {
    throw new Error(`${what} printed no JSON result: ${line.slice(0, 200)}`, { cause: error });
  }
}

/** autocannon's command line with --json: every connection always busy, the server's maximum. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const line = await lastLine(autocannonArgs(options), options.durationSeconds + 30);
  return toLoadResult(parsed<Result>(line, 'autocannon'), options);
}

/** paced-load.ts: `rate` requests per second, evenly spaced, over up to `connections` connections. */
export async function runPacedLoad(options: LoadOptions & { rate: number }): Promise<LoadResult> {
  const { url, rate, connections, durationSeconds, headers } = options;
  const args = [
    '--import',
    'tsx',
    PACED_CHILD,
    JSON.stringify({ url, rate, connections, durationSeconds, headers }),
  ];
  const result = parsed<PacedResult>(await lastLine(args, durationSeconds + 60), 'paced load');
  return {
    url,
    connections,
    overallRate: rate,
    durationSeconds: result.durationSeconds,
    requests: result.completed,
    requestsPerSecond: result.requestsPerSecond,
    latencyMs: result.latencyMs,
    errors: result.errors,
    timeouts: result.unfinished,
    non2xx: result.non2xx,
    throughputMbPerSecond: null,
  };
}
