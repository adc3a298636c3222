// The follow-up report's budget versus outcome, forecast and balanskravsutredning, printed
// from the outcome the api layer computed (follow-up-outcome.ts). Tables are in whole tkr,
// rounded explicitly and said so under each table.
import { parseDecimal } from '../../core/money/decimal.ts';
import { formatAmount, formatPercent } from '../../core/money/format.ts';
import { ore } from '../../core/money/money.ts';
import type { MoneyUnit } from '../../core/money/money.ts';
import { DEFAULT_ROUNDING } from '../../core/money/rounding.ts';
import type { BlockBuilder } from './builder.ts';
import type { BalanceRequirementOutcome, FollowUpOutcome } from './follow-up-outcome.ts';
import type { TableRow } from './model.ts';

const MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/** Half away from zero, named here so the rounding note and the figures cannot disagree. */
const ROUNDING = DEFAULT_ROUNDING;
const ROUNDING_NOTE =
  'Beloppen är avrundade till hela tkr (halva tkr bort från noll); summor och avvikelser är ' +
  'beräknade i kronor före avrundningen, så avrundade rader kan skilja sig från summan.';

const amount = (value: number, unit: MoneyUnit = 'tkr') =>
  formatAmount(ore(value), unit, { rounding: ROUNDING });

const percent = (text: string | null) => (text === null ? '–' : formatPercent(parseDecimal(text)));

export function monthName(month: number): string {
  return MONTHS[month - 1] ?? String(month);
}

function budgetTable(b: BlockBuilder, o: FollowUpOutcome): void {
  const through = `t.o.m. ${monthName(o.throughMonth).slice(0, 3)}`;
  const rows: TableRow[] = o.lines.map((l) => ({
    kind: 'body',
    cells: [
      l.label,
      amount(l.budgetYearOre),
      amount(l.budgetToDateOre),
      amount(l.outcomeToDateOre),
      amount(l.varianceOre),
      percent(l.variancePercent),
      `${amount(l.forecastOre)}${l.overrideComment === null ? '' : ' *'}`,
    ],
  }));
  const r = o.result;
  rows.push({
    kind: 'total',
    cells: [
      'Resultat',
      amount(r.budgetYearOre),
      amount(r.budgetToDateOre),
      amount(r.outcomeToDateOre),
      amount(r.outcomeToDateOre - r.budgetToDateOre),
      '–',
      amount(r.forecastOre),
    ],
  });
  const overrides = o.lines.flatMap((l) =>
    l.overrideComment === null ? [] : [`* Prognosen för ${l.label} är ändrad: ${l.overrideComment}`],
  );
  b.table({
    caption: `Budget mot utfall t.o.m. ${monthName(o.throughMonth)} ${o.year}, tkr`,
    columns: [
      { header: 'Budgetrad', align: 'left', weight: 2 },
      { header: `Budget ${o.year}`, align: 'right', weight: 1.1 },
      { header: `Budget ${through}`, align: 'right', weight: 1.1 },
      { header: `Utfall ${through}`, align: 'right', weight: 1.1 },
      { header: 'Avvikelse', align: 'right', weight: 1.1 },
      { header: 'Avvikelse %', align: 'right', weight: 1.4 },
      { header: `Prognos ${o.year}`, align: 'right', weight: 1.1 },
    ],
    rows,
    notes: [
      'Intäkter med plustecken, kostnader med minustecken. En positiv avvikelse är till organisationens fördel.',
      'Prognosen är utfallet hittills plus återstående budget, där inget annat anges.',
      ...overrides,
      ROUNDING_NOTE,
    ],
  });
}

function unmappedTable(b: BlockBuilder, o: FollowUpOutcome): void {
  if (o.unmapped.length === 0) return;
  b.table({
    caption: 'Konton utan budgetrad',
    columns: [
      { header: 'Konto', align: 'left', weight: 0.8 },
      { header: 'Kontonamn', align: 'left', weight: 3 },
      { header: 'Belopp, kr', align: 'right', weight: 1.2 },
    ],
    rows: o.unmapped.map((u) => ({
      kind: 'body',
      cells: [u.account, u.name ?? '–', amount(u.amountOre, 'kr')],
    })),
    notes: [
      'Beloppen ingår inte i raderna eller resultatet ovan; kontona behöver kopplas till en budgetrad.',
    ],
  });
}

const DEFICIT_STATUS: Readonly<Record<BalanceRequirementOutcome['deficits'][number]['status'], string>> = {
  restored: 'Återställt',
  restoredLate: 'Återställt för sent',
  open: 'Ska återställas',
  overdue: 'Ej återställt i tid',
};

function balanceBlocks(b: BlockBuilder, year: number, br: BalanceRequirementOutcome): void {
  b.heading(1, 'Balanskravsutredning');
  b.paragraph(
    br.basis === 'outcome'
      ? `Utredningen bygger på utfallet för hela ${year}.`
      : `Året är inte helt bokfört: utredningen bygger på prognosen för ${year}.`,
  );
  b.table({
    caption: `Balanskravsutredning ${year}, tkr`,
    columns: [
      { header: 'Post', align: 'left', weight: 4 },
      { header: 'tkr', align: 'right', weight: 1.2 },
    ],
    rows: br.rows.map((r) =>
      r.kind === 'subtotal' || r.kind === 'total'
        ? { kind: 'total', cells: [r.label, amount(r.amountOre)] }
        : { kind: 'body', cells: [r.label, amount(r.amountOre)] },
    ),
    notes: [
      `Reserven är en ${br.reserve === 'RUR' ? 'resultatutjämningsreserv (RUR)' : 'resultatreserv (RER)'}.`,
      ROUNDING_NOTE,
    ],
  });
  if (br.deficits.length === 0) {
    b.paragraph('Det finns inga negativa balanskravsresultat att återställa.');
    return;
  }
  b.table({
    caption: 'Negativa balanskravsresultat att återställa, tkr',
    columns: [
      { header: 'År', align: 'left', weight: 0.7 },
      { header: 'Underskott', align: 'right', weight: 1.1 },
      { header: 'Återställt', align: 'right', weight: 1.1 },
      { header: 'Kvar', align: 'right', weight: 1.1 },
      { header: 'Återställs senast', align: 'right', weight: 1.3 },
      { header: 'Status', align: 'left', weight: 1.5 },
    ],
    rows: br.deficits.map((d) => ({
      kind: 'body',
      cells: [
        String(d.year),
        amount(d.amountOre),
        amount(d.restoredOre),
        amount(d.remainingOre),
        String(d.deadlineYear),
        DEFICIT_STATUS[d.status],
      ],
    })),
    notes: [
      'Ett negativt balanskravsresultat ska återställas inom de tre följande åren (11 kap. 12 § kommunallagen).',
    ],
  });
}

export function outcomeTableBlocks(b: BlockBuilder, o: FollowUpOutcome): void {
  b.heading(2, `Budget mot utfall per ${monthName(o.throughMonth)} ${o.year}`);
  if (o.source) {
    b.paragraph(
      `Utfallet kommer från bokföringen (${o.source.fileName}, ${o.source.company}, ` +
        `inläst ${o.source.importedAt.slice(0, 10)}) och är räknat t.o.m. ${monthName(o.throughMonth)}.`,
      'note',
    );
  }
  budgetTable(b, o);
  unmappedTable(b, o);
  if (o.balanceRequirement) balanceBlocks(b, o.year, o.balanceRequirement);
}
