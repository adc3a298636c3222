// The matrix entries for plans and their versions (/api/v1/plans/...): reading, budget and figure
// edits, activity follow-up, diff, export, the version lifecycle and the YAML import.
import { systemActor } from '../../../db/plan-store/actor.ts';
import { findVersion } from '../../../db/plan-store/versions.ts';
import type { Endpoint } from './matrix.ts';
import { OFFICE, P, PLANS, READERS, everyone, freshDraft, get, only } from './matrix.ts';

export const PLANS_ENDPOINTS: readonly Endpoint[] = [
  { method: 'GET', route: '/api/v1/plans', prepare: get('/api/v1/plans'), expect: everyone(200) },
  {
    method: 'GET',
    route: '/api/v1/plans/{slug}/versions',
    prepare: get(`${P}/versions`),
    expect: everyone(200),
  },
  {
    method: 'GET',
    route: '/api/v1/plans/{slug}/versions/{version}',
    prepare: get(`${P}/versions/1`),
    expect: everyone(200),
  },
  ...[
    'budget',
    'revenue-notes',
    'contributions',
    'goals',
    'findings',
    'index-series',
    'decisions',
    'document',
    'evaluation',
  ].map((part): Endpoint => ({
    method: 'GET',
    route: `/api/v1/plans/{slug}/versions/{version}/${part}`,
    prepare: get(`${P}/versions/1/${part}`),
    expect: everyone(200),
  })),
  {
    method: 'GET',
    route: '/api/v1/plans/{slug}/versions/{version}/allocation',
    prepare: get(`${P}/versions/1/allocation?total=10279`),
    expect: everyone(200),
  },
  {
    method: 'GET',
    route: '/api/v1/plans/{slug}/diff',
    prepare: get(`${P}/diff?from=1&to=1`),
    expect: everyone(200),
  },
  {
    method: 'GET',
    route: '/api/v1/plans/{slug}/versions/{version}/export',
    prepare: get(`${P}/versions/1/export`),
    expect: only(200, READERS),
  },
  {
    method: 'PATCH',
    route: '/api/v1/plans/{slug}/versions/{version}/budget',
    prepare: async (ctx) => {
      const d = await freshDraft(ctx);
      return {
        path: `${P}/versions/${d.number}/budget`,
        body: { revision: d.revision, changes: [{ line: 'otherCosts', year: 2027, amount: -1425 }] },
      };
    },
    expect: only(200, ['admin', 'economist']),
  },
  {
    method: 'PATCH',
    route: '/api/v1/plans/{slug}/versions/{version}/figures',
    prepare: async (ctx) => {
      const d = await freshDraft(ctx);
      return {
        path: `${P}/versions/${d.number}/figures`,
        body: {
          revision: d.revision,
          changes: [{ path: 'contributions[0].areas[0].rows[0].perMember.RV', value: 3197 }],
        },
      };
    },
    expect: { ...only(200, ['admin', 'economist']), planner: 403, reader: 403, member: 403 },
  },
  {
    method: 'PUT',
    route: '/api/v1/plans/{slug}/versions/{version}/activities/{activityId}/follow-up',
    prepare: async (ctx) => {
      const d = await freshDraft(ctx);
      // A follow-up period first (the seed plan has none), by the system.
      const row = await findVersion(ctx.db.db, ctx.orgId, 'nrf-2026-2028', String(d.number));
      const { applyEdits } = await import('../../../db/plan-store/update.ts');
      const period = { id: '2026-interim', kind: 'interim', year: 2026, asOf: '2026-08-31' };
      const updated = await ctx.db.db
        .transaction()
        .execute((trx) =>
          applyEdits(
            trx,
            systemActor(ctx.orgId),
            'nrf-2026-2028',
            row,
            d.revision,
            [{ path: ['followUpPeriods'], value: [period] }],
            'update',
          ),
        );
      return {
        path: `${P}/versions/${d.number}/activities/mal-1-a1/follow-up`,
        body: {
          revision: updated.version.revision,
          period: '2026-interim',
          status: 'inProgress',
          comment: 'Arbetet pågår',
        },
      };
    },
    expect: only(200, ['admin', 'planner']),
  },
  {
    method: 'POST',
    route: '/api/v1/plans/{slug}/versions',
    prepare: async () => ({ path: `${P}/versions`, body: { from: '1' } }),
    expect: only(201, OFFICE),
  },
  {
    method: 'POST',
    route: '/api/v1/plans/{slug}/versions/{version}/propose',
    prepare: async (ctx) => {
      const d = await freshDraft(ctx);
      return { path: `${P}/versions/${d.number}/propose`, body: { revision: d.revision } };
    },
    expect: only(200, OFFICE),
  },
  {
    method: 'POST',
    route: '/api/v1/plans/{slug}/versions/{version}/decide',
    prepare: async (ctx) => {
      const d = await freshDraft(ctx);
      return {
        path: `${P}/versions/${d.number}/decide`,
        body: { revision: d.revision, date: '2025-12-03', paragraph: '§ 12' },
      };
    },
    expect: only(200, OFFICE),
  },
  {
    method: 'POST',
    route: '/api/v1/plans/{slug}/import',
    prepare: async () => {
      const { readFileSync } = await import('node:fs');
      return {
        path: '/api/v1/plans/importerad/import',
        raw: readFileSync(`${PLANS}nrf-2018-2020.yaml`, 'utf8'),
        contentType: 'application/yaml',
      };
    },
    expect: only(201, ['admin', 'economist']),
  },
];
