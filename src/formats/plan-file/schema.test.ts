import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { planFileJsonSchema, planFileSchema } from './schema.ts';

const published = fileURLToPath(new URL('../../../schema/plan-file.schema.json', import.meta.url));
const plans = fileURLToPath(new URL('../../../data/plans/', import.meta.url));

type SchemaNode = Record<string, unknown>;

// The keywords of JSON Schema draft 2020-12 (core, applicator, validation, format and
// meta-data vocabularies). A keyword outside this list (e.g. draft-04's `definitions`) would
// be silently ignored by validators, so the published schema uses none.
const KEYWORDS_2020_12 = new Set([
  '$schema',
  '$id',
  '$ref',
  '$defs',
  '$anchor',
  '$dynamicRef',
  '$dynamicAnchor',
  '$vocabulary',
  '$comment',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'if',
  'then',
  'else',
  'dependentSchemas',
  'prefixItems',
  'items',
  'contains',
  'properties',
  'patternProperties',
  'additionalProperties',
  'propertyNames',
  'unevaluatedItems',
  'unevaluatedProperties',
  'type',
  'enum',
  'const',
  'multipleOf',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'maxItems',
  'minItems',
  'uniqueItems',
  'maxContains',
  'minContains',
  'maxProperties',
  'minProperties',
  'required',
  'dependentRequired',
  'format',
  'title',
  'description',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
  'examples',
]);
const TYPES = new Set(['null', 'boolean', 'object', 'array', 'number', 'string', 'integer']);
/** Keywords whose value is a map from names to subschemas. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas']);
/** Keywords whose value is a subschema or a list of subschemas. */
const SUBSCHEMAS = new Set([
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'if',
  'then',
  'else',
  'prefixItems',
  'items',
  'contains',
  'additionalProperties',
  'propertyNames',
  'unevaluatedItems',
  'unevaluatedProperties',
]);

/** Every (sub)schema of the document with its JSON pointer. */
function subschemas(node: unknown, pointer = '#'): [string, SchemaNode][] {
  if (typeof node === 'boolean') return [];
  const schema = node as SchemaNode;
  const out: [string, SchemaNode][] = [[pointer, schema]];
  for (const [key, value] of Object.entries(schema)) {
    if (SCHEMA_MAPS.has(key)) {
      for (const [name, sub] of Object.entries(value as SchemaNode))
        out.push(...subschemas(sub, `${pointer}/${key}/${name}`));
    } else if (SUBSCHEMAS.has(key)) {
      const list = Array.isArray(value) ? value : [value];
      list.forEach((sub, i) =>
        out.push(...subschemas(sub, `${pointer}/${key}${Array.isArray(value) ? `/${i}` : ''}`)),
      );
    }
  }
  return out;
}

describe('the plan-file JSON Schema', () => {
  const schema = planFileJsonSchema();
  const all = subschemas(schema);

  it('is a draft 2020-12 schema of an object with the plan file’s top-level fields', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('urn:planvis:plan-file:v1');
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'budget', 'members', 'goals']));
    const properties = schema.properties as Record<string, SchemaNode>;
    expect(Object.keys(properties)).toEqual(Object.keys(planFileSchema.shape));
    expect(properties.schemaVersion).toMatchObject({ const: 1 });
    expect(properties.budget).toMatchObject({ type: 'object', additionalProperties: false });
    expect(properties.budget?.required).toEqual(expect.arrayContaining(['columns', 'lines', 'result']));
  });

  it('uses only draft 2020-12 keywords, with well-formed values', () => {
    const problems: string[] = [];
    for (const [pointer, node] of all) {
      for (const key of Object.keys(node))
        if (!KEYWORDS_2020_12.has(key)) problems.push(`${pointer}: unknown keyword ${key}`);
      const types = node.type === undefined ? [] : Array.isArray(node.type) ? node.type : [node.type];
      for (const t of types) if (!TYPES.has(t as string)) problems.push(`${pointer}: type ${String(t)}`);
      if (typeof node.pattern === 'string') {
        try {
          new RegExp(node.pattern, 'u');
        } catch {
          problems.push(`${pointer}: pattern ${node.pattern}`);
        }
      }
      if (node.enum !== undefined && (node.enum as unknown[]).length === 0)
        problems.push(`${pointer}: empty enum`);
      const required = (node.required ?? []) as string[];
      if (new Set(required).size !== required.length) problems.push(`${pointer}: repeated required field`);
      const named = Object.keys((node.properties ?? {}) as SchemaNode);
      for (const field of required)
        if (!named.includes(field)) problems.push(`${pointer}: required ${field} is not a property`);
    }
    expect(all.length).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });

  it('resolves every $ref to a definition', () => {
    const refs = all.map(([, node]) => node.$ref).filter((r): r is string => typeof r === 'string');
    expect(refs).toEqual(['#/$defs/activity', '#/$defs/activity']);
    const defs = schema.$defs as Record<string, unknown>;
    expect(refs.filter((ref) => defs[ref.replace('#/$defs/', '')] === undefined)).toEqual([]);
  });

  it('closes every object with named fields, as the reader does (a misspelt field is an error)', () => {
    const objects = all.filter(([, node]) => node.properties !== undefined);
    expect(objects.length).toBeGreaterThan(30);
    expect(
      objects.filter(([, node]) => node.additionalProperties !== false).map(([pointer]) => pointer),
    ).toEqual([]);
  });

  it('keys amounts by four-digit years and stores whole units', () => {
    const budget = (schema.properties as Record<string, SchemaNode>).budget as SchemaNode;
    const lines = (budget.properties as Record<string, SchemaNode>).lines as SchemaNode;
    const amounts = ((lines.items as SchemaNode).properties as Record<string, SchemaNode>).amounts;
    expect(amounts).toMatchObject({
      type: 'object',
      propertyNames: { pattern: '^\\d{4}$' },
      additionalProperties: { type: 'integer' },
    });
  });

  it('is published unchanged in schema/plan-file.schema.json', () => {
    // Regenerate with `planvis schema --out schema/plan-file.schema.json` after changing schema.ts.
    expect(readFileSync(published, 'utf8')).toBe(JSON.stringify(schema, null, 2) + '\n');
  });
});

describe('the zod schema', () => {
  it.each(['nrf-2018-2020', 'nrf-2026-2028'])('accepts the seed plan %s', (slug) => {
    const result = planFileSchema.safeParse(parse(readFileSync(`${plans}${slug}.yaml`, 'utf8')));
    expect(result.success).toBe(true);
  });
});
