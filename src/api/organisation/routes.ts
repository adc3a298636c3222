// The caller's organisation.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { getOrganisation } from '../../app/organisations/get-organisation.ts';
import { organisationOperations } from '../../contract/organisation.ts';
import type { AppEnv } from '../context.ts';
import { mount } from '../operation-route.ts';

export function registerOrganisationRoutes(app: OpenAPIHono<AppEnv>): void {
  mount(app, organisationOperations.get, (_input, ctx) => getOrganisation(ctx));
}
