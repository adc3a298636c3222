// `planvis serve` as a user starts it: first start on an empty data directory, login and
// reading with plain HTTP, a command refused plainly while the server holds the embedded
// database, a clean stop on SIGTERM, and plan files exported and imported afterwards.
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/planvis', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'planvis-serve-'));
const env = {
  ...process.env,
  PLANVIS_DATA_DIR: dataDir,
  PLANVIS_ADMIN_PASSWORD: '',
  DATABASE_URL: '',
  LOG_LEVEL: 'warn',
};

function start(): Promise<{ child: ChildProcessWithoutNullStreams; url: string; output: () => string }> {
  const child = spawn(BIN, ['serve', '--port', '0'], { env });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /listening on (http:\/\/[^\s]+)/.exec(output);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: m[1], output: () => output });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
}

function stop(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

describe('planvis serve', () => {
  let running: ChildProcessWithoutNullStreams | undefined;
  afterAll(() => running?.kill('SIGKILL'));

  it('starts on an empty data directory with NRF and both plans, and a generated admin password', async () => {
    const server = await start();
    running = server.child;
    const passwordFile = join(dataDir, 'admin-password.txt');
    expect(statSync(passwordFile).mode & 0o777).toBe(0o600);
    const password = readFileSync(passwordFile, 'utf8').trim();
    expect(server.output()).toContain(`user "admin" created with password ${password}`);

    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok', database: 'pglite' });
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.getSetCookie()[0]?.split(';')[0] ?? '';
    const plans = (await (await fetch(`${server.url}/api/v1/plans`, { headers: { cookie } })).json()) as {
      plans: { slug: string }[];
    };
    expect(plans.plans.map((p) => p.slug)).toEqual(['nrf-2018-2020', 'nrf-2026-2028']);

    // The embedded database is held: a command says so plainly.
    const held = spawnSync(BIN, ['export-plan', 'nrf-2026-2028'], { env, encoding: 'utf8' });
    expect(held.status).toBe(1);
    expect(held.stderr).toContain(`the embedded database in ${dataDir} is in use by another Planvis process`);

    expect(await stop(server.child)).toBe(0);
    running = undefined;
    expect(existsSync(join(dataDir, 'planvis.lock'))).toBe(false);
  });

  it('exports, imports and exports again the same plan file once the server is stopped', () => {
    const first = join(dataDir, 'first.yaml');
    const second = join(dataDir, 'second.yaml');
    const out1 = spawnSync(BIN, ['export-plan', 'nrf-2026-2028', '--out', first], { env, encoding: 'utf8' });
    expect(out1.stderr).toBe('');
    expect(out1.status).toBe(0);
    const imported = spawnSync(BIN, ['import-plan', first, '--slug', 'nrf-2026-2028', '--json'], {
      env,
      encoding: 'utf8',
    });
    expect(imported.status).toBe(0);
    expect(JSON.parse(imported.stdout)).toEqual({ plan: 'nrf-2026-2028', version: 2, status: 'draft' });
    expect(
      spawnSync(BIN, ['export-plan', 'nrf-2026-2028', '--version', '2', '--out', second], { env }).status,
    ).toBe(0);
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));
  });

  it('refuses an invalid plan file with exit 2 and stores nothing', () => {
    const bad = join(dataDir, 'bad.yaml');
    spawnSync('sh', ['-c', `printf 'schemaVersion: 1\\ntitle: 5\\n' > ${bad}`]);
    const r = spawnSync(BIN, ['import-plan', bad], { env, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${bad}:2:8: title: found 5, expected text`);
    const after = spawnSync(BIN, ['export-plan', 'bad'], { env, encoding: 'utf8' });
    expect(after.status).toBe(2);
    expect(after.stderr).toContain('no plan "bad"');
  });
});
