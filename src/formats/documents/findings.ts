// The appendix listing the consistency findings: every place where a stated figure
// differs from what its parts give (table, row, column, stated, computed, difference).
import type { ConsistencyReport } from '../../core/consistency/check-plan.ts';
import type { Finding, FindingRule } from '../../core/consistency/finding.ts';
import { align, decimal } from '../../core/money/decimal.ts';
import type { BlockBuilder } from './builder.ts';
import type { Table, TableRow } from './model.ts';
import { cell, percentCell, signedCell } from './sv-text.ts';

const RULE: Readonly<Record<FindingRule, string>> = {
  resultFromLines: 'Resultatet ska vara summan av budgetraderna',
  notesSumToBudgetLine: 'Notens poster ska summera till budgetraden',
  rowSumsToTotal: 'Medlemmarnas belopp ska summera till radens total',
  columnSumsToTotal: 'Kolumnens belopp ska summera till summaraden',
  totalOfRowTotals: 'Summaraden ska vara summan av radernas totaler',
  memberShare: 'Medlemmens belopp ska följa befolkningsandelen (±1)',
  noteMatchesContribution: 'Bilagan och noten ska ange samma belopp',
  sharesSumToTotal: 'Andelarna ska summera till angiven total',
  shareRowMatchesShares: 'Andelsraden ska upprepa planens befolkningsandelar',
};

function figures(f: Finding): [string, string, string] {
  if (f.measure === 'amount')
    return [cell(f.stated, f.unit), cell(f.computed, f.unit), signedCell(f.difference, f.unit)];
  const [s, c, scale] = align(f.stated, f.computed);
  const diff = decimal(s - c, scale);
  const sign = s > c ? '+' : '';
  return [percentCell(f.stated), percentCell(f.computed), `${sign}${percentCell(diff)}`];
}

export function findingsTable(report: ConsistencyReport): Table {
  const rows: TableRow[] = [];
  let table: string | null = null;
  for (const f of report.findings) {
    if (f.table !== table) {
      table = f.table;
      rows.push({ kind: 'group', text: f.table });
    }
    rows.push({ kind: 'body', cells: [f.row, f.column, RULE[f.rule], ...figures(f)], indent: 1 });
  }
  const units = [...new Set(report.findings.flatMap((f) => (f.measure === 'amount' ? [f.unit] : [])))];
  return {
    caption: 'Avvikelser mellan angivna och beräknade siffror',
    columns: [
      { header: 'Rad', align: 'left', weight: 2.3 },
      { header: 'Kolumn', align: 'left', weight: 1.2 },
      { header: 'Kontroll', align: 'left', weight: 2.5 },
      { header: 'Angivet', align: 'right', weight: 1.15 },
      { header: 'Beräknat', align: 'right', weight: 1.2 },
      { header: 'Skillnad', align: 'right', weight: 1.15 },
    ],
    rows,
    notes: [
      `Belopp i ${units.join(', ') || 'tabellens enhet'}. Skillnad = angivet − beräknat. Tabellens namn står som grupprubrik.`,
    ],
  };
}

/** The appendix's content; the caller adds the heading ("Bilaga 2. …"). */
export function findingsBlocks(b: BlockBuilder, report: ConsistencyReport): void {
  const n = report.findings.length;
  b.paragraph(
    `Planvis räknar om varje angiven summa, delsumma och resultat i planen från sina delar. ` +
      `Av ${report.checkedFigures} kontrollerade siffror avviker ${n === 1 ? 'en' : n} från det delarna ger. ` +
      `Dokumentet återger planens siffror som de är angivna; avvikelserna listas här så att de kan rättas eller förklaras.`,
  );
  b.table(findingsTable(report));
}

export const FINDINGS_HEADING = 'Avstämning av planens siffror';
