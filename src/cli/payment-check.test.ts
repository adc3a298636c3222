// planvis payment-check against a fresh database prepared as serve would: the fixture of
// src/api/follow-up (bank 810 000 kr after the last voucher, 2026-08-25) imported with
// planvis import-sie, and planned flows: member invoices +2 100 000 kr on 09-15, salaries
// −500 000 kr on the 25th of September–December. The lowest from 10-15 on is then
// 910 000 kr on 12-25 (2 910 000 − 4 × 500 000), so 410 000 kr may be paid and 750 000 may not.
import { describe, expect, it } from 'vitest';
import { ore } from '../core/money/money.ts';
import { SIE_FIXTURE } from '../api/follow-up/test-setup.ts';
import { insertFlow } from '../db/follow-up/planned-flows.ts';
import { systemActor } from '../db/plan-store/actor.ts';
import { useCliDatabase } from './testing/cli-database.ts';
import { testDrivers } from '../db/testing/test-database.ts';
import { runCli } from './main.ts';
import { databaseConfig, prepareDatabase } from './shared/database.ts';

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, {
    out: (t) => (out += t.endsWith('\n') ? t : t + '\n'),
    err: (t) => (err += t.endsWith('\n') ? t : t + '\n'),
  });
  return { code, out, err };
}

async function planFlows(): Promise<void> {
  const { db } = await prepareDatabase(databaseConfig(), 'test');
  try {
    const org = await db.db
      .selectFrom('organisations')
      .select('id')
      .where('code', '=', 'NRF')
      .executeTakeFirstOrThrow();
    const actor = { ...systemActor(org.id), username: 'test' };
    await db.db.transaction().execute(async (trx) => {
      await insertFlow(trx, actor, {
        date: '2026-09-15',
        amount: ore(210_000_000),
        label: 'Medlemsfakturor',
        kind: 'memberInvoice',
        repeatUntil: null,
      });
      await insertFlow(trx, actor, {
        date: '2026-09-25',
        amount: ore(-50_000_000),
        label: 'Löner',
        kind: 'salaries',
        repeatUntil: '2026-12-31',
      });
    });
  } finally {
    await db.close();
  }
}

describe.each(testDrivers())('planvis payment-check on %s', (kind) => {
  useCliDatabase(kind, 'pay');

  it('exits 2 with nothing to project from, and for bad input', async () => {
    const none = await run('payment-check', '--date', '2026-10-15', '--amount', '750 000 kr');
    expect([none.code, none.err]).toEqual([
      2,
      'planvis: no opening bank balance: import the outcome (SIE) or enter an opening balance first\n',
    ]);
    const amount = await run('payment-check', '--date', '2026-10-15', '--amount', '7.50.0 kr');
    expect(amount.code).toBe(2);
    expect(amount.err).toMatch(/cannot read "7.50.0 kr" as an amount/);
    const date = await run('payment-check', '--date', '2026-02-30', '--amount', '1 kr');
    expect([date.code, date.err]).toEqual([2, 'planvis: --date: no such date: "2026-02-30"\n']);
    expect((await run('payment-check', '--date', '2026-10-15')).code).toBe(2);
  }, 120_000);

  it('refuses 750 000 kr on 2026-10-15 (exit 1) and allows 410 000 kr (exit 0)', async () => {
    expect((await run('import-sie', SIE_FIXTURE)).code).toBe(0);
    await planFlows();
    const refused = await run(
      'payment-check',
      '--org',
      'NRF',
      '--date',
      '2026-10-15',
      '--amount',
      '750 000 kr',
    );
    expect(refused.code).toBe(1);
    const nb = '\u00a0';
    expect(refused.out.replaceAll(nb, ' ')).toBe(
      [
        'Payment of 750 000 kr on 2026-10-15: REFUSED: the bank balance would fall below the floor of 500 000 kr.',
        '  opening balance   810 000 kr on 2026-08-25 (bank accounts in the outcome)',
        '  lowest before     910 000 kr on 2026-12-25',
        '  lowest after      160 000 kr on 2026-12-25',
        '  shortfall         340 000 kr',
        '  largest allowed   410 000 kr on 2026-10-15',
        '',
      ].join('\n'),
    );
    const allowed = await run('payment-check', '--date', '2026-10-15', '--amount', '410 tkr', '--json');
    expect(allowed.code).toBe(0);
    expect(JSON.parse(allowed.out)).toEqual({
      date: '2026-10-15',
      amountOre: 41_000_000,
      allowed: true,
      floorOre: 50_000_000,
      lowestBefore: { date: '2026-12-25', balanceOre: 91_000_000 },
      lowestAfter: { date: '2026-12-25', balanceOre: 50_000_000 },
      shortfallOre: 0,
      maxPaymentOre: 41_000_000,
    });
    const before = await run('payment-check', '--date', '2026-08-20', '--amount', '1 kr');
    expect(before.code).toBe(2);
    expect(before.err).toMatch(/not after the opening balance \(2026-08-25/);
  }, 120_000);

  // planvis follow-up on the same outcome: see src/api/follow-up/follow-up-api.test.ts for the arithmetic.
  it('planvis follow-up prints budget versus outcome and forecast per line', async () => {
    const json = await run('follow-up', 'nrf-2026-2028', '--year', '2026', '--json');
    expect(json.code).toBe(0);
    const view = JSON.parse(json.out) as {
      throughMonth: number;
      lines: { key: string; outcomeToDateOre: number; forecastOre: number }[];
      result: { forecastOre: number };
    };
    expect(view.throughMonth).toBe(8);
    expect(view.lines.find((l) => l.key === 'revenue')).toMatchObject({
      outcomeToDateOre: 120_000_000,
      forecastOre: 1_599_200_000,
    });
    expect(view.result.forecastOre).toBe(-186_266_800);
    const text = await run('follow-up', 'nrf-2026-2028', '--through', '8');
    expect(text.code).toBe(0);
    expect(text.out.replaceAll('\u00a0', ' ')).toMatch(
      /^Intäkter\s+44 376 000\s+29 584 000\s+1 200 000\s+-28 384 000\s+-95\.94 %\s+15 992 000$/m,
    );
    expect(text.out).toMatch(/unmapped: account 8810 Extraordinara intakter/);
    expect((await run('follow-up', 'nrf-2026-2028', '--through', '13')).code).toBe(2);
    expect((await run('follow-up', 'nrf-2026-2028', '--year', '2031')).code).toBe(2);
  }, 120_000);
});
