// A consistency finding: one place where a stated figure disagrees with what its parts
// give. It names the table, row, column and plan-file path so a person (and the UI) can
// go straight to the cell.
import type { Decimal } from '../money/decimal.ts';
import type { MoneyUnit, Ore } from '../money/money.ts';

export type FindingRule =
  /** Budgeted result = sum of the budget lines of its year. */
  | 'resultFromLines'
  /** A revenue note's items add up to the budget line they explain. */
  | 'notesSumToBudgetLine'
  /** A contribution row's member amounts add up to its total. */
  | 'rowSumsToTotal'
  /** A member's amount in the total row = the sum of that member's amounts above it. */
  | 'columnSumsToTotal'
  /** The total row's total = the sum of the member-financed rows' totals. */
  | 'totalOfRowTotals'
  /** A member's amount is within one unit of share × row total. */
  | 'memberShare'
  /** A contribution row and the revenue note for the same area and financing agree. */
  | 'noteMatchesContribution'
  /** Stated shares add up to their stated total. */
  | 'sharesSumToTotal'
  /** A table's share row repeats the plan's population shares. */
  | 'shareRowMatchesShares';

type Place = {
  rule: FindingRule;
  table: string;
  row: string;
  column: string;
  /** The stated figure's path in the plan file, e.g. budget.result.stated.2027 */
  path: string;
  message: string;
};

export type AmountFinding = Place & {
  measure: 'amount';
  unit: MoneyUnit;
  stated: Ore;
  computed: Ore;
  /** stated − computed */
  difference: Ore;
};

export type PercentFinding = Place & { measure: 'percent'; stated: Decimal; computed: Decimal };

export type Finding = AmountFinding | PercentFinding;
