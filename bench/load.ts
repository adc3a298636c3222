// Load generation with autocannon in a child process: on a 2-core machine an in-process
// load generator would share the server's event loop and make both look slower.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import type { Result } from 'autocannon';

export type LoadOptions = {
  url: string;
  connections: number;
  durationSeconds: number;
  headers: Record<string, string>;
};

export type LoadResult = {
  url: string;
  connections: number;
  durationSeconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { mean: number; p50: number; p90: number; p97_5: number; p99: number; max: number };
  /** Connection errors (including timeouts). */
  errors: number;
  timeouts: number;
  non2xx: number;
  throughputMbPerSecond: number;
};

const AUTOCANNON_CLI = createRequire(import.meta.url).resolve('autocannon');

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

/** Runs autocannon's command line with --json and returns its figures. */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, autocannonArgs(options), { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    // A hung child must not hold the benchmark open.
    const timer = setTimeout(() => child.kill('SIGKILL'), (options.durationSeconds + 30) * 1000);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      const line = stdout.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || line === '') {
        reject(new Error(`autocannon exited with ${signal ?? code}: ${stderr.trim() || stdout.trim()}`));
        return;
      }
      try {
        resolve(toLoadResult(JSON.parse(line) as Result, options));
      } catch (error) {
        reject(new Error(`autocannon printed no JSON result: ${String(error)}: ${line.slice(0, 200)}`));
      }
    });
  });
}
