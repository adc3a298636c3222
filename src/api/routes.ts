// Every route module of the API, one per feature.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { registerAccountingRoutes } from './accounting/routes.ts';
import { registerAuditRoutes } from './audit/routes.ts';
import { registerAuthRoutes } from './auth/routes.ts';
import type { AppEnv } from './context.ts';
import { registerFollowUpReadRoutes } from './follow-up/read-routes.ts';
import { registerLiquidityWriteRoutes } from './follow-up/liquidity-routes.ts';
import { registerMappingRoutes } from './follow-up/mapping-routes.ts';
import { registerFollowUpWriteRoutes } from './follow-up/write-routes.ts';
import { registerOrganisationRoutes } from './organisation/routes.ts';
import { registerPlanLifecycleRoutes } from './plans/lifecycle-routes.ts';
import { registerPlanReadRoutes } from './plans/read-routes.ts';
import { registerPlanWriteRoutes } from './plans/write-routes.ts';
import { registerReportRoutes } from './reports/routes.ts';
import { registerUserRoutes } from './users/routes.ts';

export function registerRoutes(app: OpenAPIHono<AppEnv>): void {
  registerAuthRoutes(app);
  registerUserRoutes(app);
  registerOrganisationRoutes(app);
  registerPlanReadRoutes(app);
  registerPlanWriteRoutes(app);
  registerPlanLifecycleRoutes(app);
  registerAuditRoutes(app);
  registerAccountingRoutes(app);
  registerReportRoutes(app);
  registerFollowUpReadRoutes(app);
  registerFollowUpWriteRoutes(app);
  registerLiquidityWriteRoutes(app);
  registerMappingRoutes(app);
}
