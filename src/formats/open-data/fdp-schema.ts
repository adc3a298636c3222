// The Fiscal Data Package descriptor's rules, written from the published JSON Schema
// (frictionlessdata/schemas fiscal-data-package.json, spec 0.3 with `model`): name, title,
// resources and model are required; each resource has a path, url or data; each measure
// a source and an ISO 4217 currency; each dimension attributes (each with a source) and
// a primary key. validateFiscalDataPackage adds the cross-references the JSON Schema
// cannot express: sources name fields of the resource they point to, keys name attributes.
import { z } from 'zod';

const NAME = /^([-a-z0-9._/])+$/;
const DATE = /^\d{4}-(0?[1-9]|1[012])-(0?[1-9]|[12]\d|3[01])/;
const WORD_KEY = /^\w+/;

const field = z.object({
  name: z.string().min(1),
  type: z.enum(['string', 'integer', 'number', 'date', 'year']),
  title: z.string().optional(),
  description: z.string().optional(),
  constraints: z.object({ required: z.boolean().optional() }).optional(),
});

const resource = z
  .object({
    name: z.string().regex(NAME),
    title: z.string().optional(),
    description: z.string().optional(),
    profile: z.literal('tabular-data-resource'),
    path: z.string().min(1).optional(),
    url: z.string().optional(),
    data: z.unknown().optional(),
    format: z.string().optional(),
    mediatype: z.string().optional(),
    encoding: z.string().optional(),
    bytes: z.number().int().nonnegative().optional(),
    dialect: z.record(z.string(), z.unknown()).optional(),
    schema: z.object({
      fields: z.array(field).min(1),
      primaryKey: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
    }),
  })
  .refine((r) => r.path !== undefined || r.url !== undefined || r.data !== undefined, {
    message: 'a resource needs a path, a url or data',
  });

const keyed = <T extends z.ZodType>(value: T) =>
  z.record(z.string().regex(WORD_KEY), value).refine((r) => Object.keys(r).length > 0, 'may not be empty');

const measure = z.object({
  source: z.string().min(1),
  resource: z.string().optional(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  factor: z.number().optional(),
  direction: z.enum(['expenditure', 'revenue']).optional(),
  phase: z.enum(['proposed', 'approved', 'adjusted', 'executed']).optional(),
});

const attribute = z.object({
  source: z.string().min(1),
  resource: z.string().optional(),
  constant: z.unknown().optional(),
  parent: z.string().optional(),
  labelfor: z.string().optional(),
});

const dimension = z.object({
  attributes: keyed(attribute),
  primaryKey: z.union([z.string(), z.array(z.string()).min(1)]),
  dimensionType: z
    .enum(['datetime', 'entity', 'classification', 'activity', 'fact', 'location', 'other'])
    .optional(),
  classificationType: z.enum(['functional', 'administrative', 'economic']).optional(),
});

export const fiscalDataPackageSchema = z.object({
  profile: z.literal('fiscal-data-package'),
  name: z.string().regex(NAME),
  title: z.string().min(1),
  description: z.string().optional(),
  version: z.string().optional(),
  created: z.string().optional(),
  countryCode: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  granularity: z.enum(['aggregated', 'transactional']).optional(),
  fiscalPeriod: z
    .object({ start: z.string().regex(DATE), end: z.string().regex(DATE).optional() })
    .optional(),
  keywords: z.array(z.string()).optional(),
  sources: z.array(z.object({ title: z.string(), path: z.string().optional() })).optional(),
  resources: z.array(resource).min(1),
  model: z.object({ measures: keyed(measure), dimensions: keyed(dimension) }),
});

export type FiscalDataPackage = z.infer<typeof fiscalDataPackageSchema>;

/** Every problem with a descriptor, as "path: reason"; empty when it is valid. */
export function validateFiscalDataPackage(descriptor: unknown): string[] {
  const parsed = fiscalDataPackageSchema.safeParse(descriptor);
  if (!parsed.success)
    return parsed.error.issues.map((i) => `${i.path.join('.') || '(descriptor)'}: ${i.message}`);
  const pkg = parsed.data;
  const problems: string[] = [];
  const fields = new Map(pkg.resources.map((r) => [r.name, new Set(r.schema.fields.map((f) => f.name))]));
  const first = pkg.resources[0]?.name ?? '';
  const checkSource = (where: string, source: string, resourceName: string | undefined) => {
    const name = resourceName ?? first;
    const known = fields.get(name);
    if (!known) problems.push(`${where}.resource: no resource "${name}"`);
    else if (!known.has(source))
      problems.push(`${where}.source: resource "${name}" has no field "${source}"`);
  };
  for (const [key, m] of Object.entries(pkg.model.measures))
    checkSource(`model.measures.${key}`, m.source, m.resource);
  for (const [key, d] of Object.entries(pkg.model.dimensions)) {
    for (const [name, a] of Object.entries(d.attributes)) {
      checkSource(`model.dimensions.${key}.attributes.${name}`, a.source, a.resource);
      if (a.labelfor !== undefined && !(a.labelfor in d.attributes))
        problems.push(`model.dimensions.${key}.attributes.${name}.labelfor: no attribute "${a.labelfor}"`);
    }
    for (const k of typeof d.primaryKey === 'string' ? [d.primaryKey] : d.primaryKey)
      if (!(k in d.attributes)) problems.push(`model.dimensions.${key}.primaryKey: no attribute "${k}"`);
  }
  return problems;
}
