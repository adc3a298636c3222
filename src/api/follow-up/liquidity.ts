// The liquidity guard (issue 5, item 6; NRF 2026–2028 mål 5): the bank balance projected
// per day from an opening balance and the planned flows, and the payment check. The
// opening balance is the bank accounts' (19xx) at the last voucher date of the stored
// outcome, unless an entered opening balance is newer.
import type { Kysely, Transaction } from 'kysely';
import { ore } from '../../core/money/money.ts';
import type { Ore } from '../../core/money/money.ts';
import { monthlyFlows } from '../../core/outcome/cash-flows.ts';
import type { PlannedFlow } from '../../core/outcome/cash-flows.ts';
import { addDays, formatIsoDate, parseIsoDate } from '../../core/outcome/iso-date.ts';
import { lowestFrom, projectLiquidity } from '../../core/outcome/liquidity.ts';
import type { DatedBalance, LiquidityInput, LiquidityProjection } from '../../core/outcome/liquidity.ts';
import { paymentCheck } from '../../core/outcome/payment-check.ts';
import type { PaymentCheck } from '../../core/outcome/payment-check.ts';
import { bankBalanceOn, lastVoucherDate } from '../../db/follow-up/outcome-source.ts';
import { listFlows } from '../../db/follow-up/planned-flows.ts';
import type { StoredFlow } from '../../db/follow-up/planned-flows.ts';
import { getLiquiditySettings } from '../../db/follow-up/settings.ts';
import type { Database } from '../../db/schema.ts';
import { FollowUpInputError, NoOpeningBalanceError } from './errors.ts';
import type { LiquidityViewJson, PaymentCheckJson, PlannedFlowJson } from './views.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export type Opening = DatedBalance & { source: 'outcome' | 'entered' };

/** The newer of the outcome's bank balance (at its last voucher date) and an entered one; null when neither exists. */
export async function openingBalance(db: Executor, orgId: string): Promise<Opening | null> {
  const settings = await getLiquiditySettings(db, orgId);
  const last = await lastVoucherDate(db, orgId);
  const entered = settings.opening;
  if (entered && (last === null || entered.date > last)) return { ...entered, source: 'entered' };
  if (last === null) return null;
  return { date: last, balance: await bankBalanceOn(db, orgId, last), source: 'outcome' };
}

/** A stored flow as the calculators take it: a monthly one becomes one flow a month through its end. */
export function expandFlow(flow: StoredFlow): PlannedFlow[] {
  const base = { amount: flow.amount, label: flow.label, kind: flow.kind };
  if (flow.repeatUntil === null) return [{ date: flow.date, ...base }];
  return monthlyFlows({ from: flow.date, to: flow.repeatUntil, day: parseIsoDate(flow.date).day, ...base });
}

export function flowJson(flow: StoredFlow): PlannedFlowJson {
  return {
    id: flow.id,
    date: flow.date,
    amountOre: flow.amount,
    label: flow.label,
    kind: flow.kind,
    repeat: flow.repeatUntil === null ? null : { monthly: true, until: flow.repeatUntil },
  };
}

export type LiquidityState = { opening: Opening; floor: Ore; flows: StoredFlow[]; input: LiquidityInput };

/** What the projection starts from, through `through` (default: 31 December of the opening's year). */
export async function liquidityState(db: Executor, orgId: string, through?: string): Promise<LiquidityState> {
  const opening = await openingBalance(db, orgId);
  const settings = await getLiquiditySettings(db, orgId);
  if (!opening) {
    throw new NoOpeningBalanceError(
      'no opening bank balance: import the outcome (SIE) or enter an opening balance first',
      settings.floor,
    );
  }
  const flows = await listFlows(db, orgId);
  const end = through ?? formatIsoDate(parseIsoDate(opening.date).year, 12, 31);
  if (end < opening.date) {
    throw new FollowUpInputError(`to: ${end} is before the opening balance's date ${opening.date}`, 'to');
  }
  const input: LiquidityInput = {
    opening: { date: opening.date, balance: opening.balance },
    flows: flows.flatMap(expandFlow),
    through: end,
    floor: settings.floor,
  };
  return { opening, floor: settings.floor, flows, input };
}

/** The projection from `from` (default the day after the opening) to `to`. */
export async function liquidityView(
  db: Executor,
  orgId: string,
  window: { from?: string | undefined; to?: string | undefined },
): Promise<LiquidityViewJson> {
  if (window.from !== undefined) parseIsoDate(window.from);
  if (window.to !== undefined) parseIsoDate(window.to);
  const state = await liquidityState(db, orgId, window.to);
  const projection: LiquidityProjection = projectLiquidity(state.input);
  const from = window.from ?? addDays(state.opening.date, 1);
  // From the opening date or before: the whole projection, opening balance included.
  const lowest = from <= state.opening.date ? projection.lowest : lowestFrom(projection, from);
  return {
    floorOre: state.floor,
    opening: { date: state.opening.date, balanceOre: state.opening.balance, source: state.opening.source },
    days: projection.days.filter((d) => d.date >= from).map((d) => ({ date: d.date, balanceOre: d.closing })),
    lowest: { date: lowest.date, balanceOre: lowest.balance },
    breaksFloor: lowest.balance < state.floor,
    flows: state.flows.map(flowJson),
  };
}

export type PaymentCheckResult = { check: PaymentCheck; opening: Opening; json: PaymentCheckJson };

/** Would paying `amount` on `date` keep the floor for the rest of the projection (through the date's year end)? */
export async function checkPayment(
  db: Executor,
  orgId: string,
  payment: { date: string; amount: number },
): Promise<PaymentCheckResult> {
  const { year } = parseIsoDate(payment.date);
  if (!Number.isSafeInteger(payment.amount) || payment.amount <= 0) {
    throw new FollowUpInputError(
      `amountOre: a payment is a positive whole number of öre, got ${payment.amount}`,
      'amountOre',
    );
  }
  const state = await liquidityState(db, orgId);
  const yearEnd = formatIsoDate(year, 12, 31);
  const through = yearEnd > (state.input.through ?? yearEnd) ? yearEnd : state.input.through;
  if (payment.date <= state.opening.date) {
    throw new FollowUpInputError(
      `date: ${payment.date} is not after the opening balance (${state.opening.date}, ${state.opening.source}); check a payment still to come`,
      'date',
    );
  }
  const check = paymentCheck(
    { ...state.input, ...(through ? { through } : {}) },
    { date: payment.date, amount: ore(payment.amount) },
  );
  const dated = (b: DatedBalance) => ({ date: b.date, balanceOre: b.balance });
  return {
    check,
    opening: state.opening,
    json: {
      allowed: check.allowed,
      floorOre: check.floor,
      lowestBefore: dated(check.lowestBefore),
      lowestAfter: dated(check.lowestAfter),
      shortfallOre: check.shortfall,
      maxPaymentOre: check.maxPayment,
    },
  };
}
