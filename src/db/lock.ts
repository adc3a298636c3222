// The embedded database is single-process. A lock file in the data directory names the
// process that holds it, so a second process says so plainly instead of corrupting it.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export class DatabaseInUseError extends Error {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock, or throws DatabaseInUseError naming the process that holds it. */
export function lockDataDir(dataDir: string, purpose: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'planvis.lock');
  try {
    writeFileSync(file, JSON.stringify({ pid: process.pid, purpose, since: new Date().toISOString() }), {
      flag: 'wx',
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    let holder: { pid?: number; purpose?: string; since?: string } = {};
    try {
      holder = JSON.parse(readFileSync(file, 'utf8')) as typeof holder;
    } catch {
      // An unreadable lock file is treated as stale below.
    }
    if (holder.pid !== undefined && holder.pid !== process.pid && alive(holder.pid)) {
      throw new DatabaseInUseError(
        `the embedded database in ${dataDir} is in use by another Planvis process (pid ${holder.pid}, ${holder.purpose ?? 'unknown'} since ${holder.since ?? '?'}). ` +
          'Stop it first, run the command against the server (for example through the API), or use a PostgreSQL server with DATABASE_URL.',
      );
    }
    // The holder is gone: the lock is stale.
    writeFileSync(file, JSON.stringify({ pid: process.pid, purpose, since: new Date().toISOString() }));
  }
  return () => rmSync(file, { force: true });
}
