// Where the CPU went during a load run: this process (the server), the PostgreSQL server's
// processes, and the whole machine (which also runs the load generator and anything else).
// On a 2-core machine a request's cost is the sum of all three, so throughput figures
// are read together with these. Linux /proc only; elsewhere the figures are null.
import { readdirSync, readFileSync } from 'node:fs';

/** Linux reports process and machine times in clock ticks of 1/100 s (USER_HZ). */
const TICK_US = 10_000;

export type CpuSample = {
  processUs: number;
  postgresTicks: number | null;
  machine: { busyTicks: number; totalTicks: number } | null;
};

export type CpuUse = {
  /** CPU time of the server process (the bench process) per request, µs. */
  serverUsPerRequest: number;
  /** CPU time of all `postgres` processes per request, µs (null when not measured). */
  postgresUsPerRequest: number | null;
  /** CPU time of the whole machine per request, µs: server, database, load generator, kernel, others. */
  machineUsPerRequest: number | null;
  /** How busy the machine's cores were on average, percent. */
  machineBusyPercent: number | null;
};

function machineTicks(): CpuSample['machine'] {
  try {
    const first = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const [, ...fields] = first.trim().split(/\s+/);
    const n = fields.slice(0, 8).map(Number);
    const total = n.reduce((a, b) => a + b, 0);
    const idle = (n[3] ?? 0) + (n[4] ?? 0);
    return Number.isFinite(total) ? { busyTicks: total - idle, totalTicks: total } : null;
  } catch {
    return null;
  }
}

function postgresTicks(): number | null {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return null;
  }
  let ticks = 0;
  for (const pid of entries) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (!stat.includes('(postgres)')) continue;
      // After "(comm) ": state is field 3, utime 14 and stime 15 (1-based) of the whole line.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return ticks;
}

export function cpuSample(withPostgres: boolean): CpuSample {
  const usage = process.cpuUsage();
  return {
    processUs: usage.user + usage.system,
    postgresTicks: withPostgres ? postgresTicks() : null,
    machine: machineTicks(),
  };
}

export function cpuUse(before: CpuSample, after: CpuSample, requests: number): CpuUse {
  const per = (us: number): number => (requests > 0 ? us / requests : Number.NaN);
  const pg =
    before.postgresTicks === null || after.postgresTicks === null
      ? null
      : per((after.postgresTicks - before.postgresTicks) * TICK_US);
  const busy = before.machine && after.machine ? after.machine.busyTicks - before.machine.busyTicks : null;
  const total = before.machine && after.machine ? after.machine.totalTicks - before.machine.totalTicks : null;
  return {
    serverUsPerRequest: per(after.processUs - before.processUs),
    postgresUsPerRequest: pg,
    machineUsPerRequest: busy === null ? null : per(busy * TICK_US),
    machineBusyPercent: busy === null || !total ? null : (100 * busy) / total,
  };
}
