// Budget amounts of a version as rows of integer öre, for reporting in SQL; rewritten in
// the same transaction as every change to the document.
import type { Transaction } from 'kysely';
import { fromUnits } from '../../core/money/money.ts';
import type { PlanFile } from '../../formats/plan-file/schema.ts';
import type { Database } from '../schema.ts';

export async function replaceBudgetAmounts(
  trx: Transaction<Database>,
  orgId: string,
  versionId: string,
  document: PlanFile,
): Promise<void> {
  await trx.deleteFrom('budget_amounts').where('version_id', '=', versionId).execute();
  const rows = document.budget.lines.flatMap((line) =>
    Object.entries(line.amounts).map(([year, units]) => ({
      org_id: orgId,
      version_id: versionId,
      line_key: line.key,
      year: Number(year),
      amount_ore: fromUnits(units, document.budget.unit),
    })),
  );
  if (rows.length > 0) await trx.insertInto('budget_amounts').values(rows).execute();
}
