// First start: the organisation and the bundled plans. Idempotent: a plan already in the
// database is left alone, so a second start changes nothing.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readPlanDocument } from '../../formats/plan-file/read-plan.ts';
import type { Db } from '../open.ts';
import { systemActor } from './actor.ts';
import { createPlanVersion } from './versions.ts';
import { appendAudit } from '../repos/audit.ts';

export type SeedResult = { orgId: string; createdOrganisation: boolean; loadedPlans: string[] };

export async function seedOrganisation(
  db: Db,
  org: { code: string; name: string; kind: 'federation' | 'region' | 'municipality' },
  planFiles: readonly string[],
): Promise<SeedResult> {
  return db.db.transaction().execute(async (trx) => {
    let createdOrganisation = false;
    let row = await trx
      .selectFrom('organisations')
      .select('id')
      .where('code', '=', org.code)
      .executeTakeFirst();
    if (!row) {
      row = await trx.insertInto('organisations').values(org).returning('id').executeTakeFirstOrThrow();
      await appendAudit(trx, {
        ...systemActor(row.id),
        action: 'organisation.create',
        entityType: 'organisation',
        entityId: org.code,
        after: org,
      });
      createdOrganisation = true;
    }
    const orgId = row.id;
    const loadedPlans: string[] = [];
    for (const file of planFiles) {
      const slug = basename(file).replace(/\.ya?ml$/, '');
      const exists = await trx
        .selectFrom('plans')
        .select('id')
        .where('org_id', '=', orgId)
        .where('slug', '=', slug)
        .executeTakeFirst();
      if (exists) continue;
      const { document } = readPlanDocument(readFileSync(file, 'utf8'), file);
      if (document.organisation.code !== org.code) continue;
      await createPlanVersion(trx, systemActor(orgId), slug, document, {
        status: 'draft',
        label: 'Importerad från dokument',
      });
      loadedPlans.push(slug);
    }
    return { orgId, createdOrganisation, loadedPlans };
  });
}
