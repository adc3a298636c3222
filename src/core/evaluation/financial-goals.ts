// Financial goals evaluated from figures. Each goal gets a status and a reason a board
// member can read; a missing figure is "unknown", never silently "met".
import { formatAmount } from '../money/format.ts';
import { ORE_PER_UNIT } from '../money/money.ts';
import type { Ore } from '../money/money.ts';
import type { BoardDecision, FinancialFigures, Goal, Plan } from '../plan/types.ts';

export type FinancialGoalStatus = 'met' | 'notMet' | 'allowedByDecision' | 'unknown';

export type FinancialGoalEvaluation = {
  goalId: string;
  title: string;
  status: FinancialGoalStatus;
  reason: string;
  figure?: Ore;
};

export type FigureBasis = 'budget' | 'followUp';

export type YearFigures = { year: number; basis: FigureBasis; figures: FinancialFigures };

const kr = (amount: Ore) => formatAmount(amount, 'kr', { showUnit: true });

/** Results and equity read best in the budget's own unit (tkr for NRF), as the plan prints them; other figures in kr. */
function inBudgetUnit(plan: Plan, amount: Ore): string {
  return amount % ORE_PER_UNIT[plan.budget.unit] === 0
    ? formatAmount(amount, plan.budget.unit, { showUnit: true })
    : kr(amount);
}

/** On the budget basis, say so when the plan prints a different result than its lines give. */
function statedNote(plan: Plan, y: YearFigures): string {
  const stated = plan.budget.result.stated.get(y.year);
  if (y.basis !== 'budget' || stated === undefined || stated === y.figures.result) return '';
  return ` (computed from the budget lines; the plan states ${inBudgetUnit(plan, stated)})`;
}

function decisionText(d: BoardDecision): string {
  return `board decision ${d.date}${d.paragraph ? ` ${d.paragraph}` : ''}`;
}

function evaluateResult(
  goal: Goal,
  comparator: '>' | '>=',
  unlessBoardDecides: boolean,
  plan: Plan,
  y: YearFigures,
): FinancialGoalEvaluation {
  const base = { goalId: goal.id, title: goal.title };
  const result = y.figures.result;
  if (result === undefined) return { ...base, status: 'unknown', reason: `no result figure for ${y.year}` };
  const ok = comparator === '>' ? result > 0 : result >= 0;
  const shown = `result ${y.year} is ${inBudgetUnit(plan, result)}${statedNote(plan, y)}`;
  const wanted = comparator === '>' ? 'revenue must exceed costs' : 'revenue must at least equal costs';
  if (ok) return { ...base, status: 'met', figure: result, reason: `${shown}; ${wanted}` };
  const allowance = plan.budget.deficitAllowance;
  if (unlessBoardDecides && allowance?.years.includes(y.year)) {
    const decision = plan.decisions.find((d) => d.id === allowance.decisionId);
    if (decision) {
      return {
        ...base,
        status: 'allowedByDecision',
        figure: result,
        reason: `${shown}; a deficit is allowed with exceptional reasons (${allowance.law}) by ${decisionText(decision)}`,
      };
    }
    return {
      ...base,
      status: 'notMet',
      figure: result,
      reason: `${shown}; the plan cites exceptional reasons (${allowance.law}) but no board decision (date, §) is recorded`,
    };
  }
  return { ...base, status: 'notMet', figure: result, reason: `${shown}; ${wanted}` };
}

function evaluateFloor(
  goal: Goal,
  figure: Ore | undefined,
  floor: Ore,
  what: string,
  year: number,
  plan: Plan,
): FinancialGoalEvaluation {
  const base = { goalId: goal.id, title: goal.title };
  if (figure === undefined) return { ...base, status: 'unknown', reason: `no ${what} figure for ${year}` };
  const status = figure >= floor ? 'met' : 'notMet';
  return {
    ...base,
    status,
    figure,
    reason: `${what} ${year} is ${inBudgetUnit(plan, figure)}; the floor is ${kr(floor)}`,
  };
}

export function evaluateFinancialGoal(goal: Goal, plan: Plan, y: YearFigures): FinancialGoalEvaluation {
  const rule = goal.rule;
  const base = { goalId: goal.id, title: goal.title };
  switch (rule?.kind) {
    case 'result':
      return evaluateResult(goal, rule.comparator, rule.unlessBoardDecides, plan, y);
    case 'minBankBalance':
      return evaluateFloor(
        goal,
        y.figures.lowestBankBalance,
        rule.floor,
        'lowest bank balance',
        y.year,
        plan,
      );
    case 'minEquity':
      return evaluateFloor(goal, y.figures.equity, rule.floor, 'equity', y.year, plan);
    case 'noExternalBorrowing': {
      const borrowing = y.figures.externalBorrowing;
      if (borrowing === undefined)
        return { ...base, status: 'unknown', reason: `no figure for external borrowing in ${y.year}` };
      return borrowing === 0
        ? { ...base, status: 'met', figure: borrowing, reason: `no external borrowing in ${y.year}` }
        : {
            ...base,
            status: 'notMet',
            figure: borrowing,
            reason: `external borrowing of ${kr(borrowing)} in ${y.year}`,
          };
    }
    case undefined:
      return { ...base, status: 'unknown', reason: 'the goal has no rule' };
  }
}
