// The outcome a follow-up report prints, from the follow-up service: budget versus outcome
// and forecast through the period's month (capped by what is booked, as the period figures
// count), and the year's balanskravsutredning from the same months. Plain data, so it
// crosses to the worker.
import type { Kysely } from 'kysely';
import { parseIsoDate } from '../../core/outcome/iso-date.ts';
import type { Plan } from '../../core/plan/types.ts';
import { lastOutcomeMonth } from '../../db/follow-up/outcome-source.ts';
import type { Database } from '../../db/schema.ts';
import type { FollowUpOutcome } from '../../formats/documents/follow-up-outcome.ts';
import { balanceRequirementView } from '../follow-up/balance-requirement.ts';
import { followUpView, yearOutcome } from '../follow-up/budget-outcome.ts';

/** Undefined when the period is unknown, its year has no budget column or nothing is booked. */
export async function reportOutcome(
  db: Kysely<Database>,
  orgId: string,
  plan: { plan: Plan; planId: string },
  periodId: string,
): Promise<FollowUpOutcome | undefined> {
  const period = plan.plan.followUpPeriods.find((p) => p.id === periodId);
  if (!period || !plan.plan.budget.columns.some((c) => c.year === period.year)) return undefined;
  const booked = await lastOutcomeMonth(db, orgId, period.year);
  const asOfMonth = parseIsoDate(period.asOf).month;
  const throughMonth = period.kind === 'annual' ? booked : Math.min(asOfMonth, booked);
  if (throughMonth === 0) return undefined;
  const view = await followUpView(db, orgId, await yearOutcome(db, orgId, plan, period.year, throughMonth));
  const br = await balanceRequirementView(db, orgId, plan, period.year, throughMonth);
  return {
    year: view.year,
    throughMonth: view.throughMonth,
    source: view.source && {
      fileName: view.source.fileName,
      importedAt: view.source.importedAt,
      company: view.source.company,
    },
    lines: view.lines.map((l) => ({
      label: l.label,
      budgetYearOre: l.budgetYearOre,
      budgetToDateOre: l.budgetToDateOre,
      outcomeToDateOre: l.outcomeToDateOre,
      varianceOre: l.varianceOre,
      variancePercent: l.variancePercent,
      forecastOre: l.forecastOre,
      overrideComment: l.override?.comment ?? null,
    })),
    result: view.result,
    unmapped: view.unmapped,
    balanceRequirement: {
      basis: br.basis,
      rows: br.rows,
      balanceRequirementResultOre: br.balanceRequirementResultOre,
      reserve: br.reserve,
      deficits: br.deficits,
    },
  };
}
