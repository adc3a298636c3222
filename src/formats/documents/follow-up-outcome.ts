// The outcome the follow-up report prints: budget versus outcome and forecast per budget
// line, and the balanskravsutredning. Plain data (öre as integers, percentages as decimal
// strings), so the api layer builds it from the follow-up service and sends it to the
// report worker as it is; formats never reads the database.

export type FollowUpOutcomeLine = {
  label: string;
  budgetYearOre: number;
  budgetToDateOre: number;
  outcomeToDateOre: number;
  /** Outcome − budget to date: positive is in the organisation's favour on every line. */
  varianceOre: number;
  /** Percent as a decimal string ("-95.94"), null when the budget to date is 0. */
  variancePercent: string | null;
  forecastOre: number;
  /** The economist's reason when the forecast is overridden; null for the default forecast. */
  overrideComment: string | null;
};

export type BalanceRequirementOutcome = {
  /** 'forecast' while the year is not fully booked, 'outcome' once all 12 months are. */
  basis: 'outcome' | 'forecast';
  rows: {
    label: string;
    amountOre: number;
    kind: 'result' | 'adjustment' | 'subtotal' | 'reserve' | 'total';
  }[];
  balanceRequirementResultOre: number;
  reserve: 'RER' | 'RUR';
  deficits: {
    year: number;
    amountOre: number;
    restoredOre: number;
    remainingOre: number;
    deadlineYear: number;
    status: 'restored' | 'restoredLate' | 'open' | 'overdue';
  }[];
};

export type FollowUpOutcome = {
  year: number;
  /** Outcome is counted through this month (1–12). */
  throughMonth: number;
  source: { fileName: string; importedAt: string; company: string } | null;
  lines: FollowUpOutcomeLine[];
  result: { budgetYearOre: number; budgetToDateOre: number; outcomeToDateOre: number; forecastOre: number };
  /** Accounts with amounts no budget line takes: printed, never dropped. */
  unmapped: { account: string; name: string | null; amountOre: number }[];
  balanceRequirement: BalanceRequirementOutcome | null;
};
