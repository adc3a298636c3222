// Parsed plans by version and revision: reading a plan is frequent, parsing it is not
// free, and a (version, revision) pair never changes, so it is safe to keep.
import type { Plan } from '../../core/plan/types.ts';
import { planFromDocument } from '../../formats/plan-file/to-plan.ts';
import type { VersionRow } from './versions.ts';

const MAX_ENTRIES = 64;
const cache = new Map<string, Plan>();

export function planOf(row: Pick<VersionRow, 'id' | 'revision' | 'document' | 'number'>): Plan {
  const key = `${row.id}@${row.revision}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const { plan } = planFromDocument(row.document, `version ${row.number}`);
  cache.set(key, plan);
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  return plan;
}
