// Table types for Kysely of migrations/0003_follow_up.sql and 0004_account_mapping.sql.
import type { ColumnType, Generated } from 'kysely';

/** date columns: both drivers hand them over as "YYYY-MM-DD" text (see db/open.ts). */
type IsoDate = ColumnType<string, string, string>;
/** bigint öre: read exactly as a number by both drivers (db/int8.ts). */
type Money = ColumnType<number, number, number>;

export type FlowKind = 'memberInvoice' | 'grant' | 'purchasedServices' | 'salaries' | 'other';

export type ForecastOverridesTable = {
  org_id: string;
  plan_id: string;
  year: number;
  line_key: string;
  amount_ore: Money;
  comment: string;
  created_by: string | null;
  created_by_name: string;
  created_at: Generated<Date>;
};

export type PlannedFlowsTable = {
  id: Generated<string>;
  org_id: string;
  date: IsoDate;
  amount_ore: Money;
  label: string;
  kind: FlowKind;
  repeat_until: IsoDate | null;
  created_by: string | null;
  created_by_name: string;
  created_at: Generated<Date>;
};

export type BalanceRequirementAdjustmentsTable = {
  org_id: string;
  year: number;
  realisation_gains_ore: Money;
  exempted_gains_ore: Money;
  exempted_losses_ore: Money;
  unrealised_securities_ore: Money;
  reserve_provision_ore: Money;
  reserve_use_ore: Money;
  comment: string;
  updated_by: string | null;
  updated_by_name: string;
  updated_at: Generated<Date>;
};

export type LiquiditySettingsTable = {
  org_id: string;
  floor_ore: Money;
  opening_date: IsoDate | null;
  opening_balance_ore: Money | null;
  updated_by: string | null;
  updated_by_name: string;
  updated_at: Generated<Date>;
};

export type AccountMappingsTable = {
  org_id: string;
  kind: 'range' | 'account';
  from_account: string | null;
  to_account: string | null;
  account: string | null;
  line_key: string;
  updated_by: string | null;
  updated_by_name: string;
  updated_at: Generated<Date>;
};

export type FollowUpTables = {
  forecast_overrides: ForecastOverridesTable;
  planned_flows: PlannedFlowsTable;
  balance_requirement_adjustments: BalanceRequirementAdjustmentsTable;
  liquidity_settings: LiquiditySettingsTable;
  account_mappings: AccountMappingsTable;
};
