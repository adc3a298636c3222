// A plan version in the database by slug and number, label or "latest", for commands
// that read or change one (as export-plan finds it).
import type { Db } from '../../db/open.ts';
import { findVersion } from '../../db/plan-store/versions.ts';
import type { VersionRow } from '../../db/plan-store/versions.ts';
import { UsageError } from './io.ts';

export type FoundVersion = { org: { id: string; name: string }; row: VersionRow };

export async function findPlanVersion(
  db: Db,
  slug: string,
  version: string | undefined,
  orgCode = 'NRF',
): Promise<FoundVersion> {
  const org = await db.db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('code', '=', orgCode)
    .executeTakeFirst();
  if (!org) throw new UsageError(`no organisation ${orgCode} in the database`);
  try {
    return { org, row: await findVersion(db.db, org.id, slug, version) };
  } catch (error) {
    throw new UsageError(error instanceof Error ? `no ${error.message}` : String(error));
  }
}
