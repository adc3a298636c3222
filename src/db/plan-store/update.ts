// Changes to a version's document. Every change names the revision it was based on. If
// the version has moved on since, the change still goes through when none of the data it
// touches was changed in between (so two people can edit different cells); if any was,
// it is refused with 409 and the current values, never silently overwritten. The whole
// document is validated before it is stored, and the audit rows are written in the same
// transaction.
import type { Transaction } from 'kysely';
import { PlanFileError } from '../../formats/plan-file/issues.ts';
import { formatPath } from '../../formats/plan-file/issues.ts';
import type { PlanFile } from '../../formats/plan-file/schema.ts';
import { planFromDocument } from '../../formats/plan-file/to-plan.ts';
import { appendAudit } from '../repos/audit.ts';
import type { Database } from '../schema.ts';
import type { Actor } from './actor.ts';
import { ConflictError, InvalidChangeError } from './errors.ts';
import { getAt, overlaps, pathToString, setAt } from './paths.ts';
import type { DocPath } from './paths.ts';
import { updateBudgetAmounts } from './projection.ts';
import { lockVersion, refuseIfDecided } from './versions.ts';
import type { VersionRow } from './versions.ts';

export type Edit = { path: DocPath; value: unknown };

/**
 * Edits, or how to make them from the locked document: a change named by key (a budget
 * line, an activity id) must be resolved to its path inside the transaction, or a
 * reordering committed in between could send it to another line.
 */
export type Edits = readonly Edit[] | ((document: PlanFile) => readonly Edit[]);

export type EditResult = {
  version: VersionRow;
  changed: { path: string; before: unknown; after: unknown }[];
};

export async function applyEdits(
  trx: Transaction<Database>,
  actor: Actor,
  slug: string,
  version: VersionRow,
  baseRevision: number,
  editsOrMaker: Edits,
  action: string,
): Promise<EditResult> {
  const row = await lockVersion(trx, version.id);
  refuseIfDecided(row, slug, 'change it');
  const document = row.document as PlanFile;
  const edits = typeof editsOrMaker === 'function' ? editsOrMaker(document) : editsOrMaker;
  const paths = edits.map((e) => pathToString(e.path));

  if (baseRevision > row.revision) {
    throw new ConflictError(
      `revision ${baseRevision} of version ${row.number} does not exist yet (now ${row.revision})`,
      { revision: row.revision },
    );
  }
  if (baseRevision < row.revision) {
    const since = await trx
      .selectFrom('audit_log')
      .select(['path', 'revision', 'username', 'at'])
      .where('org_id', '=', actor.orgId)
      .where('entity_type', '=', 'planVersion')
      .where('entity_id', '=', `${slug}/${row.number}`)
      .where('revision', '>', baseRevision)
      .execute();
    const clashes = since.filter((s) => s.path !== null && paths.some((p) => overlaps(p, s.path as string)));
    if (clashes.length > 0) {
      const current = paths.map((path, i) => ({
        path,
        current: getAt(document, edits[i]?.path ?? []),
        yours: edits[i]?.value,
      }));
      throw new ConflictError(
        `someone else changed ${[...new Set(clashes.map((c) => c.path))].join(', ')} after revision ${baseRevision} (by ${[...new Set(clashes.map((c) => c.username))].join(', ')}); nothing was saved. Current values are in the details.`,
        { revision: row.revision, conflicts: current, changedBy: clashes },
      );
    }
  }

  let next: PlanFile = document;
  const changed: EditResult['changed'] = [];
  for (const edit of edits) {
    const before = getAt(next, edit.path);
    if (JSON.stringify(before) === JSON.stringify(edit.value)) continue;
    next = setAt(next, edit.path, edit.value);
    changed.push({ path: pathToString(edit.path), before, after: edit.value });
  }
  if (changed.length === 0) return { version: row, changed };

  try {
    next = planFromDocument(next, `${slug} version ${row.number}`).document;
  } catch (error) {
    if (error instanceof PlanFileError) {
      const issues = error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
      throw new InvalidChangeError(
        `the change would make the plan invalid: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
        issues,
      );
    }
    throw error;
  }

  const updated = await trx
    .updateTable('plan_versions')
    .set({ document: JSON.stringify(next), revision: row.revision + 1, updated_at: new Date() })
    .where('id', '=', row.id)
    .where('revision', '=', row.revision)
    .returningAll()
    .executeTakeFirstOrThrow();
  await updateBudgetAmounts(trx, actor.orgId, row.id, document, next);
  for (const c of changed) {
    await appendAudit(trx, {
      ...actor,
      action: `planVersion.${action}`,
      entityType: 'planVersion',
      entityId: `${slug}/${row.number}`,
      path: c.path,
      revision: updated.revision,
      before: c.before ?? null,
      after: c.after ?? null,
    });
  }
  return { version: updated, changed };
}
