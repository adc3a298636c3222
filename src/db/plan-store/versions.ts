// Plans and their versions: lookup by slug and by number, label or "latest", and the
// lifecycle draft → proposed → decided (board date and §) → superseded. A decided
// version is immutable; a revision starts a new draft from it.
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { PlanFile } from '../../formats/plan-file/schema.ts';
import { appendAudit } from '../repos/audit.ts';
import type { Database, PlanVersionsTable, VersionStatus } from '../schema.ts';
import type { Actor } from './actor.ts';
import { ConflictError, NotFoundError } from './errors.ts';
import { replaceBudgetAmounts } from './projection.ts';

export type VersionRow = Selectable<PlanVersionsTable>;
export type Executor = Kysely<Database> | Transaction<Database>;

export async function findPlanId(db: Executor, orgId: string, slug: string): Promise<string> {
  const plan = await db
    .selectFrom('plans')
    .select('id')
    .where('org_id', '=', orgId)
    .where('slug', '=', slug)
    .executeTakeFirst();
  if (!plan) throw new NotFoundError(`plan "${slug}"`);
  return plan.id;
}

export type VersionHead = Omit<VersionRow, 'document'>;

/** Every column but the document, which is large and, for a revision read before, cached (cache.ts). */
const HEAD_COLUMNS = [
  'plan_versions.id',
  'plan_versions.org_id',
  'plan_versions.plan_id',
  'plan_versions.number',
  'plan_versions.label',
  'plan_versions.status',
  'plan_versions.decided_on',
  'plan_versions.decision_paragraph',
  'plan_versions.based_on',
  'plan_versions.revision',
  'plan_versions.created_by',
  'plan_versions.created_at',
  'plan_versions.updated_at',
] as const;

/** The plan by slug and the version by reference in one query (one round trip per request). */
function versionQuery(
  db: Executor,
  orgId: string,
  slug: string,
  ref: string | undefined,
  options: { onlyDecided?: boolean },
) {
  let query = db
    .selectFrom('plan_versions')
    .innerJoin('plans', 'plans.id', 'plan_versions.plan_id')
    .where('plans.org_id', '=', orgId)
    .where('plans.slug', '=', slug)
    .where('plan_versions.org_id', '=', orgId);
  if (options.onlyDecided) query = query.where('plan_versions.status', 'in', ['decided', 'superseded']);
  if (ref === undefined || ref === 'latest') return query.orderBy('plan_versions.number', 'desc').limit(1);
  return /^\d+$/.test(ref)
    ? query.where('plan_versions.number', '=', Number(ref))
    : query.where('plan_versions.label', '=', ref);
}

/** Names what is missing: the plan, or the version of an existing plan. */
async function versionNotFound(
  db: Executor,
  orgId: string,
  slug: string,
  ref: string | undefined,
  options: { onlyDecided?: boolean },
): Promise<never> {
  await findPlanId(db, orgId, slug);
  if (ref === undefined || ref === 'latest')
    throw new NotFoundError(`a ${options.onlyDecided ? 'decided ' : ''}version of plan "${slug}"`);
  throw new NotFoundError(`version "${ref}" of plan "${slug}"`);
}

/**
 * A version by number ("2"), label ("Beslutad 2025-12-03") or "latest". `onlyDecided`
 * (for the member role) considers decided and superseded versions only.
 */
export async function findVersion(
  db: Executor,
  orgId: string,
  slug: string,
  ref: string | undefined,
  options: { onlyDecided?: boolean } = {},
): Promise<VersionRow> {
  const row = await versionQuery(db, orgId, slug, ref, options).selectAll('plan_versions').executeTakeFirst();
  return row ?? versionNotFound(db, orgId, slug, ref, options);
}

/** findVersion without the document. */
export async function findVersionHead(
  db: Executor,
  orgId: string,
  slug: string,
  ref: string | undefined,
  options: { onlyDecided?: boolean } = {},
): Promise<VersionHead> {
  const row = await versionQuery(db, orgId, slug, ref, options).select(HEAD_COLUMNS).executeTakeFirst();
  return row ?? versionNotFound(db, orgId, slug, ref, options);
}

export async function listVersions(
  db: Executor,
  orgId: string,
  slug: string,
  options: { onlyDecided?: boolean } = {},
) {
  const planId = await findPlanId(db, orgId, slug);
  let query = db
    .selectFrom('plan_versions')
    .select([
      'id',
      'number',
      'label',
      'status',
      'decided_on',
      'decision_paragraph',
      'based_on',
      'revision',
      'created_at',
      'updated_at',
    ])
    .where('org_id', '=', orgId)
    .where('plan_id', '=', planId);
  if (options.onlyDecided) query = query.where('status', 'in', ['decided', 'superseded']);
  return query.orderBy('number', 'asc').execute();
}

