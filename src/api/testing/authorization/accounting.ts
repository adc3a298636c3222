// The matrix entries for accounting (/api/v1/accounting/...): SIE imports and their progress,
// the outcome and the vouchers.
import { randomUUID } from 'node:crypto';
import type { Endpoint } from './matrix.ts';
import { READERS, get, only } from './matrix.ts';

export const ACCOUNTING_ENDPOINTS: readonly Endpoint[] = [
  {
    // A valid SIE file: each allowed caller's import replaces the one before (same year).
    method: 'POST',
    route: '/api/v1/accounting/sie-imports',
    prepare: async () => {
      const { readFileSync } = await import('node:fs');
      return {
        path: '/api/v1/accounting/sie-imports?fileName=nrf-2026.se',
        raw: readFileSync(
          new URL('../../../db/accounting/fixtures/ok/nrf-2026.se', import.meta.url),
          'latin1',
        ),
        contentType: 'application/octet-stream',
      };
    },
    expect: only(201, ['admin', 'economist']),
  },
  {
    // The caller's own upload, put on the board as the POST would (for every role, so the
    // roles that may not import are refused for their role, not for a missing entry).
    method: 'GET',
    route: '/api/v1/accounting/sie-imports/progress/{progressId}',
    prepare: async (ctx, caller) => {
      const id = randomUUID();
      if (caller !== 'anonymous') {
        const user = {
          userId: ctx.users[caller].id,
          orgId: ctx.orgId,
          username: caller,
          displayName: caller,
        };
        const session = { ...user, sessionId: 'matrix', role: caller, memberCode: null, csrfToken: '' };
        ctx.deps.importProgress.track(session, id).importing({ phase: 'done', rows: 31, totalRows: 31 });
      }
      return { path: `/api/v1/accounting/sie-imports/progress/${id}` };
    },
    expect: only(200, ['admin', 'economist']),
  },
  {
    method: 'GET',
    route: '/api/v1/accounting/sie-imports',
    prepare: get('/api/v1/accounting/sie-imports'),
    expect: only(200, READERS),
  },
  {
    method: 'GET',
    route: '/api/v1/accounting/outcome',
    prepare: get('/api/v1/accounting/outcome?year=2026'),
    expect: only(200, READERS),
  },
  {
    method: 'GET',
    route: '/api/v1/accounting/vouchers',
    prepare: get('/api/v1/accounting/vouchers?account=1930&from=2026-01-01&to=2026-12-31'),
    expect: only(200, READERS),
  },
];
