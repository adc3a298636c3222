// Request and response schemas of the plan endpoints; the OpenAPI document is generated
// from these same schemas.
import { z } from '@hono/zod-openapi';

export const errorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }) })
  .openapi('Error');

export const slugParams = z.object({
  slug: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/)
    .openapi({ param: { name: 'slug', in: 'path' }, example: 'nrf-2026-2028' }),
});

export const versionParams = slugParams.extend({
  version: z
    .string()
    .min(1)
    .max(100)
    .openapi({
      param: { name: 'version', in: 'path' },
      description: 'number, label or "latest"',
      example: 'latest',
    }),
});

export const versionSchema = z
  .object({
    plan: z.string(),
    id: z.string(),
    number: z.number().int(),
    label: z.string().nullable(),
    status: z.enum(['draft', 'proposed', 'decided', 'superseded']),
    decision: z.object({ date: z.string(), paragraph: z.string().nullable() }).nullable(),
    basedOn: z.string().nullable(),
    revision: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('PlanVersion');

/** A view whose shape is documented in prose; money fields end in "Ore" and are integer öre. */
export const viewSchema = (name: string) => z.record(z.string(), z.unknown()).openapi(name);

export const revision = z
  .number()
  .int()
  .positive()
  .openapi({ description: 'the revision of the version the change is based on' });

export const budgetPatchSchema = z
  .object({
    revision,
    changes: z
      .array(
        z.object({
          line: z.string().min(1).openapi({ example: 'staffCosts' }),
          year: z.number().int().min(1900).max(2200),
          amount: z
            .number()
            .int()
            .openapi({ description: "whole units of the budget's unit (tkr), signed as printed" }),
        }),
      )
      .min(1)
      .max(10_000),
  })
  .openapi('BudgetPatch');

export const figuresPatchSchema = z
  .object({
    revision,
    changes: z
      .array(
        z.object({
          path: z.string().min(1).openapi({ example: 'contributions[0].areas[0].rows[0].perMember.RVN' }),
          value: z.unknown(),
        }),
      )
      .min(1)
      .max(10_000),
  })
  .openapi('FiguresPatch');

export const followUpSchema = z
  .object({
    revision,
    period: z.string().min(1),
    status: z.enum(['notStarted', 'inProgress', 'done', 'notDone']),
    comment: z.string().max(5000).optional(),
  })
  .openapi('FollowUpUpdate');

export const decideSchema = z
  .object({
    revision,
    date: z.iso.date().openapi({ example: '2025-12-03' }),
    paragraph: z
      .string()
      .regex(/^§ ?\d+[a-z]?$/, 'expected a paragraph such as "§ 12"')
      .openapi({ example: '§ 12' }),
    label: z.string().min(1).max(100).optional(),
  })
  .openapi('Decision');

export const reviseSchema = z
  .object({ from: z.string().min(1).max(100).openapi({ example: 'latest' }) })
  .openapi('Revision');
export const proposeSchema = z.object({ revision }).openapi('Proposal');

export const jsonResponse = (schema: z.ZodType, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});

export const errorResponses = {
  400: jsonResponse(errorSchema, 'invalid input, with each field path and reason'),
  401: jsonResponse(errorSchema, 'not logged in'),
  403: jsonResponse(errorSchema, "the caller's role may not do this"),
  404: jsonResponse(errorSchema, 'no such plan, version or item in the organisation'),
} as const;

export const writeErrorResponses = {
  ...errorResponses,
  409: jsonResponse(errorSchema, 'stale or immutable: the current state is in details'),
} as const;
