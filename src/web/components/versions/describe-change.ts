// Turns a diff's document path into words a reader knows ("Personalkostnader, 2026")
// and its values into sv-SE text; amounts are whole units of their table (tkr), so they
// are shown in that unit with the core's exact formatter, never through a float.
import type { DiffChange } from '../../api/admin-types.ts';
import type { BudgetView, ContributionsView } from '../../api/types.ts';
import { formatAmount } from '../../../core/money/format.ts';
import { fromUnits } from '../../../core/money/money.ts';
import type { MoneyUnit } from '../../../core/money/money.ts';

/** What the describer knows of the two versions: budget lines and contribution tables. */
export type DiffContext = {
  budgetFrom: BudgetView | null;
  budgetTo: BudgetView | null;
  contributions: ContributionsView | null;
  statedResult: (label: string) => string;
};

export type DescribedChange = {
  section: string;
  /** Readable place, or null when only the path can say it. */
  place: string | null;
  /** The unit of the money figure at this place, or null when it is no amount. */
  unit: MoneyUnit | null;
};

type Segment = string | number;

/** "budget.lines[1].amounts.2026" → ["budget", "lines", 1, "amounts", "2026"]. */
export function splitPath(path: string): Segment[] {
  const out: Segment[] = [];
  for (const part of path.split('.')) {
    const match = /^([^[]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) {
      out.push(part);
      continue;
    }
    if (match[1]) out.push(match[1]);
    for (const index of (match[2] ?? '').matchAll(/\[(\d+)\]/g)) out.push(Number(index[1]));
  }
  return out;
}

const MONEY_SECTIONS = new Set(['budget', 'revenueNotes', 'contributions', 'equity']);

export function describeChange(change: DiffChange, context: DiffContext): DescribedChange {
  const segments = splitPath(change.path);
  const section = String(segments[0] ?? '');
  const budget = change.change === 'removed' ? context.budgetFrom : context.budgetTo;
  const value = change.after ?? change.before;
  const isAmount = MONEY_SECTIONS.has(section) && typeof value === 'number' && Number.isInteger(value);
  let unit: MoneyUnit | null = isAmount ? (budget?.unit ?? null) : null;
  let place: string | null = null;

  if (section === 'budget' && segments[1] === 'lines' && typeof segments[2] === 'number') {
    const line = budget?.lines[segments[2]];
    const year = segments[3] === 'amounts' ? segments[4] : undefined;
    if (line) place = year === undefined ? line.label : `${line.label}, ${String(year)}`;
  } else if (section === 'budget' && segments[1] === 'result' && segments[2] === 'stated') {
    const label = context.statedResult(budget?.result.label ?? 'Resultat');
    place = segments[3] === undefined ? label : `${label}, ${String(segments[3])}`;
  } else if (section === 'contributions' && typeof segments[1] === 'number') {
    const table = context.contributions?.tables[segments[1]];
    if (table) {
      unit = isAmount ? table.unit : null;
      const area =
        segments[2] === 'areas' && typeof segments[3] === 'number' ? table.areas[segments[3]] : null;
      const row =
        area && segments[4] === 'rows' && typeof segments[5] === 'number' ? area.rows[segments[5]] : null;
      const member = segments[6] === 'perMember' ? segments[7] : segments[6];
      place = [table.title, area?.heading, row?.label, member === undefined ? undefined : String(member)]
        .filter((p): p is string => p !== undefined && p !== null && p !== '')
        .join(' › ');
    }
  }
  return { section, place, unit };
}

/** A value as text: amounts in their unit, texts as they are, objects by their name. */
export function valueText(value: unknown, unit: MoneyUnit | null, empty: string, structure: string): string {
  if (value === undefined || value === null) return empty;
  if (typeof value === 'number') {
    if (unit !== null && Number.isInteger(value))
      return formatAmount(fromUnits(value, unit), unit, { showUnit: true });
    // Not an amount (a year, a count): as written, with the typographic minus.
    return String(value).replace('-', '\u2212');
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `${structure} (${value.length})`;
  const named = value as Record<string, unknown>;
  for (const key of ['title', 'label', 'name', 'heading', 'id', 'key']) {
    const name = named[key];
    if (typeof name === 'string' && name !== '') return name;
  }
  return structure;
}
