// Member shares and the contributions per area and member region (NRF's Bilaga 1),
// printed as stated, with the member codes spelled out and differences referred to
// the consistency appendix.
import { compareDecimals, decimal, sumDecimals } from '../../core/money/decimal.ts';
import type { Decimal } from '../../core/money/decimal.ts';
import { ZERO } from '../../core/money/money.ts';
import { divideRounded } from '../../core/money/rounding.ts';
import type { ContributionTable, Member, Plan, PopulationShares } from '../../core/plan/types.ts';
import type { Table, TableRow } from './model.ts';
import { cell, decimalCell, percentCell } from './sv-text.ts';

function memberName(m: Member): string {
  return m.printedName ?? m.name;
}

/** "RVN = Region Västernorrland; RJH = …", so the column headers can stay short. */
export function memberLegend(plan: Plan): string {
  return plan.members.map((m) => `${m.code} = ${m.name}`).join('; ') + '.';
}

export function sharesIntro(shares: PopulationShares): string {
  return `Medlemmarna bidrar med medel utifrån befolkningsandelen ${shares.referenceDate} enligt källan: ${shares.source}.`;
}

/** A population count's share in percent with two decimals, rounded half away from zero. */
function percentOf(part: Decimal, total: Decimal): Decimal {
  const scale = Math.max(part.scale, total.scale);
  const p = part.units * 10n ** BigInt(scale - part.scale);
  const t = total.units * 10n ** BigInt(scale - total.scale);
  return decimal(t === 0n ? 0n : divideRounded(p * 10_000n, t, 'halfAwayFromZero'), 2);
}

export function sharesTable(plan: Plan, shares: PopulationShares): Table {
  const computedTotal = sumDecimals(shares.shares.values());
  const stated = shares.statedTotal;
  const percent = shares.basis === 'percent';
  const rows: TableRow[] = plan.members.map((m) => {
    const share = shares.shares.get(m.code) ?? decimal(0);
    return {
      kind: 'body',
      cells: percent
        ? [memberName(m), percentCell(share)]
        : [memberName(m), decimalCell(share), percentCell(percentOf(share, computedTotal))],
    };
  });
  const total = stated ?? computedTotal;
  rows.push({
    kind: 'total',
    cells: percent
      ? ['Totalt', percentCell(total)]
      : ['Totalt', decimalCell(total), percentCell(decimal(10_000n, 2))],
  });
  const notes = [`Källa: ${shares.source}, per ${shares.referenceDate}.`];
  if (stated && compareDecimals(stated, computedTotal) !== 0) {
    notes.push(
      `Planen anger totalen ${decimalCell(stated)}; andelarna summerar till ${decimalCell(computedTotal)}.`,
    );
  }
  return {
    caption: `Befolkningsandelar ${shares.referenceDate}`,
    columns: percent
      ? [
          { header: 'Medlem', align: 'left', weight: 3 },
          { header: 'Andel', align: 'right', weight: 1 },
        ]
      : [
          { header: 'Medlem', align: 'left', weight: 3 },
          { header: 'Befolkning', align: 'right', weight: 1.3 },
          { header: 'Andel', align: 'right', weight: 1 },
        ],
    rows,
    notes,
  };
}

/** Bilaga 1: one group row per area, its rows with total and each member's amount. */
export function contributionTable(plan: Plan, table: ContributionTable, findingsNote: string | null): Table {
  const unit = table.unit;
  const members = plan.members;
  const rows: TableRow[] = [];
  for (const area of table.areas) {
    rows.push({ kind: 'group', text: area.heading });
    for (const row of area.rows) {
      const perMember = members.map((m) => {
        const amount = row.perMember?.get(m.code);
        return amount === undefined ? '' : cell(amount, unit);
      });
      rows.push({
        kind: 'body',
        cells: [row.label, row.total === null ? '–' : cell(row.total, unit), ...perMember],
        indent: 1,
      });
    }
  }
  const t = table.totalRow;
  rows.push({
    kind: 'total',
    cells: [t.label, cell(t.total, unit), ...members.map((m) => cell(t.perMember.get(m.code) ?? ZERO, unit))],
  });
  if (table.shareRow) {
    const s = table.shareRow;
    rows.push({
      kind: 'body',
      cells: [
        s.label,
        percentCell(s.total),
        ...members.map((m) => {
          const share = s.perMember.get(m.code);
          return share === undefined ? '' : percentCell(share);
        }),
      ],
    });
  }
  const notes = [`Belopp i ${unit}. ${memberLegend(plan)}`];
  if (table.areas.some((a) => a.rows.some((r) => r.total === null))) {
    notes.push('– Raden anges i planen utan belopp.');
  }
  if (findingsNote) notes.push(findingsNote);
  return {
    caption: table.title,
    columns: [
      { header: 'Område och finansiering', align: 'left', weight: 3.2 },
      { header: 'Budget totalt', align: 'right', weight: 1.1 },
      ...members.map((m) => ({ header: m.code, align: 'right' as const, weight: 0.9 })),
    ],
    rows,
    notes,
  };
}
