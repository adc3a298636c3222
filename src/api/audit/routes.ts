// The audit log, read with filters (who, what, when).
import type { OpenAPIHono } from '@hono/zod-openapi';
import { listAuditEntries } from '../../app/audit/list-audit.ts';
import { auditOperations } from '../../contract/audit.ts';
import type { AppEnv } from '../context.ts';
import { mount } from '../operation-route.ts';

export function registerAuditRoutes(app: OpenAPIHono<AppEnv>): void {
  mount(app, auditOperations.list, (input, ctx) => listAuditEntries(ctx, input.query));
}
