// The follow-up tests' starting point: organisation NRF with the 2026–2028 plan (a draft,
// version 1) and, when asked, the small SIE file in fixtures/ imported. Its 2026 outcome
// through August, in kronor (debit positive in the books, lines signed as printed):
//   1930 bank  IB 2 000 000; 2010 equity IB −2 000 000
//   A1  01-15 member contributions 3590      +4 000 000 (bank +4 000 000)
//   A3  02-10 purchased services 4510        −1 500 000 (Faktura 88)
//   A7  05-12 co-financing 3010 (revenue)    +1 200 000
//   A9  06-15 purchased services 4510          −800 000 (Faktura 91)
//   A11 07-20 consultants 6550 (other costs)   −100 000
//   A13 08-14 8810, mapped to no line             +10 000 (listed as unmapped)
//   salaries 5010 on the 25th, January–August: −500 000 a month (A2, A4, …, A14)
// Bank: 2 000 000 + 4 000 000 + 1 200 000 + 10 000 − 1 500 000 − 800 000 − 100 000
//   − 8 × 500 000 = 810 000 kr after the last voucher (A14, 2026-08-25).
import { fileURLToPath } from 'node:url';
import { importSie } from '../../db/accounting/import-sie.ts';
import { systemActor } from '../../db/plan-store/actor.ts';
import { seedOrganisation } from '../../db/plan-store/seed.ts';
import type { DatabaseKind } from '../../db/open.ts';
import { createTestContext } from '../testing/test-app.ts';
import type { TestContext } from '../testing/test-app.ts';

export const SIE_FIXTURE = fileURLToPath(new URL('./fixtures/nrf-follow-up-2026.se', import.meta.url));
const PLAN = fileURLToPath(new URL('../../../data/plans/nrf-2026-2028.yaml', import.meta.url));
export const FU = '/api/v1/plans/nrf-2026-2028/versions/1/follow-up';

export async function followUpContext(kind: DatabaseKind): Promise<TestContext> {
  const ctx = await createTestContext(kind);
  await seedOrganisation(
    ctx.db,
    { code: 'NRF', name: 'Norra sjukvårdsregionförbundet', kind: 'federation' },
    [PLAN],
  );
  return ctx;
}

export async function importFixture(ctx: TestContext): Promise<void> {
  const result = await importSie(
    ctx.db,
    { ...systemActor(ctx.orgId), username: 'test' },
    { fileName: 'nrf-follow-up-2026.se', data: SIE_FIXTURE },
  );
  if (!result.ok) throw new Error(`fixture import failed: ${JSON.stringify(result.errors)}`);
}

/** Öre from whole kronor, for readable expectations. */
export const kr = (kronor: number): number => kronor * 100;