/** Creates a plan (if new) with a first version holding the document. */
export async function createPlanVersion(
  trx: Transaction<Database>,
  actor: Actor,
  slug: string,
  document: PlanFile,
  options: { status?: VersionStatus; label?: string | null; basedOn?: string | null } = {},
): Promise<VersionRow> {
  let plan = await trx
    .selectFrom('plans')
    .select('id')
    .where('org_id', '=', actor.orgId)
    .where('slug', '=', slug)
    .executeTakeFirst();
  if (!plan) {
    plan = await trx
      .insertInto('plans')
      .values({ org_id: actor.orgId, slug })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, {
      ...actor,
      action: 'plan.create',
      entityType: 'plan',
      entityId: slug,
      after: { slug },
    });
  }
  const last = await trx
    .selectFrom('plan_versions')
    .select((eb) => eb.fn.max('number').as('n'))
    .where('plan_id', '=', plan.id)
    .executeTakeFirst();
  const number = Number(last?.n ?? 0) + 1;
  const row = await trx
    .insertInto('plan_versions')
    .values({
      org_id: actor.orgId,
      plan_id: plan.id,
      number,
      label: options.label ?? null,
      status: options.status ?? 'draft',
      based_on: options.basedOn ?? null,
      document: JSON.stringify(document),
      created_by: actor.userId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await replaceBudgetAmounts(trx, actor.orgId, row.id, document);
  await appendAudit(trx, {
    ...actor,
    action: 'planVersion.create',
    entityType: 'planVersion',
    entityId: `${slug}/${number}`,
    revision: row.revision,
    after: { status: row.status, basedOn: options.basedOn ?? null },
  });
  return row;
}

async function lockVersion(trx: Transaction<Database>, id: string): Promise<VersionRow> {
  return trx
    .selectFrom('plan_versions')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

function refuseIfDecided(row: VersionRow, slug: string, what: string): void {
  if (row.status === 'decided' || row.status === 'superseded') {
    throw new ConflictError(
      `version ${row.number} of "${slug}" is ${row.status}${row.decided_on ? ` (board decision ${row.decided_on} ${row.decision_paragraph ?? ''})`.trimEnd() : ''} and cannot be changed; start a revision to ${what}`,
      {
        status: row.status,
        number: row.number,
        decidedOn: row.decided_on,
        decisionParagraph: row.decision_paragraph,
      },
    );
  }
}

export { refuseIfDecided, lockVersion };

/** A new draft from an existing version (its document copied). */
export async function reviseVersion(
  trx: Transaction<Database>,
  actor: Actor,
  slug: string,
  from: VersionRow,
): Promise<VersionRow> {
  return createPlanVersion(trx, actor, slug, from.document as PlanFile, {
    status: 'draft',
    basedOn: from.id,
  });
}

export async function proposeVersion(
  trx: Transaction<Database>,
  actor: Actor,
  slug: string,
  version: VersionRow,
  expectedRevision: number,
): Promise<VersionRow> {
  const row = await lockVersion(trx, version.id);
  refuseIfDecided(row, slug, 'propose changes');
  if (row.revision !== expectedRevision) throw staleVersion(row, slug, expectedRevision);
  if (row.status !== 'draft')
    throw new ConflictError(`version ${row.number} of "${slug}" is ${row.status}, not a draft`, {
      status: row.status,
    });
  return setStatus(trx, actor, slug, row, { status: 'proposed' });
}

export async function decideVersion(
  trx: Transaction<Database>,
  actor: Actor,
  slug: string,
  version: VersionRow,
  decision: { date: string; paragraph: string; label?: string | undefined },
  expectedRevision: number,
): Promise<VersionRow> {
  const row = await lockVersion(trx, version.id);
  refuseIfDecided(row, slug, 'decide changes');
  if (row.revision !== expectedRevision) throw staleVersion(row, slug, expectedRevision);
  // The version decided before is now superseded by this one.
  const previous = await trx
    .selectFrom('plan_versions')
    .selectAll()
    .where('plan_id', '=', row.plan_id)
    .where('status', '=', 'decided')
    .execute();
  for (const p of previous) await setStatus(trx, actor, slug, p, { status: 'superseded' });
  return setStatus(trx, actor, slug, row, {
    status: 'decided',
    decided_on: decision.date,
    decision_paragraph: decision.paragraph,
    ...(decision.label ? { label: decision.label } : {}),
  });
}

export function staleVersion(row: VersionRow, slug: string, expected: number): ConflictError {
  return new ConflictError(
    `version ${row.number} of "${slug}" has changed since revision ${expected} (now ${row.revision}); reload and try again`,
    {
      revision: row.revision,
      status: row.status,
    },
  );
}

async function setStatus(
  trx: Transaction<Database>,
  actor: Actor,
  slug: string,
  row: VersionRow,
  change: { status: VersionStatus; decided_on?: string; decision_paragraph?: string; label?: string },
): Promise<VersionRow> {
  const updated = await trx
    .updateTable('plan_versions')
    .set({ ...change, revision: row.revision + 1, updated_at: new Date() })
    .where('id', '=', row.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await appendAudit(trx, {
    ...actor,
    action: `planVersion.${change.status === 'decided' ? 'decide' : change.status === 'proposed' ? 'propose' : 'supersede'}`,
    entityType: 'planVersion',
    entityId: `${slug}/${row.number}`,
    path: 'status',
    revision: updated.revision,
    before: { status: row.status, decidedOn: row.decided_on, decisionParagraph: row.decision_paragraph },
    after: {
      status: updated.status,
      decidedOn: updated.decided_on,
      decisionParagraph: updated.decision_paragraph,
    },
  });
  return updated;
}
