// Account mapping: which budget line each account's outcome belongs to. Ranges by class or
// group (Kommun-Bas / Region-Bas), and explicit account overrides that win over ranges.
// Nothing is dropped silently: unmapped accounts with amounts are listed.
import { negate, sum } from '../money/money.ts';
import type { Ore } from '../money/money.ts';
import {
  AccountMappingError,
  checkAccount,
  checkRange,
  inRanges,
  rangeContains,
  rangeLabel,
  rangeOverlap,
} from './accounts.ts';
import type { AccountRange } from './accounts.ts';
import { checkMonth } from './types.ts';
import type { AccountMovement } from './types.ts';

export type MappingRule = { range: AccountRange; lineKey: string };

export type AccountOverride = { account: string; lineKey: string; comment?: string };

export type AccountMapping = {
  rules: readonly MappingRule[];
  overrides: readonly AccountOverride[];
  /** Balance-sheet accounts (classes 1–2): handled by liquidity and equity, listed apart. */
  balanceAccounts: readonly AccountRange[];
};

export type MappedMovement = AccountMovement & {
  lineKey: string;
  via: 'override' | 'range';
  /**
   * The movement as the budget line counts it. Budget lines are signed as printed (revenue
   * positive, costs negative) while the accounting is debit-positive (revenue is credit,
   * negative), so outcome = −amount, and a line's outcome = −(sum of its movements).
   */
  outcome: Ore;
};

export type UnmappedAccount = { account: string; total: Ore; movements: number };

export type MappedOutcome = {
  movements: readonly MappedMovement[];
  /** Accounts outside every rule and override that have movements: to be mapped. */
  unmapped: readonly UnmappedAccount[];
  /** Balance-sheet accounts with movements: not budget lines, shown so nothing vanishes. */
  balanceSheet: readonly UnmappedAccount[];
};

/** Refuses invalid ranges, overlapping ranges, doubled overrides and unknown budget lines. */
export function checkMapping(mapping: AccountMapping, lineKeys?: readonly string[]): void {
  const known = lineKeys === undefined ? undefined : new Set(lineKeys);
  const checkLine = (lineKey: string, where: string) => {
    if (known && !known.has(lineKey)) {
      throw new AccountMappingError(
        `${where}: budget line "${lineKey}" is not in the budget (${[...known].join(', ')})`,
      );
    }
  };
  mapping.rules.forEach((r, i) => {
    checkRange(r.range, `rule ${i + 1}`);
    checkLine(r.lineKey, `rule ${i + 1} (${rangeLabel(r.range)})`);
    for (const [j, other] of mapping.rules.slice(0, i).entries()) {
      const overlap = rangeOverlap(other.range, r.range);
      if (overlap) {
        throw new AccountMappingError(
          `rules ${j + 1} (${rangeLabel(other.range)} → ${other.lineKey}) and ${i + 1} ` +
            `(${rangeLabel(r.range)} → ${r.lineKey}) overlap on accounts ${rangeLabel(overlap)}; ` +
            `split the ranges, or map single accounts with an override`,
        );
      }
    }
  });
  mapping.balanceAccounts.forEach((r, i) => checkRange(r, `balance-sheet range ${i + 1}`));
  const seen = new Set<string>();
  for (const [i, o] of mapping.overrides.entries()) {
    checkAccount(o.account, `override ${i + 1}`);
    checkLine(o.lineKey, `override ${i + 1} (account ${o.account})`);
    if (seen.has(o.account))
      throw new AccountMappingError(`account ${o.account} has two overrides; keep one`);
    seen.add(o.account);
  }
}

/** The line an account maps to: its override if any, else the one rule whose range holds it. */
export function lineForAccount(
  mapping: AccountMapping,
  account: string,
): { lineKey: string; via: 'override' | 'range' } | undefined {
  const override = mapping.overrides.find((o) => o.account === account);
  if (override) return { lineKey: override.lineKey, via: 'override' };
  const rule = mapping.rules.find((r) => rangeContains(r.range, account));
  return rule ? { lineKey: rule.lineKey, via: 'range' } : undefined;
}

function listAccounts(movements: readonly AccountMovement[]): UnmappedAccount[] {
  const byAccount = new Map<string, AccountMovement[]>();
  for (const m of movements) {
    const list = byAccount.get(m.account);
    if (list) list.push(m);
    else byAccount.set(m.account, [m]);
  }
  return [...byAccount.entries()]
    .filter(([, ms]) => ms.some((m) => m.amount !== 0))
    .map(([account, ms]) => ({ account, total: sum(ms.map((m) => m.amount)), movements: ms.length }))
    .sort((a, b) => (a.account < b.account ? -1 : a.account > b.account ? 1 : 0));
}

export function mapOutcome(mapping: AccountMapping, movements: readonly AccountMovement[]): MappedOutcome {
  checkMapping(mapping);
  const cache = new Map<string, ReturnType<typeof lineForAccount>>();
  const mapped: MappedMovement[] = [];
  const unmapped: AccountMovement[] = [];
  const balanceSheet: AccountMovement[] = [];
  for (const [i, m] of movements.entries()) {
    checkAccount(m.account, `movement ${i + 1}`);
    checkMonth(m.month, `movement ${i + 1} (account ${m.account})`);
    if (!cache.has(m.account)) cache.set(m.account, lineForAccount(mapping, m.account));
    const line = cache.get(m.account);
    if (line) mapped.push({ ...m, ...line, outcome: negate(m.amount) });
    else if (inRanges(mapping.balanceAccounts, m.account)) balanceSheet.push(m);
    else unmapped.push(m);
  }
  return { movements: mapped, unmapped: listAccounts(unmapped), balanceSheet: listAccounts(balanceSheet) };
}

/** The movements behind one figure, for drill-down to accounts and vouchers. */
export function movementsBehind(
  outcome: MappedOutcome,
  lineKey: string,
  year: number,
  months: { from: number; to: number },
): MappedMovement[] {
  return outcome.movements.filter(
    (m) => m.lineKey === lineKey && m.year === year && m.month >= months.from && m.month <= months.to,
  );
}
