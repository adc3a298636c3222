// The actor's own organisation.
import type { Organisation } from '../../contract/organisation.ts';
import type { AppContext } from '../context.ts';

export async function getOrganisation(ctx: AppContext): Promise<Organisation> {
  return ctx.db.db
    .selectFrom('organisations')
    .select(['id', 'code', 'name', 'kind'])
    .where('id', '=', ctx.actor.orgId)
    .executeTakeFirstOrThrow();
}
