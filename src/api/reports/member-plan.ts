// What a member region's contact may see of a plan in a report: everything members may
// read through the API (read-routes.ts), with the figures split by member reduced to the
// member's own column, as contributionsView does. Tables then show one member; their
// totals are that member's own (the API hides the all-member totals from members too).
import { ZERO } from '../../core/money/money.ts';
import type { ContributionTable, Plan } from '../../core/plan/types.ts';

function only<T>(map: ReadonlyMap<string, T>, code: string): Map<string, T> {
  return new Map([...map].filter(([c]) => c === code));
}

function memberTable(table: ContributionTable, code: string): ContributionTable {
  const own = (map: ReadonlyMap<string, ContributionTable['totalRow']['total']>) => map.get(code) ?? ZERO;
  return {
    ...table,
    areas: table.areas.map((area) => ({
      ...area,
      // Rows not split between members (a state grant) say nothing about the member: dropped.
      rows: area.rows
        .filter((r) => r.perMember !== null)
        .map((r) => ({
          ...r,
          total: r.perMember ? own(r.perMember) : null,
          perMember: r.perMember && only(r.perMember, code),
        })),
    })),
    totalRow: {
      ...table.totalRow,
      total: own(table.totalRow.perMember),
      perMember: only(table.totalRow.perMember, code),
    },
    ...(table.shareRow
      ? {
          shareRow: {
            ...table.shareRow,
            total: table.shareRow.perMember.get(code) ?? table.shareRow.total,
            perMember: only(table.shareRow.perMember, code),
          },
        }
      : {}),
  };
}

export function planForMember(plan: Plan, code: string): Plan {
  const population = plan.populationShares;
  return {
    ...plan,
    members: plan.members.filter((m) => m.code === code),
    ...(population
      ? {
          populationShares: {
            referenceDate: population.referenceDate,
            source: population.source,
            basis: population.basis,
            shares: only(population.shares, code),
          },
        }
      : {}),
    contributions: plan.contributions.map((t) => memberTable(t, code)),
  };
}
