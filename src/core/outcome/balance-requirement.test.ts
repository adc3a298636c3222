import { describe, expect, it } from 'vitest';
import { fromKronor, fromUnits } from '../money/money.ts';
import { balanceRequirementStatement } from './balance-requirement.ts';
import { trackDeficits } from './deficits.ts';

const kr = fromKronor;
const mnkr = (n: number) => fromUnits(n, 'mnkr');

describe('balanceRequirementStatement', () => {
  it('deducts realisation gains and a provision to the reserve (RUR before 2024)', () => {
    // 563 − 23 = 540 after adjustments; 540 − 185 to the reserve = 355 mnkr
    const s = balanceRequirementStatement({
      year: 2015,
      result: mnkr(563),
      realisationGains: mnkr(23),
      reserveProvision: mnkr(185),
    });
    expect(s.resultAfterAdjustments).toBe(mnkr(540));
    expect(s.balanceRequirementResult).toBe(mnkr(355));
    expect(s.reserve).toEqual({ kind: 'RUR', name: 'resultatutjämningsreserv' });
    expect(s.rows.map((r) => [r.key, r.amount])).toEqual([
      ['result', mnkr(563)],
      ['realisationGains', mnkr(-23)],
      ['exemptedRealisationGains', 0],
      ['exemptedRealisationLosses', 0],
      ['unrealisedSecurities', 0],
      ['unrealisedSecuritiesReversal', 0],
      ['resultAfterAdjustments', mnkr(540)],
      ['reserveProvision', mnkr(-185)],
      ['reserveUse', 0],
      ['balanceRequirementResult', mnkr(355)],
    ]);
    expect(s.rows[7]?.label).toBe('Reservering till resultatutjämningsreserv (RUR)');
  });

  it('applies every adjustment with its sign (RER from 2024)', () => {
    // 1 200 000 − 300 000 + 100 000 + 50 000 − 80 000 (unrealised gain out) + 20 000 (reversed loss out)
    //   = 990 000 after adjustments; − 400 000 to the reserve + 0 = 590 000
    const s = balanceRequirementStatement({
      year: 2026,
      result: kr(1_200_000),
      realisationGains: kr(300_000),
      exemptedRealisationGains: kr(100_000),
      exemptedRealisationLosses: kr(50_000),
      unrealisedSecurities: kr(80_000),
      unrealisedSecuritiesReversal: kr(-20_000),
      reserveProvision: kr(400_000),
    });
    expect(s.resultAfterAdjustments).toBe(kr(990_000));
    expect(s.balanceRequirementResult).toBe(kr(590_000));
    expect(s.reserve.kind).toBe('RER');
    expect(s.rows.find((r) => r.key === 'reserveUse')?.label).toBe('Disposition från resultatreserv (RER)');
  });

  it('lets the reserve cover part of a deficit, and accepts the older name when told', () => {
    // −500 000 + 200 000 from the reserve = −300 000
    const s = balanceRequirementStatement({
      year: 2024,
      result: kr(-500_000),
      reserveUse: kr(200_000),
      reserveKind: 'RUR',
    });
    expect(s.balanceRequirementResult).toBe(kr(-300_000));
    expect(s.reserve.kind).toBe('RUR');
  });

  it('refuses negative magnitudes and more exempted gains than gains', () => {
    expect(() =>
      balanceRequirementStatement({ year: 2026, result: kr(0), reserveProvision: kr(-1) }),
    ).toThrow('positive amount');
    expect(() =>
      balanceRequirementStatement({
        year: 2026,
        result: kr(0),
        realisationGains: kr(1),
        exemptedRealisationGains: kr(2),
      }),
    ).toThrow('cannot exceed all realisation gains');
  });
});

describe('trackDeficits', () => {
  it('restores a deficit over two years, first in first out', () => {
    // 2026: −300 000; 2027: +100 000 restores 100 000; 2028: +250 000 restores the last 200 000
    // (the 50 000 over is not kept for later deficits)
    const t = trackDeficits(
      [
        { year: 2026, balanceRequirementResult: kr(-300_000) },
        { year: 2027, balanceRequirementResult: kr(100_000) },
        { year: 2028, balanceRequirementResult: kr(250_000) },
        { year: 2029, balanceRequirementResult: kr(-10_000) },
      ],
      2028,
    );
    expect(t.deficits).toEqual([
      {
        year: 2026,
        deficit: kr(300_000),
        deadlineYear: 2029,
        deadline: '2029-12-31',
        restorations: [
          { year: 2027, amount: kr(100_000) },
          { year: 2028, amount: kr(200_000) },
        ],
        restored: kr(300_000),
        remaining: kr(0),
        status: 'restored',
      },
    ]);
    expect(t.remaining).toBe(kr(0));
    expect(t.deadlinePassed).toBe(false);
  });

  it('restores the oldest deficit first', () => {
    // 2026 −100 and 2027 −200; 2028 +250 restores 100 of 2026 and 150 of 2027: 50 remain
    const t = trackDeficits([
      { year: 2026, balanceRequirementResult: kr(-100) },
      { year: 2027, balanceRequirementResult: kr(-200) },
      { year: 2028, balanceRequirementResult: kr(250) },
    ]);
    expect(t.deficits.map((d) => [d.year, d.restored, d.remaining, d.status])).toEqual([
      [2026, kr(100), kr(0), 'restored'],
      [2027, kr(150), kr(50), 'open'],
    ]);
    expect(t.remaining).toBe(kr(50));
  });

  it('reports a deadline passed, and a deficit restored after its deadline', () => {
    // 2022 −400 000, deadline 2025: 2023 +100 000, 2024 0, 2025 +50 000 → 250 000 remain
    const years = [
      { year: 2022, balanceRequirementResult: kr(-400_000) },
      { year: 2023, balanceRequirementResult: kr(100_000) },
      { year: 2024, balanceRequirementResult: kr(0) },
      { year: 2025, balanceRequirementResult: kr(50_000) },
      { year: 2026, balanceRequirementResult: kr(300_000) },
    ];
    const in2025 = trackDeficits(years, 2025);
    expect(in2025.deficits[0]).toMatchObject({
      remaining: kr(250_000),
      status: 'open',
      deadline: '2025-12-31',
    });
    expect(in2025.deadlinePassed).toBe(false);

    const notYetIn2026 = trackDeficits(years.slice(0, 4), 2026);
    expect(notYetIn2026.deficits[0]?.status).toBe('overdue');
    expect(notYetIn2026.deadlinePassed).toBe(true);

    // 2026's +300 000 restores the last 250 000, a year late
    const in2026 = trackDeficits(years, 2026);
    expect(in2026.deficits[0]).toMatchObject({ remaining: kr(0), status: 'restoredLate' });
    expect(in2026.deadlinePassed).toBe(false);
  });

  it('refuses a year given twice and nothing at all', () => {
    const twice = [
      { year: 2026, balanceRequirementResult: kr(1) },
      { year: 2026, balanceRequirementResult: kr(2) },
    ];
    expect(() => trackDeficits(twice)).toThrow('2026 is given twice');
    expect(() => trackDeficits([])).toThrow('at least one');
  });
});
