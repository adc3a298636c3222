// Forecast overrides: the economist's full-year forecast for a budget line, with the
// comment saying why (issue 5, item 4). Per plan and year; every write is audited in the
// same transaction.
import type { Kysely, Transaction } from 'kysely';
import { ore } from '../../core/money/money.ts';
import type { Ore } from '../../core/money/money.ts';
import type { Actor } from '../plan-store/actor.ts';
import { appendAudit } from '../repos/audit.ts';
import type { Database } from '../schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export type StoredOverride = {
  lineKey: string;
  year: number;
  amount: Ore;
  comment: string;
  by: string;
  at: string;
};

export async function listOverrides(
  db: Executor,
  orgId: string,
  planId: string,
  year: number,
): Promise<StoredOverride[]> {
  const rows = await db
    .selectFrom('forecast_overrides')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('plan_id', '=', planId)
    .where('year', '=', year)
    .orderBy('line_key')
    .execute();
  return rows.map((r) => ({
    lineKey: r.line_key,
    year: r.year,
    amount: ore(r.amount_ore),
    comment: r.comment,
    by: r.created_by_name,
    at: new Date(r.created_at).toISOString(),
  }));
}

const entityId = (slug: string, year: number, lineKey: string) => `${slug}/${year}/${lineKey}`;

/** Sets (or replaces) a line's override; the comment is checked by the caller and the table. */
export async function putOverride(
  trx: Transaction<Database>,
  actor: Actor,
  plan: { id: string; slug: string },
  input: { year: number; lineKey: string; amount: Ore; comment: string },
): Promise<void> {
  const before = await trx
    .selectFrom('forecast_overrides')
    .select(['amount_ore', 'comment'])
    .where('org_id', '=', actor.orgId)
    .where('plan_id', '=', plan.id)
    .where('year', '=', input.year)
    .where('line_key', '=', input.lineKey)
    .executeTakeFirst();
  const values = {
    amount_ore: input.amount,
    comment: input.comment,
    created_by: actor.userId,
    created_by_name: actor.username,
    created_at: new Date(),
  };
  await trx
    .insertInto('forecast_overrides')
    .values({ org_id: actor.orgId, plan_id: plan.id, year: input.year, line_key: input.lineKey, ...values })
    .onConflict((oc) => oc.columns(['org_id', 'plan_id', 'year', 'line_key']).doUpdateSet(values))
    .execute();
  await appendAudit(trx, {
    ...actor,
    action: before ? 'forecastOverride.update' : 'forecastOverride.create',
    entityType: 'forecastOverride',
    entityId: entityId(plan.slug, input.year, input.lineKey),
    before: before ? { amountOre: before.amount_ore, comment: before.comment } : null,
    after: { amountOre: input.amount, comment: input.comment },
  });
}

/** Removes a line's override; false when there was none. */
export async function deleteOverride(
  trx: Transaction<Database>,
  actor: Actor,
  plan: { id: string; slug: string },
  year: number,
  lineKey: string,
): Promise<boolean> {
  const removed = await trx
    .deleteFrom('forecast_overrides')
    .where('org_id', '=', actor.orgId)
    .where('plan_id', '=', plan.id)
    .where('year', '=', year)
    .where('line_key', '=', lineKey)
    .returning(['amount_ore', 'comment'])
    .executeTakeFirst();
  if (!removed) return false;
  await appendAudit(trx, {
    ...actor,
    action: 'forecastOverride.delete',
    entityType: 'forecastOverride',
    entityId: entityId(plan.slug, year, lineKey),
    before: { amountOre: removed.amount_ore, comment: removed.comment },
    after: null,
  });
  return true;
}
