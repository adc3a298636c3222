import { describe, expect, it } from 'vitest';
import { parseDecimal } from '../money/decimal.ts';
import { fromTkr } from '../money/money.ts';
import type { Ore } from '../money/money.ts';
import type { ContributionRow } from '../plan/types.ts';
import { testPlan } from '../testing/plan-builder.ts';
import { checkPlan } from './check-plan.ts';

const set = <K, V>(map: ReadonlyMap<K, V>, key: K, value: V) => (map as Map<K, V>).set(key, value);

function rccRow(plan: ReturnType<typeof testPlan>): ContributionRow {
  const row = plan.contributions[0]?.areas[1]?.rows[0];
  if (!row) throw new Error('test plan changed');
  return row;
}

describe('checkPlan', () => {
  it('finds nothing in a consistent plan, and says how much it checked', () => {
    const report = checkPlan(testPlan());
    expect(report.findings).toEqual([]);
    expect(report.consistent).toBe(true);
    // 2 results + 2 note lines + 2 split rows × (1 total + 2 members) + total row 3 + share row 3 + share total 1
    expect(report.checkedFigures).toBe(2 + 2 + 6 + 3 + 3 + 1);
  });

  it('reports a stated result that differs from its lines', () => {
    const plan = testPlan();
    set(plan.budget.result.stated, 2027, fromTkr(-49));
    const [finding, ...rest] = checkPlan(plan).findings;
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      rule: 'resultFromLines',
      table: 'Budget',
      row: 'Budgeterat resultat',
      column: 'Prel budget 2027',
      path: 'budget.result.stated.2027',
      unit: 'tkr',
      stated: -4_900_000,
      computed: -5_000_000,
      difference: 100_000,
    });
    expect(finding?.message).toBe(
      'Budgeterat resultat Prel budget 2027 is stated as \u221249\u00a0tkr but the lines add up to \u221250\u00a0tkr',
    );
  });

  it('reports a budget line that its revenue note does not add up to', () => {
    const plan = testPlan();
    const revenue = plan.budget.lines[0];
    if (!revenue) throw new Error('test plan changed');
    set(revenue.amounts, 2026, fromTkr(1502));
    const findings = checkPlan(plan).findings;
    // The result also moves: 1502 − 1200 − 1300 + 1000 = 2 ≠ stated 0.
    expect(findings.map((f) => [f.rule, f.path])).toEqual([
      ['resultFromLines', 'budget.result.stated.2026'],
      ['notesSumToBudgetLine', 'budget.lines[0].amounts.2026'],
    ]);
    expect(findings[1]).toMatchObject({
      stated: fromTkr(1502),
      computed: fromTkr(1500),
      difference: fromTkr(2),
    });
  });

  it('reports a row whose members do not add up to its total, and the columns that then differ', () => {
    const plan = testPlan();
    set(rccRow(plan).perMember as ReadonlyMap<string, Ore>, 'A', fromTkr(600));
    const findings = checkPlan(plan).findings;
    expect(findings.map((f) => [f.rule, f.path, f.stated, f.computed])).toEqual([
      ['rowSumsToTotal', 'contributions[0].areas[1].rows[0].total', fromTkr(1001), fromTkr(1000)],
      ['columnSumsToTotal', 'contributions[0].totalRow.perMember.A', fromTkr(1201), fromTkr(1200)],
    ]);
  });

  it('reports a total row whose total is not the sum of the row totals', () => {
    const plan = testPlan();
    const table = plan.contributions[0];
    if (!table) throw new Error('test plan changed');
    (table.totalRow as { total: Ore }).total = fromTkr(2000);
    const findings = checkPlan(plan).findings;
    expect(findings.map((f) => [f.rule, f.stated, f.computed])).toEqual([
      ['rowSumsToTotal', fromTkr(2000), fromTkr(2001)],
      ['totalOfRowTotals', fromTkr(2000), fromTkr(2001)],
    ]);
  });

  it('accepts a member amount within one unit of its share, and reports one further away', () => {
    const plan = testPlan();
    const row = rccRow(plan);
    // Exact shares of 1001 tkr: A 600,6 and B 400,4. 600/401 is 0,6 tkr off: rounding, no finding
    // on the share (only on the sums, which still add to 1001).
    set(row.perMember as ReadonlyMap<string, Ore>, 'A', fromTkr(600));
    set(row.perMember as ReadonlyMap<string, Ore>, 'B', fromTkr(401));
    set(plan.contributions[0]?.totalRow.perMember as ReadonlyMap<string, Ore>, 'A', fromTkr(1200));
    set(plan.contributions[0]?.totalRow.perMember as ReadonlyMap<string, Ore>, 'B', fromTkr(801));
    expect(checkPlan(plan).findings).toEqual([]);
    // 599 is 1,6 tkr off its exact share: a finding, showing the largest-remainder figure 601.
    set(row.perMember as ReadonlyMap<string, Ore>, 'A', fromTkr(599));
    set(row.perMember as ReadonlyMap<string, Ore>, 'B', fromTkr(402));
    set(plan.contributions[0]?.totalRow.perMember as ReadonlyMap<string, Ore>, 'A', fromTkr(1199));
    set(plan.contributions[0]?.totalRow.perMember as ReadonlyMap<string, Ore>, 'B', fromTkr(802));
    const findings = checkPlan(plan).findings;
    expect(findings.map((f) => [f.rule, f.column, f.stated, f.computed])).toEqual([
      ['memberShare', 'A', fromTkr(599), fromTkr(601)],
      ['memberShare', 'B', fromTkr(402), fromTkr(400)],
    ]);
  });

  it('reports a contribution row that disagrees with the revenue note of its area', () => {
    const plan = testPlan();
    const note = plan.revenueNotes[0]?.groups[2]?.items[0];
    if (!note) throw new Error('test plan changed');
    (note as { amount: Ore }).amount = fromTkr(500);
    const findings = checkPlan(plan).findings;
    expect(findings.map((f) => [f.rule, f.path, f.stated, f.computed])).toEqual([
      ['notesSumToBudgetLine', 'budget.lines[0].amounts.2026', fromTkr(1500), fromTkr(1501)],
      ['noteMatchesContribution', 'contributions[0].areas[1].rows[1].total', fromTkr(499), fromTkr(500)],
    ]);
  });

  it('reports shares that do not add up to their stated total, and a share row that differs from the plan', () => {
    const plan = testPlan();
    const shareRow = plan.contributions[0]?.shareRow;
    if (!shareRow) throw new Error('test plan changed');
    set(shareRow.perMember, 'B', parseDecimal('40.01'));
    const findings = checkPlan(plan).findings;
    expect(findings.map((f) => [f.rule, f.path])).toEqual([
      ['sharesSumToTotal', 'contributions[0].shareRow.total'],
      ['shareRowMatchesShares', 'contributions[0].shareRow.perMember.B'],
    ]);
    expect(findings[0]?.message).toBe(
      'Befolkningsandel, total: stated as 100,00\u00a0% but the shares add up to 100,01\u00a0%',
    );
  });
});
