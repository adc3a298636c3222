// The command line as a user meets it: exit codes, text and --json output.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './main.ts';

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, {
    out: (t) => (out += t.endsWith('\n') ? t : t + '\n'),
    err: (t) => (err += t.endsWith('\n') ? t : t + '\n'),
  });
  return { code, out, err };
}

describe('planvis check', () => {
  it('exits 1 and lists the findings of a seed plan', async () => {
    const r = await run('check', 'nrf-2018-2020');
    expect(r.code).toBe(1);
    expect(r.out).toContain('2 findings among 3 stated figures checked:');
    expect(r.out).toContain(
      'stated \u2212186\u00a0tkr, computed \u2212185\u00a0tkr, difference \u22121\u00a0tkr',
    );
    expect(r.out).toMatch(/in the file at nrf-2018-2020\.yaml:\d+ \(budget\.result\.stated\.2020\)/);
  });

  it('gives machine-readable findings with --json, amounts in öre', async () => {
    const r = await run('check', 'nrf-2026-2028', '--json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as {
      plan: string;
      consistent: boolean;
      findings: { path: string; stated: number; computed: number }[];
    };
    expect(report.plan).toBe('nrf-2026-2028');
    expect(report.consistent).toBe(false);
    expect(report.findings).toHaveLength(8);
    expect(report.findings[0]).toMatchObject({
      path: 'budget.result.stated.2027',
      stated: -94_700_000,
      computed: -94_800_000,
    });
  });

  it('exits 0 on a consistent plan file', async () => {
    const r = await run('check', fileURLToPath(new URL('./fixtures/ok/consistent.yaml', import.meta.url)));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Consistent: all \d+ stated figures agree with their parts\./);
  });

  it('exits 2 with the file, line and path of a bad plan file, and no stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planvis-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'schemaVersion: 1\ntitle: 5\n');
    const r = await run('check', file);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${file}:2:8: title: found 5, expected text`);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('exits 2 naming the bundled plans when the plan is unknown', async () => {
    const r = await run('check', 'nrf-1999');
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'planvis: no plan file or bundled plan named "nrf-1999" (bundled plans: nrf-2018-2020, nrf-2026-2028)\n',
    );
  });
});

describe('planvis allocate', () => {
  it('splits 10 279 tkr by NRF shares and shows the method', async () => {
    const r = await run(
      'allocate',
      '--total',
      '10279',
      '--shares',
      '26.71,14.69,31.10,27.50',
      '--names',
      'RVN,RJH,RV,RN',
    );
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    // Exact 2 745,5209 → 2 745; 1 509,9851 → 1 510; 3 196,769 → 3 197; 2 826,725 → 2 827
    expect(lines.find((l) => l.startsWith('RJH'))).toMatch(
      /^RJH\s+14,69\u00a0%\s+1\u00a0509,9851\s+\+1\s+1\u00a0510$/,
    );
    expect(lines.find((l) => l.startsWith('RVN'))).toMatch(
      /^RVN\s+26,71\u00a0%\s+2\u00a0745,5209\s+2\u00a0745$/,
    );
    expect(lines.find((l) => l.startsWith('Total'))).toMatch(/^Total\s+\+3\s+10\u00a0279$/);
    expect(r.out).toContain('largest-remainder');
  });

  it('accepts Swedish decimal commas separated by semicolons, and --json', async () => {
    const r = await run(
      'allocate',
      '--total',
      '605 tkr',
      '--shares',
      '26,71;14,69;31,10;27,50',
      '--names',
      'RVN;RJH;RV;RN',
      '--json',
    );
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out) as { method: string; parts: { key: string; amount: number }[] };
    // 605 × shares = 161,5955 / 88,8745 / 188,155 / 166,375: floors 161 + 88 + 188 + 166 = 603,
    // the 2 left go to RJH (,8745) and RVN (,5955).
    expect(result.method).toBe('largestRemainder');
    expect(result.parts.map((p) => [p.key, p.amount / 100_000])).toEqual([
      ['RVN', 162],
      ['RJH', 89],
      ['RV', 188],
      ['RN', 166],
    ]);
  });

  it('exits 2 when the shares do not add up to 100 %', async () => {
    const r = await run('allocate', '--total', '100', '--shares', '50,49.99');
    expect(r.code).toBe(2);
    expect(r.err).toContain('shares add up to 99,99 %, expected 100 %');
  });

  it('exits 2 on a missing option or an unreadable total', async () => {
    expect((await run('allocate', '--shares', '50,50')).code).toBe(2);
    const bad = await run('allocate', '--total', '10 27 9', '--shares', '50,50');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('cannot read "10 27 9" as an amount');
  });
});

describe('planvis evaluate', () => {
  it('gives the verdict and its reasons, exit 1 when not met', async () => {
    const r = await run('evaluate', 'nrf-2026-2028');
    expect(r.code).toBe(1);
    expect(r.out).toContain('nrf-2026-2028: god ekonomisk hushållning 2026: NOT MET');
    expect(r.out).toContain('0 of 8 activities of the operational goals done; required: at least 6 of 8');
    expect(r.out).toContain('Mål 4 Positivt resultat: result 2026 is \u22121\u00a0988\u00a0tkr');
  });

  it('exits 0 when the verdict is met', async () => {
    const r = await run(
      'evaluate',
      fileURLToPath(new URL('./fixtures/ok/consistent.yaml', import.meta.url)),
      '--period',
      '2026-annual',
      '--json',
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ status: 'met', year: 2026, basis: 'followUp' });
  });

  it('exits 2 for an unknown period or a malformed year', async () => {
    expect((await run('evaluate', 'nrf-2026-2028', '--period', 'x')).err).toContain(
      'unknown follow-up period "x"',
    );
    expect((await run('evaluate', 'nrf-2026-2028', '--year', '20x6')).code).toBe(2);
  });
});

describe('the planvis executable', () => {
  const bin = fileURLToPath(new URL('../../bin/planvis', import.meta.url));

  it('prints help with every command and exits 0', () => {
    const help = execFileSync(bin, ['--help'], { encoding: 'utf8' });
    for (const command of ['overview', 'check', 'evaluate', 'allocate', 'schema'])
      expect(help).toContain(command);
  });

  it('exits 2 for an unknown command', () => {
    const r = spawnSync(bin, ['frobnicate'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown command 'frobnicate'");
  });

  it('has --help and --json on every command', () => {
    for (const command of ['overview', 'check', 'evaluate', 'allocate', 'schema']) {
      const help = execFileSync(bin, [command, '--help'], { encoding: 'utf8' });
      expect(help).toContain('--json');
    }
  });
});
