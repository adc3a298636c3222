// Plans and metadata the document tests share: the NRF 2026–2028 seed, and the same
// plan followed up at a delårsrapport with six of its eight activities done.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fromTkr } from '../../core/money/money.ts';
import type { Activity, FollowUpStatus, Plan } from '../../core/plan/types.ts';
import { readPlan } from '../plan-file/read-plan.ts';
import type { DocumentMeta } from './meta.ts';

export function seedPlan(slug: 'nrf-2018-2020' | 'nrf-2026-2028'): Plan {
  const file = fileURLToPath(new URL(`../../../data/plans/${slug}.yaml`, import.meta.url));
  return readPlan(readFileSync(file, 'utf8'), file);
}

export const DRAFT_META: DocumentMeta = {
  organisationName: 'Norra sjukvårdsregionförbundet',
  version: { number: 2, label: 'förslag till direktionen', status: 'draft', decision: null },
  printedOn: '2026-01-15',
};

export const DECIDED_META: DocumentMeta = {
  organisationName: 'Norra sjukvårdsregionförbundet',
  version: { number: 3, label: null, status: 'decided', decision: { date: '2025-12-10', paragraph: '§ 42' } },
  printedOn: '2026-01-15',
};

export const INTERIM = 'delar-2026';

/** Statuses by activity id; the two not listed stay "not started". */
const STATUSES: Readonly<Record<string, [FollowUpStatus, string?]>> = {
  'mal-1-a1': ['done', 'Nytt regionvårdsavtal undertecknat i juni'],
  'mal-1-a2': ['done'],
  'mal-1-a3': ['inProgress', 'Visningsytan för vårddata testas'],
  'mal-2-a1': ['done', 'Workshop hölls 12 mars'],
  'mal-2-a2': ['done'],
  'mal-2-a3': ['done'],
  'mal-2-a4': ['notDone', 'Flyttas till 2027'],
  'mal-3-a1': ['done'],
};

function withStatus(a: Activity): Activity {
  const s = STATUSES[a.id];
  const followUp = s
    ? [{ period: INTERIM, status: s[0], ...(s[1] === undefined ? {} : { comment: s[1] }) }]
    : a.followUp;
  return { ...a, followUp, subActivities: a.subActivities.map(withStatus) };
}

/** NRF 2026–2028 at the delårsrapport 2026-08-31: result −1 500 tkr, lowest bank balance 850 tkr. */
export function followedUpPlan(): Plan {
  const plan = seedPlan('nrf-2026-2028');
  return {
    ...plan,
    followUpPeriods: [
      {
        id: INTERIM,
        kind: 'interim',
        year: 2026,
        asOf: '2026-08-31',
        figures: { result: fromTkr(-1500), lowestBankBalance: fromTkr(850) },
      },
    ],
    goals: plan.goals.map((g) => ({ ...g, activities: g.activities.map(withStatus) })),
  };
}
