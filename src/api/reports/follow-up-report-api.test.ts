// The follow-up report over HTTP prints the period's outcome: the follow-up fixture
// imported (src/api/follow-up/test-setup.ts), figures as follow-up-api.test.ts asserts
// them in kronor, here in whole tkr: revenue variance −28 384 000 → −28 384; the default
// forecast result −1 862 668 → −1 863, which with no adjustments is also the
// balanskravsresultat. A period of a year without outcome keeps the sentence instead.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../db/plan-store/actor.ts';
import { applyEdits } from '../../db/plan-store/update.ts';
import { findVersion } from '../../db/plan-store/versions.ts';
import { followUpContext, importFixture } from '../follow-up/test-setup.ts';
import type { TestContext } from '../testing/test-app.ts';
import { stopRenderWorker } from './render-pool.ts';

const PDFTOTEXT = '/usr/bin/pdftotext';
const MINUS = '\u2212';
const REPORT = '/api/v1/plans/nrf-2026-2028/versions/1/report.pdf';
const dir = mkdtempSync(join(tmpdir(), 'planvis-fu-report-'));
let ctx: TestContext;

async function pdfText(period: string): Promise<string> {
  const reader = await ctx.login('reader');
  const response = await reader.get(`${REPORT}?period=${period}`);
  expect(response.status).toBe(200);
  const file = join(dir, `${period}.pdf`);
  writeFileSync(file, new Uint8Array(await response.arrayBuffer()));
  const r = spawnSync(PDFTOTEXT, ['-layout', file, '-'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  // pdftotext prints no-break spaces as plain spaces; make sure either way.
  return r.stdout.replaceAll('\u00a0', ' ');
}

describe.skipIf(!existsSync(PDFTOTEXT))('the follow-up report with outcome over HTTP', () => {
  beforeAll(async () => {
    ctx = await followUpContext('pglite');
    await importFixture(ctx);
    const row = await findVersion(ctx.db.db, ctx.orgId, 'nrf-2026-2028', '1');
    const periods = [
      { id: '2026-interim', kind: 'interim', year: 2026, asOf: '2026-08-31' },
      { id: '2026-march', kind: 'interim', year: 2026, asOf: '2026-03-31' },
      { id: '2027-annual', kind: 'annual', year: 2027, asOf: '2027-12-31' },
    ];
    await ctx.db.db
      .transaction()
      .execute((trx) =>
        applyEdits(
          trx,
          systemActor(ctx.orgId),
          'nrf-2026-2028',
          row,
          row.revision,
          [{ path: ['followUpPeriods'], value: periods }],
          'update',
        ),
      );
  }, 60_000);
  afterAll(async () => {
    await stopRenderWorker();
    await ctx.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints budget versus outcome through August and the balanskravsutredning', async () => {
    const text = await pdfText('2026-interim');
    expect(text).toContain('Budget mot utfall per augusti 2026');
    expect(text).toMatch(new RegExp(`${MINUS}28 384 +${MINUS}95,94 %`));
    expect(text).toMatch(new RegExp(`Balanskravsresultat +${MINUS}1 863`));
    expect(text).toContain('8810');
    expect(text).not.toContain('redovisas när utfallsdata');
  }, 60_000);

  it('judges an earlier interim period by the outcome through its own month, not later outcome', async () => {
    const text = await pdfText('2026-march');
    expect(text).toContain('Budget mot utfall per mars 2026');
    // With no adjustments the balanskravsresultat is the year's forecast result: here the
    // one forecast from January–March (the last figure of the table's Resultat row), not
    // the −1 863 that the outcome through August gives.
    const table = text.slice(text.indexOf('Budget mot utfall t.o.m. mars 2026'));
    const lastFigure = new RegExp(`^Resultat\\b.*?(${MINUS}?\\d{1,3}(?: \\d{3})*)\\s*$`, 'm');
    const forecast = lastFigure.exec(table)?.[1];
    expect(forecast).toMatch(/\d/);
    expect(forecast).not.toBe(`${MINUS}1 863`);
    expect(table).toMatch(new RegExp(`Balanskravsresultat +${forecast}\\s*$`, 'm'));
  }, 60_000);

  it('keeps the sentence for a period without outcome', async () => {
    const text = await pdfText('2027-annual');
    expect(text).toContain('redovisas när utfallsdata');
    expect(text).not.toContain('Balanskravsutredning');
  }, 60_000);
});
