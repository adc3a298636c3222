import { describe, expect, it } from 'vitest';
import { fromKronor, negate } from '../money/money.ts';
import { AccountMappingError, rangeOverlap } from './accounts.ts';
import { checkMapping, lineForAccount, mapOutcome, movementsBehind } from './mapping.ts';
import type { AccountMapping } from './mapping.ts';
import { NRF_DEFAULT_MAPPING } from './nrf-mapping.ts';
import { scenarioMovements } from './test-scenario.ts';
import type { AccountMovement } from './types.ts';

const kr = fromKronor;
const m = (account: string, amount: number, month: AccountMovement['month'] = 1): AccountMovement => ({
  account,
  year: 2026,
  month,
  amount: kr(amount),
});

describe('NRF default mapping', () => {
  it('maps each class to its budget line, member contributions on 3590–3599', () => {
    const expected: [string, string][] = [
      ['3010', 'revenue'],
      ['3489', 'revenue'],
      ['3500', 'revenue'],
      ['3589', 'revenue'],
      ['3590', 'memberContributions'],
      ['3599', 'memberContributions'],
      ['3600', 'revenue'],
      ['3899', 'revenue'],
      ['4010', 'purchasedServices'],
      ['5010', 'staffCosts'],
      ['5999', 'staffCosts'],
      ['6110', 'otherCosts'],
      ['7990', 'otherCosts'],
      ['8410', 'revenue'],
      ['8510', 'otherCosts'],
    ];
    for (const [account, line] of expected)
      expect(lineForAccount(NRF_DEFAULT_MAPPING, account)?.lineKey).toBe(line);
    for (const account of ['3990', '8999', '1930', '2010', '9000']) {
      expect(lineForAccount(NRF_DEFAULT_MAPPING, account)).toBeUndefined();
    }
  });
  it('is valid against the NRF budget lines', () => {
    const lines = [
      'revenue',
      'staffCosts',
      'purchasedServices',
      'otherCosts',
      'memberContributions',
      'equityReversal',
    ];
    expect(() => checkMapping(NRF_DEFAULT_MAPPING, lines)).not.toThrow();
  });
});

describe('mapOutcome', () => {
  it('turns debit-positive amounts into outcome signed as printed, and lists what it cannot map', () => {
    const out = mapOutcome(NRF_DEFAULT_MAPPING, scenarioMovements());
    // 3590: credit 1 000 000 kr is −1 000 000 kr in the accounting → +1 000 000 kr of member contributions
    const members = out.movements.filter((x) => x.lineKey === 'memberContributions');
    expect(members.map((x) => x.outcome)).toEqual([kr(1_000_000)]);
    // 6110: debit 900 000 kr → a cost of −900 000 kr
    expect(out.movements.filter((x) => x.account === '6110').map((x) => x.outcome)).toEqual([kr(-900_000)]);
    expect(out.unmapped).toEqual([{ account: '8999', total: kr(1), movements: 1 }]);
    expect(out.balanceSheet).toEqual([{ account: '1930', total: kr(640_000), movements: 1 }]);
  });
  it('lets an account override win over the ranges', () => {
    const mapping: AccountMapping = {
      ...NRF_DEFAULT_MAPPING,
      overrides: [{ account: '3595', lineKey: 'revenue', comment: 'statsbidrag bokat fel' }],
    };
    const out = mapOutcome(mapping, [m('3595', -10), m('3591', -20)]);
    expect(out.movements.map((x) => [x.account, x.lineKey, x.via])).toEqual([
      ['3595', 'revenue', 'override'],
      ['3591', 'memberContributions', 'range'],
    ]);
  });
  it('lists an unmapped account whose months net to zero, but not one with only zero amounts', () => {
    const out = mapOutcome(NRF_DEFAULT_MAPPING, [m('3990', 100, 1), m('3990', -100, 2), m('8910', 0)]);
    expect(out.unmapped).toEqual([{ account: '3990', total: kr(0), movements: 2 }]);
  });
  it('finds the movements and vouchers behind a figure', () => {
    const out = mapOutcome(NRF_DEFAULT_MAPPING, scenarioMovements());
    const behind = movementsBehind(out, 'revenue', 2026, { from: 3, to: 3 });
    expect(behind.map((x) => [x.account, x.outcome, x.vouchers])).toEqual([
      ['3010', kr(145_000), [{ series: 'A', number: '3010-3' }]],
    ]);
  });
  it('refuses bad account numbers and months', () => {
    expect(() => mapOutcome(NRF_DEFAULT_MAPPING, [m('30A0', 1)])).toThrow(AccountMappingError);
    expect(() =>
      mapOutcome(NRF_DEFAULT_MAPPING, [
        { account: '3010', year: 2026, month: 13 as 12, amount: negate(kr(1)) },
      ]),
    ).toThrow('month must be a whole number from 1 to 12, got 13');
  });
});

describe('checkMapping', () => {
  const rules = (...r: [string, string, string][]) => ({
    rules: r.map(([from, to, lineKey]) => ({ range: { from, to }, lineKey })),
    overrides: [],
    balanceAccounts: [],
  });
  it('refuses overlapping ranges, naming both and the accounts they share', () => {
    expect(() =>
      checkMapping(rules(['30', '38', 'revenue'], ['3590', '3599', 'memberContributions'])),
    ).toThrow(
      'rules 1 (30–38 → revenue) and 2 (3590–3599 → memberContributions) overlap on accounts 3590–3599',
    );
    expect(rangeOverlap({ from: '30', to: '34' }, { from: '3490', to: '3510' })).toEqual({
      from: '3490',
      to: '3499',
    });
    expect(rangeOverlap({ from: '30', to: '34' }, { from: '35', to: '38' })).toBeUndefined();
  });
  it('refuses malformed ranges, doubled overrides and unknown lines', () => {
    expect(() => checkMapping(rules(['3', '38', 'revenue']))).toThrow('same length');
    expect(() => checkMapping(rules(['38', '30', 'revenue']))).toThrow('runs backwards');
    expect(() => checkMapping(rules(['30', '38', 'income']), ['revenue'])).toThrow(
      'budget line "income" is not in the budget',
    );
    const twice = {
      ...rules(),
      overrides: [
        { account: '3010', lineKey: 'revenue' },
        { account: '3010', lineKey: 'otherCosts' },
      ],
    };
    expect(() => checkMapping(twice)).toThrow('account 3010 has two overrides');
  });
});
