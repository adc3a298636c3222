// Schemas every feature's contract shares: the error answer, the plan and version in a path,
// and the scalars (öre, dates, years) with their ranges. A value outside a range is refused
// at the boundary, so whatever is stored can be summed and read back.
import { z } from 'zod';

export const errorSchema = z
  .object({
    error: z.object({
      /** A code of the message catalogue, e.g. "followUp.forecast.commentRequired". */
      code: z.string(),
      /** The code's text in the language asked for (Accept-Language; English by default). */
      message: z.string(),
      params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof errorSchema>;

export const slugParams = z.object({
  slug: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/)
    .max(100)
    .meta({ param: { name: 'slug', in: 'path' }, example: 'nrf-2026-2028' }),
});

export const versionParams = slugParams.extend({
  version: z
    .string()
    .min(1)
    .max(100)
    .meta({
      param: { name: 'version', in: 'path' },
      description: 'number, label or "latest"',
      example: 'latest',
    }),
});

/** The most öre an amount may have: sums of many such amounts stay exact in a double. */
export const MAX_ORE = 1e15;
export const ore = z
  .number()
  .int()
  .min(-MAX_ORE)
  .max(MAX_ORE)
  .meta({ description: 'integer öre, at most ±10^15 (10 000 000 000 000 kr)' });

export const year = z.coerce.number().int().min(1900).max(2200).meta({ example: 2026 });
export const isoDate = z.iso.date().meta({ example: '2026-10-15' });
export const revision = z
  .number()
  .int()
  .positive()
  .max(2_147_483_647)
  .meta({ description: 'the revision of the version the change is based on' });
