// Budget amounts of a version as rows of integer öre, for reporting in SQL; rewritten in
// the same transaction as every change to the document.
import type { Transaction } from 'kysely';
import { fromUnits } from '../../core/money/money.ts';
import type { Ore } from '../../core/money/money.ts';
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

type AmountRow = { line_key: string; year: number; amount_ore: Ore };

function amountRows(document: PlanFile): Map<string, AmountRow> {
  const rows = new Map<string, AmountRow>();
  for (const line of document.budget.lines) {
    for (const [year, units] of Object.entries(line.amounts)) {
      const row = {
        line_key: line.key,
        year: Number(year),
        amount_ore: fromUnits(units, document.budget.unit),
      };
      rows.set(`${row.line_key}\u0000${row.year}`, row);
    }
  }
  return rows;
}

/**
 * After a change from `before` (whose rows are stored) to `after`: writes only the rows
 * that differ, so changing one figure touches one row instead of rewriting them all.
 */
export async function updateBudgetAmounts(
  trx: Transaction<Database>,
  orgId: string,
  versionId: string,
  before: PlanFile,
  after: PlanFile,
): Promise<void> {
  const old = amountRows(before);
  const next = amountRows(after);
  for (const [key, row] of old) {
    if (next.has(key)) continue;
    await trx
      .deleteFrom('budget_amounts')
      .where('version_id', '=', versionId)
      .where('line_key', '=', row.line_key)
      .where('year', '=', row.year)
      .execute();
  }
  const changed = [...next].filter(([key, row]) => old.get(key)?.amount_ore !== row.amount_ore);
  if (changed.length === 0) return;
  await trx
    .insertInto('budget_amounts')
    .values(changed.map(([, row]) => ({ org_id: orgId, version_id: versionId, ...row })))
    .onConflict((oc) =>
      oc
        .columns(['version_id', 'line_key', 'year'])
        .doUpdateSet((eb) => ({ amount_ore: eb.ref('excluded.amount_ore') })),
    )
    .execute();
}
