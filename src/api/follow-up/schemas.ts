// Request schemas of the follow-up endpoints (the OpenAPI document comes from these) and
// the plan a request is about.
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Plan } from '../../core/plan/types.ts';
import { planOf } from '../../db/plan-store/cache.ts';
import type { VersionRow } from '../../db/plan-store/versions.ts';
import type { AppEnv, SessionUser } from '../context.ts';
import { readableVersion } from '../plans/store.ts';

export const BASE = '/api/v1/plans/{slug}/versions/{version}/follow-up';
export const security = [{ session: [] }];
export const tags = ['Follow-up'];

export const year = z.coerce.number().int().min(1900).max(2200).openapi({ example: 2026 });
export const isoDate = z.iso.date().openapi({ example: '2026-10-15' });
const ore = z.number().int().refine(Number.isSafeInteger, 'a whole number of öre within ±2^53');
const text = (max: number) => z.string().max(max);

export const lineParams = z.object({
  lineKey: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'lineKey', in: 'path' }, example: 'revenue' }),
});

export const overrideBody = z
  .object({
    year: z.number().int().min(1900).max(2200),
    amountOre: ore.openapi({ description: 'the full-year forecast for the line, signed as printed' }),
    comment: text(5000).openapi({ description: 'why the default forecast is not used; required' }),
  })
  .openapi('ForecastOverrideBody');

export const adjustmentsBody = z
  .object({
    realisationGainsOre: ore.min(0),
    exemptedGainsOre: ore.min(0),
    exemptedLossesOre: ore.min(0),
    unrealisedSecuritiesOre: ore.openapi({ description: 'signed as in the result' }),
    reserveProvisionOre: ore.min(0),
    reserveUseOre: ore.min(0),
    comment: text(5000),
  })
  .openapi('BalanceRequirementAdjustments');

export const flowBody = z
  .object({
    date: isoDate,
    amountOre: ore.openapi({ description: 'receipts positive, payments negative; not 0' }),
    label: z.string().trim().min(1).max(200),
    kind: z.enum(['memberInvoice', 'grant', 'purchasedServices', 'salaries', 'other']),
    repeat: z.object({ monthly: z.literal(true), until: isoDate }).nullable(),
  })
  .openapi('PlannedFlowBody');

export const paymentBody = z
  .object({ date: isoDate, amountOre: ore.openapi({ description: 'the payment, a positive amount' }) })
  .openapi('PaymentCheckBody');

export const liquiditySettingsBody = z
  .object({
    floorOre: ore.min(0),
    opening: z.object({ date: isoDate, balanceOre: ore }).nullable(),
  })
  .openapi('LiquiditySettingsBody');

export type PlanContext = { row: VersionRow; plan: Plan; planId: string };

/** The version the caller may read (members: decided ones only) and its plan. */
export async function planContext(
  c: Context<AppEnv>,
  user: SessionUser,
  slug: string,
  version: string,
): Promise<PlanContext> {
  const row = await readableVersion(c, user, slug, version);
  return { row, plan: planOf(row), planId: row.plan_id };
}
