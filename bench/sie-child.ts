// One SIE parse in a process of its own (bench/sie.ts), so that its peak memory is its own:
// argv[2] is {"path","runs"}; prints one JSON line with each run's time and the peaks.
import { memoryUsage, resourceUsage } from 'node:process';
import { performance } from 'node:perf_hooks';
import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { validateSie } from '../src/formats/sie/read-sie.ts';

const MB = 1024 * 1024;
const { path, runs } = JSON.parse(process.argv[2] ?? '{}') as { path: string; runs: number };
let peakHeapMb = 0;

/** The file's chunks, sampling the heap between them (the parse itself is synchronous per chunk). */
async function* sampled(): AsyncGenerator<Buffer> {
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 })) {
    peakHeapMb = Math.max(peakHeapMb, memoryUsage().heapUsed / MB);
    yield chunk as Buffer;
  }
}

/**
 * A plain loop over the file's bytes: how fast this machine is right now, to read the
 * figures by. Timed on the first 8 MiB only (reading the whole file would raise the peak
 * RSS being measured) and scaled to the file's size.
 */
function byteLoopMs(): number {
  const sample = Buffer.alloc(8 * 1024 * 1024);
  const fd = openSync(path, 'r');
  const length = readSync(fd, sample, 0, sample.length, 0);
  const size = fstatSync(fd).size;
  closeSync(fd);
  const start = performance.now();
  let lines = 0;
  for (let i = 0; i < length; i++) {
    const b = sample[i];
    if (b === 10 || b === 13) lines++;
  }
  if (lines < 0) console.log(lines);
  return ((performance.now() - start) * size) / length;
}

const runsMs: number[] = [];
const cpuMs: number[] = [];
let transRows = 0;
let vouchers = 0;
let checksum = '';
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = await validateSie(sampled());
  runsMs.push(performance.now() - start);
  const used = process.cpuUsage(cpu);
  cpuMs.push((used.user + used.system) / 1000);
  if (!result.ok) {
    throw new Error(`the generated file did not validate: ${JSON.stringify(result.errors.slice(0, 3))}`);
  }
  transRows = result.summary.counts.transRows;
  vouchers = result.summary.counts.vouchers;
  checksum = result.summary.checksum.status;
}
const loopMs = byteLoopMs();
console.log(
  JSON.stringify({
    byteLoopMs: loopMs,
    runsMs,
    cpuMs,
    transRows,
    vouchers,
    checksum,
    peakRssMb: resourceUsage().maxRSS / 1024,
    peakHeapMb,
  }),
);
