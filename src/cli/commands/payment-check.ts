// planvis payment-check --org NRF --date 2026-10-15 --amount "750 000 kr": may the payment
// be made without the bank balance falling below the floor (NRF 2026–2028 mål 5, "större
// utbetalningar ej ska verkställas innan likviditeten är avstämd mot detta mål")? From the
// stored outcome (or an entered opening balance) and the planned flows, as the API's
// POST …/follow-up/payment-check. Exit 0 allowed, 1 refused, 2 bad input.
import type { Command } from 'commander';
import { formatAmount } from '../../core/money/format.ts';
import { ore } from '../../core/money/money.ts';
import { parseAmount } from '../../core/money/parse.ts';
import { parseIsoDate } from '../../core/outcome/iso-date.ts';
import { NoOpeningBalanceError, isFollowUpInputError } from '../../api/follow-up/errors.ts';
import { checkPayment } from '../../api/follow-up/liquidity.ts';
import type { PaymentCheckResult } from '../../api/follow-up/liquidity.ts';
import { toJson } from '../../formats/json/to-json.ts';
import { databaseConfig, prepareDatabase } from '../shared/database.ts';
import { EXIT, UsageError } from '../shared/io.ts';
import type { ExitCode, Io } from '../shared/io.ts';

export type PaymentCheckOptions = { org?: string; date?: string; amount?: string; json?: boolean };

const kr = (amount: number) =>
  formatAmount(ore(amount), 'kr', { showUnit: true, decimals: amount % 100 === 0 ? 0 : 2 });

function describeCheck(amount: number, date: string, r: PaymentCheckResult): string {
  const j = r.json;
  const verdict = j.allowed
    ? `ALLOWED: the bank balance stays at or above the floor of ${kr(j.floorOre)}.`
    : `REFUSED: the bank balance would fall below the floor of ${kr(j.floorOre)}.`;
  return [
    `Payment of ${kr(amount)} on ${date}: ${verdict}`,
    `  opening balance   ${kr(r.opening.balance)} on ${r.opening.date} (${r.opening.source === 'outcome' ? 'bank accounts in the outcome' : 'entered'})`,
    `  lowest before     ${kr(j.lowestBefore.balanceOre)} on ${j.lowestBefore.date}`,
    `  lowest after      ${kr(j.lowestAfter.balanceOre)} on ${j.lowestAfter.date}`,
    `  shortfall         ${kr(j.shortfallOre)}`,
    `  largest allowed   ${kr(j.maxPaymentOre)} on ${date}`,
  ].join('\n');
}

export async function runPaymentCheck(options: PaymentCheckOptions, io: Io): Promise<ExitCode> {
  if (options.date === undefined) throw new UsageError('--date is required, e.g. --date 2026-10-15');
  if (options.amount === undefined) throw new UsageError('--amount is required, e.g. --amount "750 000 kr"');
  try {
    parseIsoDate(options.date);
  } catch (error) {
    throw new UsageError(`--date: ${error instanceof Error ? error.message : String(error)}`);
  }
  // A bare number is kronor; "750 tkr" or "0,75 mnkr" say their own unit.
  const amount = parseAmount(options.amount, { unit: 'kr' }).ore;
  if (amount <= 0) throw new UsageError(`--amount: a payment is a positive amount, got "${options.amount}"`);
  const orgCode = options.org ?? 'NRF';
  const { db } = await prepareDatabase(databaseConfig(), 'planvis payment-check');
  try {
    const org = await db.db
      .selectFrom('organisations')
      .select('id')
      .where('code', '=', orgCode)
      .executeTakeFirst();
    if (!org) throw new UsageError(`--org: no organisation ${orgCode} in the database`);
    let result: PaymentCheckResult;
    try {
      result = await checkPayment(db.db, org.id, { date: options.date, amount });
    } catch (error) {
      if (isFollowUpInputError(error) || error instanceof NoOpeningBalanceError)
        throw new UsageError(error.message);
      throw error;
    }
    io.out(
      options.json
        ? toJson({ date: options.date, amountOre: amount, ...result.json })
        : describeCheck(amount, options.date, result),
    );
    return result.json.allowed ? EXIT.ok : EXIT.findings;
  } finally {
    await db.close();
  }
}

export function registerPaymentCheck(program: Command, io: Io, setExit: (code: ExitCode) => void): void {
  program
    .command('payment-check')
    .description('may a payment be made without the bank balance falling below the liquidity floor?')
    .requiredOption('--date <date>', 'the payment date, YYYY-MM-DD')
    .requiredOption(
      '--amount <amount>',
      'the payment, e.g. "750 000 kr" or "750 tkr" (a bare number is kronor)',
    )
    .option('--org <code>', 'organisation code', 'NRF')
    .option('--json', 'machine-readable output (money in öre)')
    .addHelpText(
      'after',
      '\nThe projection starts from the bank accounts (19xx) at the last voucher date of the imported outcome, or from an entered opening balance when that is newer, and adds the planned receipts and payments.' +
        '\nExit status: 0 allowed, 1 refused, 2 bad input (or nothing to project from).',
    )
    .action(async (options: PaymentCheckOptions) => setExit(await runPaymentCheck(options, io)));
}
