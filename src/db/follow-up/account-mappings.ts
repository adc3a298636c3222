// The organisation's account mapping (issue 5, item 3): ranges and single-account rules
// onto budget lines. No rows means the default mapping applies, so the whole mapping is
// read and replaced at once; each replacement is one audit entry with before and after.
import type { Kysely, Transaction } from 'kysely';
import type { AccountOverride, MappingRule } from '../../core/outcome/mapping.ts';
import type { Actor } from '../plan-store/actor.ts';
import { appendAudit } from '../repos/audit.ts';
import type { Database } from '../schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export type StoredMapping = { rules: MappingRule[]; overrides: AccountOverride[] };

/** The stored mapping, ordered by account; null when the organisation has none. */
export async function getAccountMapping(db: Executor, orgId: string): Promise<StoredMapping | null> {
  const rows = await db
    .selectFrom('account_mappings')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('from_account')
    .orderBy('account')
    .execute();
  if (rows.length === 0) return null;
  const rules: MappingRule[] = [];
  const overrides: AccountOverride[] = [];
  for (const r of rows) {
    if (r.kind === 'range' && r.from_account !== null && r.to_account !== null)
      rules.push({ range: { from: r.from_account, to: r.to_account }, lineKey: r.line_key });
    else if (r.kind === 'account' && r.account !== null)
      overrides.push({ account: r.account, lineKey: r.line_key });
  }
  return { rules, overrides };
}

const auditShape = (m: StoredMapping | null) =>
  m && {
    ranges: m.rules.map((r) => ({ from: r.range.from, to: r.range.to, line: r.lineKey })),
    accounts: m.overrides.map((o) => ({ account: o.account, line: o.lineKey })),
  };

/** Replaces the whole mapping (checked by the caller); an empty one means the default again. */
export async function putAccountMapping(
  trx: Transaction<Database>,
  actor: Actor,
  mapping: StoredMapping,
): Promise<void> {
  const before = await getAccountMapping(trx, actor.orgId);
  await trx.deleteFrom('account_mappings').where('org_id', '=', actor.orgId).execute();
  const by = { org_id: actor.orgId, updated_by: actor.userId, updated_by_name: actor.username };
  const rows = [
    ...mapping.rules.map((r) => ({
      ...by,
      kind: 'range' as const,
      from_account: r.range.from,
      to_account: r.range.to,
      account: null,
      line_key: r.lineKey,
    })),
    ...mapping.overrides.map((o) => ({
      ...by,
      kind: 'account' as const,
      from_account: null,
      to_account: null,
      account: o.account,
      line_key: o.lineKey,
    })),
  ];
  if (rows.length > 0) await trx.insertInto('account_mappings').values(rows).execute();
  const empty = rows.length === 0;
  await appendAudit(trx, {
    ...actor,
    action: empty ? 'accountMapping.reset' : before ? 'accountMapping.update' : 'accountMapping.create',
    entityType: 'accountMapping',
    entityId: actor.orgId,
    before: auditShape(before),
    after: empty ? null : auditShape(mapping),
  });
}
