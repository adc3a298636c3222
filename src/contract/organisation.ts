// The caller's organisation.
import { z } from 'zod';
import { operation } from './operation.ts';

export const organisation = z
  .object({ id: z.string(), code: z.string(), name: z.string(), kind: z.string() })
  .meta({ id: 'Organisation' });
export type Organisation = z.infer<typeof organisation>;

export const organisationOperations = {
  get: operation({
    id: 'organisation.get',
    method: 'get',
    path: '/api/v1/organisation',
    access: 'plan:read',
    tag: 'Organisation',
    summary: "the caller's organisation",
    response: organisation,
  }),
};
