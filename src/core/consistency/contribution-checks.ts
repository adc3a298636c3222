// Checks of a contribution table (NRF's Bilaga 1): rows add up, member columns add up
// to the total row, member amounts follow the population shares, and each row agrees
// with the revenue note for the same area and financing.
import { allocateAmount } from '../allocation/allocate.ts';
import { deviationFromShare } from '../allocation/allocate.ts';
import { ORE_PER_UNIT, subtract, sum } from '../money/money.ts';
import type { Ore } from '../money/money.ts';
import { sharesOf } from '../plan/member-shares.ts';
import type { ContributionRow, ContributionTable, Plan } from '../plan/types.ts';
import { formatTableAmount } from './describe.ts';
import type { AmountFinding } from './finding.ts';

type Located = { row: ContributionRow; path: string; heading: string };

function rowsOf(table: ContributionTable, tableIndex: number): Located[] {
  return table.areas.flatMap((area, a) =>
    area.rows.map((row, r) => ({
      row,
      heading: area.heading,
      path: `contributions[${tableIndex}].areas[${a}].rows[${r}]`,
    })),
  );
}

/** Rows the members pay for; "Summa från regionerna" adds these up, not state grants. */
function paidByMembers(row: ContributionRow): boolean {
  return row.financing !== 'stateGrant';
}

function finding(
  table: ContributionTable,
  f: Omit<AmountFinding, 'measure' | 'unit' | 'difference' | 'table' | 'message'>,
  describe: (s: string, c: string) => string,
): AmountFinding {
  return {
    ...f,
    measure: 'amount',
    table: table.title,
    unit: table.unit,
    difference: subtract(f.stated, f.computed),
    message: describe(formatTableAmount(f.stated, table.unit), formatTableAmount(f.computed, table.unit)),
  };
}

export function checkContributionTable(plan: Plan, table: ContributionTable, t: number): AmountFinding[] {
  const findings: AmountFinding[] = [];
  const rows = rowsOf(table, t);
  const memberCodes = plan.members.map((m) => m.code);

  const rowChecks: (Located & { total: Ore; perMember: ReadonlyMap<string, Ore> })[] = rows.flatMap((l) =>
    l.row.perMember && l.row.total !== null ? [{ ...l, total: l.row.total, perMember: l.row.perMember }] : [],
  );
  const totalPath = `contributions[${t}].totalRow`;
  for (const r of [...rowChecks, { ...table.totalRow, row: null, heading: '', path: totalPath }]) {
    const label = r.row ? `${r.heading}: ${r.row.label}` : table.totalRow.label;
    const computed = sum(r.perMember.values());
    if (computed !== r.total) {
      findings.push(
        finding(
          table,
          {
            rule: 'rowSumsToTotal',
            row: label,
            column: 'Totalt',
            path: `${r.path}.total`,
            stated: r.total,
            computed,
          },
          (s, c) => `${label}: the total is stated as ${s} but the members' amounts add up to ${c}`,
        ),
      );
    }
  }

  const memberRows = rows.filter((l) => paidByMembers(l.row));
  for (const code of memberCodes) {
    const stated = table.totalRow.perMember.get(code);
    if (stated === undefined) continue;
    const computed = sum(memberRows.map((l) => l.row.perMember?.get(code) ?? (0 as Ore)));
    if (computed !== stated) {
      findings.push(
        finding(
          table,
          {
            rule: 'columnSumsToTotal',
            row: table.totalRow.label,
            column: code,
            path: `${totalPath}.perMember.${code}`,
            stated,
            computed,
          },
          (s, c) =>
            `${table.totalRow.label}, ${code}: stated as ${s} but ${code}'s amounts above add up to ${c}`,
        ),
      );
    }
  }
  const grand = sum(memberRows.map((l) => l.row.total ?? (0 as Ore)));
  if (grand !== table.totalRow.total) {
    findings.push(
      finding(
        table,
        {
          rule: 'totalOfRowTotals',
          row: table.totalRow.label,
          column: 'Totalt',
          path: `${totalPath}.total`,
          stated: table.totalRow.total,
          computed: grand,
        },
        (s, c) =>
          `${table.totalRow.label}: the total is stated as ${s} but the totals of the rows above add up to ${c}`,
      ),
    );
  }
  findings.push(...checkMemberShares(plan, table, rowChecks));
  return findings;
}

/**
 * A member amount more than one unit of the table's precision away from share × row
 * total is a finding; within one unit it is rounding, which a largest-remainder split
 * also needs. The computed figure shown is Planvis's own largest-remainder split.
 */
function checkMemberShares(
  plan: Plan,
  table: ContributionTable,
  rows: readonly (Located & { total: Ore; perMember: ReadonlyMap<string, Ore> })[],
): AmountFinding[] {
  if (!plan.populationShares) return [];
  const shares = sharesOf(plan.populationShares);
  const unitOre = BigInt(ORE_PER_UNIT[table.unit]);
  const findings: AmountFinding[] = [];
  for (const r of rows) {
    const split = allocateAmount(r.total, shares, { unit: table.unit });
    for (const share of shares) {
      const stated = r.perMember.get(share.key);
      if (stated === undefined) continue;
      const dev = deviationFromShare(stated, r.total, share, shares);
      const magnitude = dev.numerator < 0n ? -dev.numerator : dev.numerator;
      if (magnitude <= unitOre * dev.denominator) continue;
      const computed = split.parts.find((p) => p.key === share.key)?.amount ?? stated;
      const label = `${r.heading}: ${r.row.label}`;
      findings.push(
        finding(
          table,
          {
            rule: 'memberShare',
            row: label,
            column: share.key,
            path: `${r.path}.perMember.${share.key}`,
            stated,
            computed,
          },
          (s, c) =>
            `${label}, ${share.key}: stated as ${s}, more than 1 ${table.unit} from its population share of the row total (split by share: ${c})`,
        ),
      );
    }
  }
  return findings;
}

/** Each contribution row against the revenue note item(s) of the same area and financing. */
export function checkNotesAgainstContributions(
  plan: Plan,
  table: ContributionTable,
  t: number,
): AmountFinding[] {
  const notes = plan.revenueNotes.filter((n) => n.year === table.year);
  if (notes.length === 0) return [];
  const findings: AmountFinding[] = [];
  for (const l of rowsOf(table, t)) {
    if (l.row.total === null) continue;
    const area = table.areas.find((a) => a.rows.includes(l.row))?.area;
    const items = notes.flatMap((n) =>
      n.groups
        .filter((g) => g.financing === l.row.financing)
        .flatMap((g) => g.items.filter((i) => i.area === area)),
    );
    if (items.length === 0) continue;
    const computed = sum(items.map((i) => i.amount));
    if (computed === l.row.total) continue;
    const label = `${l.heading}: ${l.row.label}`;
    findings.push(
      finding(
        table,
        {
          rule: 'noteMatchesContribution',
          row: label,
          column: 'Totalt',
          path: `${l.path}.total`,
          stated: l.row.total,
          computed,
        },
        (s, c) => `${label}: stated as ${s} but the revenue note for the same area gives ${c}`,
      ),
    );
  }
  return findings;
}
