// The editing model against the 2026–2028 plan's budget (NRF verksamhetsplan, Budget
// 2026 and Prel budget 2027, tkr); expected figures are worked by hand in the comments.
import { describe, expect, it } from 'vitest';
import type { BudgetView } from '../../api/types.ts';
import { ore } from '../../../core/money/money.ts';
import {
  budgetWithEdits,
  cellKey,
  changesToSave,
  costTotal,
  liveResult,
  parseCell,
  parsePastedBlock,
} from './budget-model.ts';
import { indexPreview, parseRate } from './index-model.ts';

const T = 100_000; // öre per tkr
const line = (key: string, category: string, y2026: number, y2027: number) => ({
  index: 0,
  key,
  label: key,
  category,
  amountsOre: { '2026': y2026 * T, '2027': y2027 * T },
  footnote: null,
});
const VIEW: BudgetView = {
  revision: 1,
  title: 'NRF 2025-2028',
  unit: 'tkr',
  columns: [
    { year: 2026, label: 'Budget 2026', status: 'budget' },
    { year: 2027, label: 'Prel budget 2027', status: 'preliminary' },
  ],
  lines: [
    line('revenue', 'revenue', 44_376, 44_937),
    line('staffCosts', 'staffCosts', -8_423, -8_549),
    line('purchasedServices', 'purchasedServices', -46_828, -46_426),
    line('otherCosts', 'otherCosts', -1_392, -1_424),
    line('memberContributions', 'memberContributions', 10_279, 10_514),
    line('equityReversal', 'equityReversal', 0, 0),
  ],
  result: {
    label: 'Budgeterat resultat',
    rows: [
      { year: 2026, statedOre: -1_988 * T, computedOre: -1_988 * T, differs: false },
      { year: 2027, statedOre: -947 * T, computedOre: -948 * T, differs: true },
    ],
  },
  deficitAllowance: null,
};

describe('live recalculation', () => {
  it('gives the plan’s results without edits: 2026 −1 988, 2027 −948 against a stated −947', () => {
    // 2027: 44 937 − 8 549 − 46 426 − 1 424 + 10 514 = −948.
    const rows = liveResult(budgetWithEdits(VIEW, new Map()));
    expect(rows).toEqual([
      { year: 2026, statedOre: -1_988 * T, computedOre: -1_988 * T, differs: false },
      { year: 2027, statedOre: -947 * T, computedOre: -948 * T, differs: true },
    ]);
  });

  it('recomputes the result and the cost total from an edited cell', () => {
    // Personalkostnader 2026 −8 423 → −8 000: result −1 988 + 423 = −1 565;
    // Summa kostnader −8 000 − 46 828 − 1 392 = −56 220.
    const budget = budgetWithEdits(VIEW, new Map([[cellKey('staffCosts', 2026), ore(-8_000 * T)]]));
    expect(liveResult(budget)[0]?.computedOre).toBe(-1_565 * T);
    expect(costTotal(budget, 2026)).toBe(-56_220 * T);
  });

  it('saves only the cells that differ from the saved figures, in whole tkr', () => {
    const edits = new Map([
      [cellKey('staffCosts', 2026), ore(-8_000 * T)],
      [cellKey('revenue', 2026), ore(44_376 * T)], // typed again, unchanged
    ]);
    expect(changesToSave(VIEW, edits)).toEqual([{ line: 'staffCosts', year: 2026, amount: -8_000 }]);
  });
});

describe('typing and pasting Swedish numbers', () => {
  it('reads grouped numbers, the Unicode minus and a hyphen', () => {
    expect(parseCell('10 279', 'tkr')).toEqual({ ok: true, value: 10_279 * T });
    expect(parseCell('\u22121\u00a0988', 'tkr')).toEqual({ ok: true, value: -1_988 * T });
    expect(parseCell('-947', 'tkr')).toEqual({ ok: true, value: -947 * T });
  });

  it('refuses decimals in a whole-tkr table, text, and an empty cell', () => {
    expect(parseCell('1,5', 'tkr')).toEqual({ ok: false, reason: 'decimals' });
    expect(parseCell('tio', 'tkr')).toEqual({ ok: false, reason: 'notNumber' });
    expect(parseCell('  ', 'tkr')).toEqual({ ok: false, reason: 'empty' });
  });

  it('reads a 3×4 block copied from Excel (tabs, CRLF, trailing line break)', () => {
    const text = '1\t2\t3\t4\r\n5 000\t\u22126\t7\t8\r\n9\t10\t11\t12\r\n';
    expect(parsePastedBlock(text, 'tkr')).toEqual({
      ok: true,
      values: [
        [1 * T, 2 * T, 3 * T, 4 * T],
        [5_000 * T, -6 * T, 7 * T, 8 * T],
        [9 * T, 10 * T, 11 * T, 12 * T],
      ],
    });
  });

  it('pastes nothing when one cell is bad, and says which', () => {
    expect(parsePastedBlock('1\t2\n3\tx', 'tkr')).toEqual({
      ok: false,
      problems: [{ row: 1, column: 1, text: 'x', reason: 'notNumber' }],
    });
  });
});

describe('indexing a column from the previous one', () => {
  it('indexes Bidrag från medlemmar 2027 from 2026 by 2,1 %: 10 279 × 1,021 = 10 494,859 → 10 495', () => {
    const rate = parseRate('2,1');
    expect(rate).not.toBeNull();
    const rows = indexPreview(VIEW, new Map(), 2027, rate!, ['memberContributions']);
    expect(rows).toEqual([
      {
        line: 'memberContributions',
        label: 'memberContributions',
        before: 10_514 * T,
        after: 10_495 * T,
        change: -19 * T,
      },
    ]);
  });

  it('steps from a pending edit of the previous column', () => {
    // 10 000 × 1,021 = 10 210 exactly.
    const edits = new Map([[cellKey('memberContributions', 2026), ore(10_000 * T)]]);
    const rows = indexPreview(VIEW, edits, 2027, parseRate('2,1')!, ['memberContributions']);
    expect(rows[0]?.after).toBe(10_210 * T);
  });

  it('refuses rates that are not numbers', () => {
    expect(parseRate('två')).toBeNull();
    expect(parseRate('2,1 %')).toEqual({ units: 21n, scale: 1 });
  });
});
