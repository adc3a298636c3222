// Checks of stated population shares: they add up to their stated total, and a table's
// share row repeats the plan's shares.
import { decimalEquals, sumDecimals } from '../money/decimal.ts';
import type { Decimal } from '../money/decimal.ts';
import { formatPercent } from '../money/format.ts';
import type { Plan } from '../plan/types.ts';
import type { PercentFinding } from './finding.ts';

function percentFinding(f: Omit<PercentFinding, 'measure' | 'message'>, what: string): PercentFinding {
  return {
    ...f,
    measure: 'percent',
    message: `${what}: stated as ${formatPercent(f.stated)} but ${f.rule === 'sharesSumToTotal' ? 'the shares add up to' : "the plan's population share is"} ${formatPercent(f.computed)}`,
  };
}

export function checkShares(plan: Plan): PercentFinding[] {
  const findings: PercentFinding[] = [];
  const population = plan.populationShares;
  if (population?.statedTotal) {
    const computed = sumDecimals(population.shares.values());
    if (!decimalEquals(computed, population.statedTotal)) {
      findings.push(
        percentFinding(
          {
            rule: 'sharesSumToTotal',
            table: 'Befolkningsandelar',
            row: 'Totalt',
            column: 'Andel',
            path: 'populationShares.statedTotal',
            stated: population.statedTotal,
            computed,
          },
          'Population shares, total',
        ),
      );
    }
  }
  plan.contributions.forEach((table, t) => {
    const row = table.shareRow;
    if (!row) return;
    const computed = sumDecimals(row.perMember.values());
    if (!decimalEquals(computed, row.total)) {
      findings.push(
        percentFinding(
          {
            rule: 'sharesSumToTotal',
            table: table.title,
            row: row.label,
            column: 'Totalt',
            path: `contributions[${t}].shareRow.total`,
            stated: row.total,
            computed,
          },
          `${row.label}, total`,
        ),
      );
    }
    for (const [code, stated] of row.perMember) {
      const planShare: Decimal | undefined = population?.shares.get(code);
      if (planShare === undefined || decimalEquals(planShare, stated)) continue;
      findings.push(
        percentFinding(
          {
            rule: 'shareRowMatchesShares',
            table: table.title,
            row: row.label,
            column: code,
            path: `contributions[${t}].shareRow.perMember.${code}`,
            stated,
            computed: planShare,
          },
          `${row.label}, ${code}`,
        ),
      );
    }
  });
  return findings;
}
