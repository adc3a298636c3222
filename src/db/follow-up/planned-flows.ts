// Planned receipts and payments on the bank account (issue 5, item 6): the liquidity
// projection's input besides the opening balance. The organisation's, not a plan's.
import type { Kysely, Transaction } from 'kysely';
import { ore } from '../../core/money/money.ts';
import type { Ore } from '../../core/money/money.ts';
import type { Actor } from '../plan-store/actor.ts';
import { appendAudit } from '../repos/audit.ts';
import type { Database } from '../schema.ts';
import type { FlowKind } from './tables.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export type StoredFlow = {
  id: string;
  date: string;
  amount: Ore;
  label: string;
  kind: FlowKind;
  repeatUntil: string | null;
};

export type NewFlow = Omit<StoredFlow, 'id'>;

export async function listFlows(db: Executor, orgId: string): Promise<StoredFlow[]> {
  const rows = await db
    .selectFrom('planned_flows')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('date')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    date: r.date,
    amount: ore(r.amount_ore),
    label: r.label,
    kind: r.kind,
    repeatUntil: r.repeat_until,
  }));
}

export async function insertFlow(
  trx: Transaction<Database>,
  actor: Actor,
  flow: NewFlow,
): Promise<StoredFlow> {
  const row = await trx
    .insertInto('planned_flows')
    .values({
      org_id: actor.orgId,
      date: flow.date,
      amount_ore: flow.amount,
      label: flow.label,
      kind: flow.kind,
      repeat_until: flow.repeatUntil,
      created_by: actor.userId,
      created_by_name: actor.username,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const stored = { ...flow, id: row.id };
  await appendAudit(trx, {
    ...actor,
    action: 'plannedFlow.create',
    entityType: 'plannedFlow',
    entityId: row.id,
    after: stored,
  });
  return stored;
}

/** Deletes a flow of the actor's organisation; false when there is none with that id. */
export async function deleteFlow(trx: Transaction<Database>, actor: Actor, id: string): Promise<boolean> {
  const removed = await trx
    .deleteFrom('planned_flows')
    .where('org_id', '=', actor.orgId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  if (!removed) return false;
  await appendAudit(trx, {
    ...actor,
    action: 'plannedFlow.delete',
    entityType: 'plannedFlow',
    entityId: id,
    before: {
      date: removed.date,
      amount: removed.amount_ore,
      label: removed.label,
      kind: removed.kind,
      repeatUntil: removed.repeat_until,
    },
    after: null,
  });
  return true;
}
