// Writes a plan document back to YAML, the form of data/plans/*.yaml. Export, import and
// export again gives the same text: the document keeps its key order (the database stores
// it as json, not jsonb, for this reason) and YAML output is deterministic.
import { stringify } from 'yaml';
import type { PlanFile } from './schema.ts';

export function writePlanYaml(document: PlanFile, header?: string): string {
  const body = stringify(document, { lineWidth: 0, indent: 2, aliasDuplicateObjects: false });
  const comment = header
    ? header
        .split('\n')
        .map((l) => `# ${l}`.trimEnd())
        .join('\n') + '\n'
    : '';
  return comment + body;
}
