// The JSON the follow-up API answers with: a mirror of src/web/api/follow-up-types.ts,
// the contract with the Uppföljning page (the api layer may not import web, so the
// shapes are repeated here; follow-up-api.test.ts asserts them).
export type FollowUpLineView = {
  key: string;
  label: string;
  budgetYearOre: number;
  budgetToDateOre: number;
  outcomeToDateOre: number;
  varianceOre: number;
  variancePercent: string | null;
  months: { month: number; budgetOre: number; outcomeOre: number | null }[];
  forecastOre: number;
  defaultForecastOre: number;
  override: { amountOre: number; comment: string; by: string; at: string } | null;
};

export type FollowUpViewJson = {
  year: number;
  throughMonth: number;
  source: { importId: string; fileName: string; importedAt: string; company: string } | null;
  lines: FollowUpLineView[];
  result: { budgetYearOre: number; budgetToDateOre: number; outcomeToDateOre: number; forecastOre: number };
  unmapped: { account: string; name: string | null; amountOre: number }[];
};

export type VoucherListJson = {
  vouchers: {
    series: string;
    number: string;
    date: string;
    text: string | null;
    rows: { account: string; amountOre: number; text: string | null }[];
  }[];
  total: number;
};

export type BalanceRequirementViewJson = {
  year: number;
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

export type FlowKindJson = 'memberInvoice' | 'grant' | 'purchasedServices' | 'salaries' | 'other';

export type PlannedFlowJson = {
  id: string;
  date: string;
  amountOre: number;
  label: string;
  kind: FlowKindJson;
  repeat: { monthly: true; until: string } | null;
};

export type LiquidityViewJson = {
  floorOre: number;
  opening: { date: string; balanceOre: number; source: 'outcome' | 'entered' };
  days: { date: string; balanceOre: number }[];
  lowest: { date: string; balanceOre: number };
  breaksFloor: boolean;
  flows: PlannedFlowJson[];
};

export type PaymentCheckJson = {
  allowed: boolean;
  floorOre: number;
  lowestBefore: { date: string; balanceOre: number };
  lowestAfter: { date: string; balanceOre: number };
  shortfallOre: number;
  maxPaymentOre: number;
};

export type AccountMappingViewJson = {
  ranges: { from: string; to: string; line: string }[];
  accounts: { account: string; line: string }[];
  isDefault: boolean;
  lines: { key: string; label: string }[];
};
