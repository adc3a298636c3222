// Parsed plans and documents by version and revision: reading a plan is frequent, while
// fetching its document (tens of kilobytes of JSON) and parsing it is not free, and a
// (version, revision) pair never changes, so both are safe to keep. Nothing may change
// what these hand out: readers share them.
import type { Plan } from '../../core/plan/types.ts';
import { planFromDocument } from '../../formats/plan-file/to-plan.ts';
import { NotFoundError } from './errors.ts';
import type { Executor, VersionHead, VersionRow } from './versions.ts';

const MAX_ENTRIES = 64;

/** A small LRU map: a hit moves to the end, the oldest entry goes first. */
function lru<V>() {
  const map = new Map<string, V>();
  return {
    get(key: string): V | undefined {
      const hit = map.get(key);
      if (hit !== undefined) {
        map.delete(key);
        map.set(key, hit);
      }
      return hit;
    },
    set(key: string, value: V): void {
      map.set(key, value);
      if (map.size > MAX_ENTRIES) map.delete(map.keys().next().value as string);
    },
  };
}

const plans = lru<Plan>();
const documents = lru<VersionRow['document']>();

export function planOf(row: Pick<VersionRow, 'id' | 'revision' | 'document' | 'number'>): Plan {
  const key = `${row.id}@${row.revision}`;
  const hit = plans.get(key);
  if (hit) return hit;
  const { plan } = planFromDocument(row.document, `version ${row.number}`);
  plans.set(key, plan);
  return plan;
}

/**
 * The whole row for a version read without its document (findVersionHead): the document
 * from memory when this revision was read before, otherwise from the database. If the
 * version changed in between, the newer row is returned whole, never a mix of the two.
 */
export async function withDocument(db: Executor, head: VersionHead): Promise<VersionRow> {
  const document = documents.get(`${head.id}@${head.revision}`);
  if (document !== undefined) return { ...head, document };
  const row = await db.selectFrom('plan_versions').selectAll().where('id', '=', head.id).executeTakeFirst();
  if (!row) throw new NotFoundError(`version ${head.number}`);
  documents.set(`${row.id}@${row.revision}`, row.document);
  return row;
}
