// The follow-up API's JSON (issue 5), the contract between src/api/follow-up and the
// Uppföljning page. Money is integer öre in fields ending in "Ore"; dates are ISO
// 'YYYY-MM-DD'; percentages are decimal strings ("12.50"). Paths are under
// /api/v1/plans/{slug}/versions/{version}/follow-up.

/** GET …/follow-up?year=2026&through=8 — budget versus outcome and forecast per budget line. */
export type FollowUpView = {
  year: number;
  /** Outcome is counted through this month (1–12); defaults to the last month with outcome (0 when there is none). */
  throughMonth: number;
  /** The latest SIE import that covers the year, or null when there is no outcome yet. */
  source: { importId: string; fileName: string; importedAt: string; company: string } | null;
  lines: FollowUpLine[];
  result: { budgetYearOre: number; budgetToDateOre: number; outcomeToDateOre: number; forecastOre: number };
  /** Accounts with amounts that no budget line takes: listed, never dropped. */
  unmapped: { account: string; name: string | null; amountOre: number }[];
};

export type FollowUpLine = {
  key: string;
  label: string;
  budgetYearOre: number;
  budgetToDateOre: number;
  outcomeToDateOre: number;
  /** outcome − budget to date: positive is in the organisation's favour for every line. */
  varianceOre: number;
  variancePercent: string | null;
  months: { month: number; budgetOre: number; outcomeOre: number | null }[];
  /** The default (outcome to date + remaining budget), or the override when there is one. */
  forecastOre: number;
  defaultForecastOre: number;
  override: { amountOre: number; comment: string; by: string; at: string } | null;
};

/** PUT …/follow-up/forecast/{lineKey} body; DELETE …/follow-up/forecast/{lineKey}?year= removes it. Both answer the FollowUpView. */
export type ForecastOverrideBody = { year: number; amountOre: number; comment: string };

/** GET …/follow-up/vouchers?line=KEY&year=2026&month=3 (month optional) — drill-down, newest first. */
export type VoucherList = {
  vouchers: {
    series: string;
    number: string;
    date: string;
    text: string | null;
    rows: { account: string; amountOre: number; text: string | null }[];
  }[];
  total: number;
};

/** GET …/follow-up/balance-requirement?year=2026 — the balanskravsutredning. */
export type BalanceRequirementView = {
  year: number;
  /** 'forecast' for a year not yet closed, 'outcome' when the outcome covers all 12 months. */
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

/**
 * PUT …/follow-up/balance-requirement/{year} — the adjustments a user enters, in öre, as the
 * core's balanskravsutredning takes them: gains, exempted gains/losses, provision and use
 * are positive amounts (the statement applies the sign); unrealised securities are signed as
 * they stand in the result. Answers the BalanceRequirementView.
 */
export type BalanceRequirementAdjustments = {
  realisationGainsOre: number;
  exemptedGainsOre: number;
  exemptedLossesOre: number;
  unrealisedSecuritiesOre: number;
  reserveProvisionOre: number;
  reserveUseOre: number;
  comment: string;
};

/**
 * GET …/follow-up/liquidity?from=2026-09-01&to=2026-12-31 — the projected bank balance.
 * `days` are end-of-day balances; `lowest` is a day's low (payments before receipts).
 * 409 { error.code: 'no_opening_balance' } when there is no outcome and no entered balance.
 */
export type LiquidityView = {
  floorOre: number;
  opening: { date: string; balanceOre: number; source: 'outcome' | 'entered' };
  days: { date: string; balanceOre: number }[];
  lowest: { date: string; balanceOre: number };
  breaksFloor: boolean;
  flows: PlannedFlow[];
};

export type PlannedFlow = {
  id: string;
  date: string;
  amountOre: number;
  label: string;
  kind: 'memberInvoice' | 'grant' | 'purchasedServices' | 'salaries' | 'other';
  /** Monthly flows repeat on the same day each month through `until`. */
  repeat: { monthly: true; until: string } | null;
};

/** POST …/follow-up/liquidity/flows body (201 with the PlannedFlow); DELETE …/liquidity/flows/{id}. */
export type PlannedFlowBody = Omit<PlannedFlow, 'id'>;

/** POST …/follow-up/payment-check body and answer (also `planvis payment-check`). */
export type PaymentCheckBody = { date: string; amountOre: number };
export type PaymentCheckView = {
  allowed: boolean;
  floorOre: number;
  lowestBefore: { date: string; balanceOre: number };
  lowestAfter: { date: string; balanceOre: number };
  /** How far below the floor the payment would take the balance (0 when allowed). */
  shortfallOre: number;
  /** The largest payment on that date that keeps the floor. */
  maxPaymentOre: number;
};

/** PUT …/follow-up/liquidity/settings — the floor and an entered opening balance (used when newer than the outcome); answers the LiquidityView. */
export type LiquiditySettingsBody = {
  floorOre: number;
  opening: { date: string; balanceOre: number } | null;
};

/**
 * GET …/follow-up/figures?period=ID — the figures financial goals 4–6 are judged on, for a
 * follow-up period of the plan (interim: forecast result, equity projected to year end, the
 * lowest bank balance observed and projected; annual: outcome). POST
 * …/follow-up/figures/apply?period=ID&revision=N writes them into the version (whole kronor,
 * rounded against the goal) and answers { version, changed, ...FollowUpFiguresView }.
 */
export type FollowUpFiguresView = {
  period: { id: string; kind: 'interim' | 'annual'; year: number; asOf: string };
  throughMonth: number;
  figures: {
    resultOre: number | null;
    equityOre: number | null;
    lowestBankBalanceOre: number | null;
    lowestBankBalanceDate: string | null;
    externalBorrowingOre: number | null;
  };
};

/**
 * GET …/follow-up/mapping — which budget line each account goes to: ranges of account
 * prefixes of equal length ("30"–"34", "3590"–"3599") and single accounts, which win over
 * ranges. `isDefault` when the organisation has stored none. PUT the whole mapping
 * (AccountMappingBody, budget:write): overlapping ranges or unknown lines give 400; an
 * empty mapping restores the default. Both answer this view.
 */
export type AccountMappingView = {
  ranges: { from: string; to: string; line: string }[];
  accounts: { account: string; line: string }[];
  isDefault: boolean;
  lines: { key: string; label: string }[];
};

export type AccountMappingBody = Pick<AccountMappingView, 'ranges' | 'accounts'>;
