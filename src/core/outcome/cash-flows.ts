// Planned receipts and payments for the liquidity projection: single flows and generators
// for monthly recurring ones (salaries on the 25th, monthly member invoices, rent).
import type { Ore } from '../money/money.ts';
import { addDays, daysInMonth, formatIsoDate, isoWeekday, parseIsoDate } from './iso-date.ts';
import type { IsoDate } from './iso-date.ts';
import { OutcomeInputError } from './types.ts';

export type CashFlowKind = 'memberInvoice' | 'grant' | 'purchasedServices' | 'salaries' | 'other';

/** A planned flow on the bank account: receipts positive, payments negative. */
export type PlannedFlow = { date: IsoDate; amount: Ore; label: string; kind: CashFlowKind };

/** What to do when a monthly date falls on a Saturday or Sunday. */
export type WeekendRule = 'keep' | 'previousWeekday' | 'nextWeekday';

export type MonthlyFlowSpec = {
  /** First and last date a flow may fall on (inclusive). */
  from: IsoDate;
  to: IsoDate;
  /** Day of month; a day the month lacks (31 in April) falls on its last day. */
  day: number;
  amount: Ore;
  label: string;
  kind: CashFlowKind;
  /** Salaries are paid the weekday before when the 25th is a weekend: 'previousWeekday'. */
  weekend?: WeekendRule;
};

function moveOffWeekend(date: IsoDate, rule: WeekendRule): IsoDate {
  if (rule === 'keep') return date;
  let d = date;
  while (isoWeekday(d) >= 6) d = addDays(d, rule === 'previousWeekday' ? -1 : 1);
  return d;
}

/**
 * One flow per month whose nominal date (day `day`) lies within from..to, moved off the
 * weekend by the rule. The window is judged on the nominal date, so a salary due on
 * Sunday 25 October stays October's salary when it is paid on Friday 23 October.
 */
export function monthlyFlows(spec: MonthlyFlowSpec): PlannedFlow[] {
  if (!Number.isInteger(spec.day) || spec.day < 1 || spec.day > 31) {
    throw new OutcomeInputError(`day of month must be 1–31, got ${spec.day}`);
  }
  const from = parseIsoDate(spec.from);
  const to = parseIsoDate(spec.to);
  if (spec.to < spec.from)
    throw new OutcomeInputError(`monthly flow "${spec.label}": ${spec.to} is before ${spec.from}`);
  const flows: PlannedFlow[] = [];
  for (let year = from.year, month = from.month; year < to.year || (year === to.year && month <= to.month);) {
    const nominal = formatIsoDate(year, month, Math.min(spec.day, daysInMonth(year, month)));
    if (nominal >= spec.from && nominal <= spec.to) {
      const date = moveOffWeekend(nominal, spec.weekend ?? 'keep');
      flows.push({ date, amount: spec.amount, label: spec.label, kind: spec.kind });
    }
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return flows;
}
