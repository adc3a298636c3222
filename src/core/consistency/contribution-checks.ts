// Checks of a contribution table (NRF's Bilaga 1): rows add up, member columns add up
// to the total row, member amounts follow the population shares, and each row agrees
// with the revenue note for the same area and financing.
import { allocateAmount } from '../allocation/allocate.ts';
import { checkShares } from '../allocation/shares.ts';
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
    const computed = sum(r.perMember.values());
    if (computed !== r.total) {
      // Labels are built only for findings: building one per row costs more than the sum.
      const label = r.row ? `${r.heading}: ${r.row.label}` : table.totalRow.label;
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
  // Each member's column in one pass over the rows (was one pass per member).
  const columns = new Map<string, Ore[]>(memberCodes.map((code) => [code, []]));
  for (const l of memberRows) {
    if (!l.row.perMember) continue;
    for (const [code, amount] of l.row.perMember) columns.get(code)?.push(amount);
  }
  for (const code of memberCodes) {
    const stated = table.totalRow.perMember.get(code);
    if (stated === undefined) continue;
    const computed = sum(columns.get(code) ?? []);
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
  // Validated once per table, not once per cell: exactShare/deviationFromShare re-check
  // the whole share list (keys, Set, sum) on every call.
  const weightSum = checkShares(shares);
  const unitOre = BigInt(ORE_PER_UNIT[table.unit]);
  const findings: AmountFinding[] = [];
  for (const r of rows) {
    const total = BigInt(r.total);
    // Only a row with a finding needs Planvis's own split (the computed figure shown).
    let split: ReturnType<typeof allocateAmount> | undefined;
    for (const share of shares) {
      const stated = r.perMember.get(share.key);
      if (stated === undefined) continue;
      // amount − total × weight / weightSum, scaled by weightSum (as deviationFromShare).
      const numerator = BigInt(stated) * weightSum - total * share.weight;
      const magnitude = numerator < 0n ? -numerator : numerator;
      if (magnitude <= unitOre * weightSum) continue;
      split ??= allocateAmount(r.total, shares, { unit: table.unit });
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
  // One pass over the notes: amounts by financing and area (was a scan per row).
  const byKey = new Map<string, Ore[]>();
  for (const n of notes) {
    for (const g of n.groups) {
      for (const i of g.items) {
        const key = `${g.financing}\u0000${i.area}`;
        const list = byKey.get(key);
        if (list) list.push(i.amount);
        else byKey.set(key, [i.amount]);
      }
    }
  }
  const findings: AmountFinding[] = [];
  table.areas.forEach((area, a) => {
    area.rows.forEach((row, r) => {
      if (row.total === null) return;
      const items = byKey.get(`${row.financing}\u0000${area.area}`);
      if (!items) return;
      const computed = sum(items);
      if (computed === row.total) return;
      const label = `${area.heading}: ${row.label}`;
      findings.push(
        finding(
          table,
          {
            rule: 'noteMatchesContribution',
            row: label,
            column: 'Totalt',
            path: `contributions[${t}].areas[${a}].rows[${r}].total`,
            stated: row.total,
            computed,
          },
          (s, c) => `${label}: stated as ${s} but the revenue note for the same area gives ${c}`,
        ),
      );
    });
  });
  return findings;
}
