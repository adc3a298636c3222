// The shared vocabulary of the authorisation matrix (src/api/authorization-matrix.test.ts):
// who calls, what an endpoint entry is, the expected-status shorthands and the fixtures the
// entries' prepare functions use. The entries themselves live in one module per feature area.
import { fileURLToPath } from 'node:url';
import { systemActor } from '../../../db/plan-store/actor.ts';
import { findVersion, reviseVersion } from '../../../db/plan-store/versions.ts';
import type { Role } from '../../../db/schema.ts';
import { ROLES } from '../../../db/schema.ts';
import type { TestContext } from '../test-app.ts';

export type Caller = Role | 'anonymous';
export const CALLERS: readonly Caller[] = [...ROLES, 'anonymous'];
export type Prepared = { path: string; body?: unknown; raw?: string; contentType?: string };

export type Endpoint = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The OpenAPI path, e.g. /api/v1/plans/{slug}/versions/{version}/budget */
  route: string;
  /** A valid request for the caller: fresh state where the request would change it. */
  prepare: (ctx: TestContext, caller: Caller) => Promise<Prepared>;
  expect: Record<Caller, number>;
};

export const PLANS = fileURLToPath(new URL('../../../../data/plans/', import.meta.url));
export const P = '/api/v1/plans/nrf-2026-2028';
export const everyone = (ok: number): Record<Caller, number> => ({
  admin: ok,
  economist: ok,
  planner: ok,
  reader: ok,
  member: ok,
  anonymous: 401,
});
export const only = (ok: number, roles: readonly Role[]): Record<Caller, number> =>
  ({
    ...Object.fromEntries(ROLES.map((r) => [r, roles.includes(r) ? ok : 403])),
    anonymous: 401,
  }) as Record<Caller, number>;
export const OFFICE: Role[] = ['admin', 'economist', 'planner'];
export const READERS: Role[] = ['admin', 'economist', 'planner', 'reader'];

/** A fresh draft of nrf-2026-2028 (from the decided version 1), so each caller's write has its own. */
export async function freshDraft(ctx: TestContext): Promise<{ number: number; revision: number }> {
  const decided = await findVersion(ctx.db.db, ctx.orgId, 'nrf-2026-2028', '1');
  const draft = await ctx.db.db
    .transaction()
    .execute((trx) => reviseVersion(trx, systemActor(ctx.orgId), 'nrf-2026-2028', decided));
  return { number: draft.number, revision: draft.revision };
}

/** A fresh draft with the follow-up period 2026-interim (the seed plan has none), by the system. */
export async function draftWithPeriod(ctx: TestContext): Promise<{ number: number; revision: number }> {
  const d = await freshDraft(ctx);
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
  return { number: d.number, revision: updated.version.revision };
}

/** An opening bank balance to project from, whatever else the matrix stored before. */
export async function ensureOpening(ctx: TestContext): Promise<void> {
  const { putLiquiditySettings } = await import('../../../db/follow-up/settings.ts');
  const { ore } = await import('../../../core/money/money.ts');
  await ctx.db.db.transaction().execute((trx) =>
    putLiquiditySettings(trx, systemActor(ctx.orgId), {
      floor: ore(50_000_000),
      opening: { date: '2026-01-01', balance: ore(200_000_000) },
    }),
  );
}

export const get = (path: string) => async () => ({ path });
