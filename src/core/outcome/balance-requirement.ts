// Balanskravsutredning: from the year's result to the balanskravsresultat, the figure the
// balance requirement is judged on (LKBR 11 kap 10 §, which applies to kommunalförbund by
// LKBR 1 kap 3 §; a negative one must be restored under KL 11 kap 12 §, see deficits.ts).
// The reserve is the resultatutjämningsreserv (RUR, KL 11 kap 14 § as worded until 2023)
// or, from 2024, the resultatreserv (RER) that replaced it (prop. 2022/23:119).
// The ceilings on provisions in KL 11 kap 14 § need tax and grant figures a federation
// does not have, so they are not checked here.
import { ZERO, negate, sum } from '../money/money.ts';
import type { Ore } from '../money/money.ts';
import { OutcomeInputError } from './types.ts';

export type ReserveKind = 'RUR' | 'RER';

export const RESERVE_NAMES: Readonly<Record<ReserveKind, string>> = {
  RUR: 'resultatutjämningsreserv',
  RER: 'resultatreserv',
};

/** RER replaced RUR on 1 January 2024 (prop. 2022/23:119). */
export function reserveKindFor(year: number): ReserveKind {
  return year >= 2024 ? 'RER' : 'RUR';
}

export type BalanceRequirementInput = {
  year: number;
  /** Årets resultat enligt resultaträkningen. */
  result: Ore;
  /** Samtliga realisationsvinster (≥ 0), deducted. */
  realisationGains?: Ore;
  /** Realisationsvinster enligt undantagsmöjlighet (≥ 0, at most all gains), added back. */
  exemptedRealisationGains?: Ore;
  /** Realisationsförluster enligt undantagsmöjlighet (≥ 0), added back. */
  exemptedRealisationLosses?: Ore;
  /** Orealiserade vinster (+) och förluster (−) i värdepapper as they are in the result: taken out. */
  unrealisedSecurities?: Ore;
  /** Återföring av tidigare orealiserade vinster/förluster, signed as in the result: taken out. */
  unrealisedSecuritiesReversal?: Ore;
  /** Reservering till RUR/RER (≥ 0), deducted. */
  reserveProvision?: Ore;
  /** Disposition från RUR/RER (≥ 0), added. */
  reserveUse?: Ore;
  /** Which reserve the year speaks of; by default RUR before 2024 and RER from 2024. */
  reserveKind?: ReserveKind;
};

export type BalanceRequirementRowKey =
  | 'result'
  | 'realisationGains'
  | 'exemptedRealisationGains'
  | 'exemptedRealisationLosses'
  | 'unrealisedSecurities'
  | 'unrealisedSecuritiesReversal'
  | 'resultAfterAdjustments'
  | 'reserveProvision'
  | 'reserveUse'
  | 'balanceRequirementResult';

/** One row of the statement, with the amount as it enters the sum (subtotals as they stand). */
export type BalanceRequirementRow = { key: BalanceRequirementRowKey; label: string; amount: Ore };

export type BalanceRequirementStatement = {
  year: number;
  reserve: { kind: ReserveKind; name: string };
  rows: readonly BalanceRequirementRow[];
  resultAfterAdjustments: Ore;
  balanceRequirementResult: Ore;
};

function nonNegative(value: Ore | undefined, field: string): Ore {
  if (value !== undefined && value < 0) {
    throw new OutcomeInputError(
      `${field} is entered as a positive amount (the statement applies the sign), got ${value} öre`,
    );
  }
  return value ?? ZERO;
}

export function balanceRequirementStatement(input: BalanceRequirementInput): BalanceRequirementStatement {
  const gains = nonNegative(input.realisationGains, 'realisationGains');
  const exemptGains = nonNegative(input.exemptedRealisationGains, 'exemptedRealisationGains');
  const exemptLosses = nonNegative(input.exemptedRealisationLosses, 'exemptedRealisationLosses');
  const provision = nonNegative(input.reserveProvision, 'reserveProvision');
  const use = nonNegative(input.reserveUse, 'reserveUse');
  if (exemptGains > gains) {
    throw new OutcomeInputError(
      `exempted realisation gains (${exemptGains} öre) cannot exceed all realisation gains (${gains} öre)`,
    );
  }
  const kind = input.reserveKind ?? reserveKindFor(input.year);
  const reserve = RESERVE_NAMES[kind];
  const adjustments: BalanceRequirementRow[] = [
    { key: 'result', label: 'Årets resultat', amount: input.result },
    { key: 'realisationGains', label: 'Samtliga realisationsvinster', amount: negate(gains) },
    {
      key: 'exemptedRealisationGains',
      label: 'Realisationsvinster enligt undantagsmöjlighet',
      amount: exemptGains,
    },
    {
      key: 'exemptedRealisationLosses',
      label: 'Realisationsförluster enligt undantagsmöjlighet',
      amount: exemptLosses,
    },
    {
      key: 'unrealisedSecurities',
      label: 'Orealiserade vinster och förluster i värdepapper',
      amount: negate(input.unrealisedSecurities ?? ZERO),
    },
    {
      key: 'unrealisedSecuritiesReversal',
      label: 'Återföring av orealiserade vinster och förluster i värdepapper',
      amount: negate(input.unrealisedSecuritiesReversal ?? ZERO),
    },
  ];
  const resultAfterAdjustments = sum(adjustments.map((r) => r.amount));
  const balanceRequirementResult = sum([resultAfterAdjustments, negate(provision), use]);
  return {
    year: input.year,
    reserve: { kind, name: reserve },
    rows: [
      ...adjustments,
      {
        key: 'resultAfterAdjustments',
        label: 'Årets resultat efter balanskravsjusteringar',
        amount: resultAfterAdjustments,
      },
      { key: 'reserveProvision', label: `Reservering till ${reserve} (${kind})`, amount: negate(provision) },
      { key: 'reserveUse', label: `Disposition från ${reserve} (${kind})`, amount: use },
      { key: 'balanceRequirementResult', label: 'Balanskravsresultat', amount: balanceRequirementResult },
    ],
    resultAfterAdjustments,
    balanceRequirementResult,
  };
}
