// Likviditet: the lowest projected bank balance against the 500 000 kr floor (words and a
// symbol, not colour only), the daily line with its month table, the planned flows, and
// the payment check.
import { useId } from 'react';
import type { LiquidityView } from '../../api/follow-up-types.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import type { Loaded } from '../../use-api.ts';
import { LoadState } from '../LoadState.tsx';
import { Status, TableScroll } from '../Status.tsx';
import { kronor, monthBalances } from './follow-up-model.ts';
import { Flows } from './Flows.tsx';
import { LiquidityChart } from './LiquidityChart.tsx';
import { OpeningBalance } from './OpeningBalance.tsx';
import { PaymentCheck } from './PaymentCheck.tsx';

const kr = (ore: number) => `${kronor(ore)} kr`;

export function Liquidity({ base, loaded }: { base: string; loaded: Loaded<LiquidityView> }) {
  const { t } = useI18n();
  const m = t.followUp.liquidity;
  const id = useId();
  const view = loaded.state === 'ok' ? loaded.data : null;
  const reload = loaded.state === 'ok' ? loaded.reload : () => undefined;
  return (
    <section className="card fu-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{m.heading}</h2>
      {loaded.state === 'error' && loaded.code === 'no_opening_balance' ? (
        <OpeningBalance base={base} details={loaded.details} onSaved={loaded.retry} />
      ) : (
        !view && <LoadState loaded={loaded} what={m.heading} />
      )}
      {view && (
        <>
          <p className="fu-key-figure">
            <span className="fu-key-label">{m.lowest}</span>{' '}
            <strong data-testid="lowest-balance">{kr(view.lowest.balanceOre)}</strong>{' '}
            {m.lowestOn(view.lowest.date)}{' '}
            <Status tone={view.breaksFloor ? 'bad' : 'good'}>{view.breaksFloor ? m.breaks : m.keeps}</Status>
          </p>
          <p className="muted">
            {m.floor(kr(view.floorOre))}{' '}
            {m.opening(view.opening.date, kr(view.opening.balanceOre), m.source[view.opening.source])}
          </p>
          <LiquidityChart view={view} />
          <MonthBalances view={view} />
          <Flows base={base} flows={view.flows} onChanged={reload} />
          <PaymentCheck base={base} view={view} />
        </>
      )}
    </section>
  );
}

function MonthBalances({ view }: { view: LiquidityView }) {
  const { t } = useI18n();
  const m = t.followUp.liquidity;
  const caption = m.tableCaption('kr');
  return (
    <TableScroll label={caption}>
      <table className="figures compact fu-month-balances">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.month}</th>
            <th scope="col" className="num">
              {m.monthEnd}
            </th>
            <th scope="col" className="num">
              {m.monthLow}
            </th>
          </tr>
        </thead>
        <tbody>
          {monthBalances(view.days).map((row) => {
            const below = row.lowest < view.floorOre;
            return (
              <tr key={row.month}>
                <th scope="row">{row.month}</th>
                <td className="num">{kronor(row.end)}</td>
                <td className="num">
                  {kronor(row.lowest)} <span className="muted">({row.lowestDate})</span>
                  {below && (
                    <>
                      {' '}
                      <Status tone="bad">{m.breaks}</Status>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
