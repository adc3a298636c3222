// Payment check (NRF 2026–2028, mål 5): "större utbetalningar ej ska verkställas innan
// likviditeten är avstämd mot detta mål". A payment on a date lowers every balance from
// that date on by its amount, so it is allowed when the lowest balance from that date,
// after the payment, is still at least the floor (exactly the floor is allowed).
import { ZERO, negate, subtract } from '../money/money.ts';
import type { Ore } from '../money/money.ts';
import { lowestFrom, projectLiquidity } from './liquidity.ts';
import type { DatedBalance, LiquidityInput, LiquidityProjection } from './liquidity.ts';
import { parseIsoDate } from './iso-date.ts';
import type { IsoDate } from './iso-date.ts';
import { OutcomeInputError } from './types.ts';

export type PaymentRequest = { date: IsoDate; amount: Ore; label?: string };

export type PaymentCheck = {
  allowed: boolean;
  payment: PaymentRequest;
  floor: Ore;
  /** The lowest projected balance from the payment date on, without and with the payment. */
  lowestBefore: DatedBalance;
  lowestAfter: DatedBalance;
  /** How far below the floor the payment would take the balance (0 when allowed). */
  shortfall: Ore;
  /** The largest payment that date that keeps the floor (0 when the floor is already broken). */
  maxPayment: Ore;
  /** The floor is broken somewhere in the projection even without this payment. */
  floorAlreadyBroken: boolean;
  projection: LiquidityProjection;
};

export function paymentCheck(input: LiquidityInput, payment: PaymentRequest): PaymentCheck {
  parseIsoDate(payment.date);
  if (payment.amount <= 0) {
    throw new OutcomeInputError(`a payment to check is a positive amount, got ${payment.amount} öre`);
  }
  const before = projectLiquidity(input);
  if (payment.date <= before.opening.date || payment.date > before.through) {
    throw new OutcomeInputError(
      `the payment date ${payment.date} is outside the projection (${before.opening.date} exclusive to ${before.through})`,
    );
  }
  const flow = {
    date: payment.date,
    amount: negate(payment.amount),
    label: payment.label ?? 'Utbetalning',
    kind: 'other' as const,
  };
  const after = projectLiquidity({ ...input, flows: [...input.flows, flow] });
  const lowestBefore = lowestFrom(before, payment.date);
  const lowestAfter = lowestFrom(after, payment.date);
  const allowed = lowestAfter.balance >= input.floor;
  const headroom = subtract(lowestBefore.balance, input.floor);
  return {
    allowed,
    payment,
    floor: input.floor,
    lowestBefore,
    lowestAfter,
    shortfall: allowed ? ZERO : subtract(input.floor, lowestAfter.balance),
    maxPayment: headroom > 0 ? headroom : ZERO,
    floorAlreadyBroken: before.breaksFloor,
    projection: after,
  };
}
