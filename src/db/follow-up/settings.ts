// The balance requirement's adjustments per year and the liquidity settings (floor and an
// entered opening balance): one row each, upserted, every write audited.
import type { Kysely, Transaction } from 'kysely';
import { ore } from '../../core/money/money.ts';
import type { Ore } from '../../core/money/money.ts';
import type { Actor } from '../plan-store/actor.ts';
import { appendAudit } from '../repos/audit.ts';
import type { Database } from '../schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/** As src/core/outcome/balance-requirement.ts takes them (gains, provisions and uses ≥ 0). */
export type Adjustments = {
  realisationGains: Ore;
  exemptedGains: Ore;
  exemptedLosses: Ore;
  unrealisedSecurities: Ore;
  reserveProvision: Ore;
  reserveUse: Ore;
  comment: string;
};

export const NO_ADJUSTMENTS: Adjustments = {
  realisationGains: ore(0),
  exemptedGains: ore(0),
  exemptedLosses: ore(0),
  unrealisedSecurities: ore(0),
  reserveProvision: ore(0),
  reserveUse: ore(0),
  comment: '',
};

/** Every year's stored adjustments, by year. */
export async function listAdjustments(db: Executor, orgId: string): Promise<Map<number, Adjustments>> {
  const rows = await db
    .selectFrom('balance_requirement_adjustments')
    .selectAll()
    .where('org_id', '=', orgId)
    .execute();
  return new Map(
    rows.map((r) => [
      r.year,
      {
        realisationGains: ore(r.realisation_gains_ore),
        exemptedGains: ore(r.exempted_gains_ore),
        exemptedLosses: ore(r.exempted_losses_ore),
        unrealisedSecurities: ore(r.unrealised_securities_ore),
        reserveProvision: ore(r.reserve_provision_ore),
        reserveUse: ore(r.reserve_use_ore),
        comment: r.comment,
      },
    ]),
  );
}

export async function putAdjustments(
  trx: Transaction<Database>,
  actor: Actor,
  year: number,
  input: Adjustments,
): Promise<void> {
  const before = (await listAdjustments(trx, actor.orgId)).get(year) ?? null;
  const values = {
    realisation_gains_ore: input.realisationGains,
    exempted_gains_ore: input.exemptedGains,
    exempted_losses_ore: input.exemptedLosses,
    unrealised_securities_ore: input.unrealisedSecurities,
    reserve_provision_ore: input.reserveProvision,
    reserve_use_ore: input.reserveUse,
    comment: input.comment,
    updated_by: actor.userId,
    updated_by_name: actor.username,
    updated_at: new Date(),
  };
  await trx
    .insertInto('balance_requirement_adjustments')
    .values({ org_id: actor.orgId, year, ...values })
    .onConflict((oc) => oc.columns(['org_id', 'year']).doUpdateSet(values))
    .execute();
  await appendAudit(trx, {
    ...actor,
    action: before ? 'balanceRequirement.update' : 'balanceRequirement.create',
    entityType: 'balanceRequirement',
    entityId: String(year),
    before,
    after: input,
  });
}

/** NRF 2026–2028 mål 5: the bank balance never below 500 000 kr. */
export const DEFAULT_FLOOR: Ore = ore(50_000_000);

export type LiquiditySettings = {
  floor: Ore;
  opening: { date: string; balance: Ore } | null;
};

export async function getLiquiditySettings(db: Executor, orgId: string): Promise<LiquiditySettings> {
  const row = await db
    .selectFrom('liquidity_settings')
    .selectAll()
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  if (!row) return { floor: DEFAULT_FLOOR, opening: null };
  return {
    floor: ore(row.floor_ore),
    opening:
      row.opening_date !== null && row.opening_balance_ore !== null
        ? { date: row.opening_date, balance: ore(row.opening_balance_ore) }
        : null,
  };
}

export async function putLiquiditySettings(
  trx: Transaction<Database>,
  actor: Actor,
  input: LiquiditySettings,
): Promise<void> {
  const before = await getLiquiditySettings(trx, actor.orgId);
  const values = {
    floor_ore: input.floor,
    opening_date: input.opening?.date ?? null,
    opening_balance_ore: input.opening?.balance ?? null,
    updated_by: actor.userId,
    updated_by_name: actor.username,
    updated_at: new Date(),
  };
  await trx
    .insertInto('liquidity_settings')
    .values({ org_id: actor.orgId, ...values })
    .onConflict((oc) => oc.column('org_id').doUpdateSet(values))
    .execute();
  await appendAudit(trx, {
    ...actor,
    action: 'liquiditySettings.update',
    entityType: 'liquiditySettings',
    entityId: actor.orgId,
    before,
    after: input,
  });
}
