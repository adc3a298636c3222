// Balanskravsutredning (KL 11 kap): the statement from the year's result to the
// balanskravsresultat, the reserve in use (RER from 2024, RUR before), and negative
// results still to restore with their deadlines, status in words.
import { useId } from 'react';
import type { BalanceRequirementView } from '../../api/follow-up-types.ts';
import { amount } from '../../format.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import { useCan } from '../../session.ts';
import type { Loaded } from '../../use-api.ts';
import { LoadState } from '../LoadState.tsx';
import { Status, TableScroll } from '../Status.tsx';
import type { Tone } from '../Status.tsx';
import { AdjustmentsForm } from './AdjustmentsForm.tsx';

const TONE: Record<BalanceRequirementView['deficits'][number]['status'], Tone> = {
  restored: 'good',
  restoredLate: 'warn',
  open: 'warn',
  overdue: 'bad',
};
const UNIT = 'tkr';

type Props = { base: string; year: number; loaded: Loaded<BalanceRequirementView> };

export function BalanceRequirement({ base, year, loaded }: Props) {
  const { t } = useI18n();
  const m = t.followUp.balance;
  const id = useId();
  const mayWrite = useCan('budget:write');
  const view = loaded.state === 'ok' ? loaded.data : null;
  const reload = loaded.state === 'ok' ? loaded.reload : () => undefined;
  const caption = m.caption(year, UNIT);
  return (
    <section className="card fu-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{m.heading}</h2>
      {!view && <LoadState loaded={loaded} what={m.heading} />}
      {view && (
        <>
          <p className="muted">{m.basis[view.basis]}</p>
          <p className="fu-key-figure">
            <span className="fu-key-label">{m.result}</span>{' '}
            <strong data-testid="balance-result">
              {amount(view.balanceRequirementResultOre, UNIT)} {UNIT}
            </strong>{' '}
            <Status tone={view.balanceRequirementResultOre < 0 ? 'bad' : 'good'}>
              {view.balanceRequirementResultOre < 0 ? m.negative : m.nonNegative}
            </Status>
          </p>
          <p>
            {m.reserveLabel}: {m.reserve[view.reserve]}
          </p>
          <TableScroll label={caption}>
            <table className="figures fu-balance">
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.item}</th>
                  <th scope="col" className="num">
                    {m.amount}
                  </th>
                </tr>
              </thead>
              <tbody>
                {view.rows.map((row, i) => {
                  const strong = row.kind === 'subtotal' || row.kind === 'total';
                  return (
                    <tr key={i} className={strong ? `fu-row-${row.kind}` : undefined}>
                      <th scope="row">{strong ? <strong>{row.label}</strong> : row.label}</th>
                      <td className="num">
                        {strong ? (
                          <strong>{amount(row.amountOre, UNIT)}</strong>
                        ) : (
                          amount(row.amountOre, UNIT)
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
          {view.deficits.length === 0 ? (
            <p className="muted">{m.noDeficits}</p>
          ) : (
            <TableScroll label={m.deficitsCaption(UNIT)}>
              <table className="figures compact">
                <caption>{m.deficitsCaption(UNIT)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{m.deficitYear}</th>
                    <th scope="col" className="num">
                      {m.deficit}
                    </th>
                    <th scope="col" className="num">
                      {m.restored}
                    </th>
                    <th scope="col" className="num">
                      {m.remaining}
                    </th>
                    <th scope="col">{m.deadline}</th>
                    <th scope="col">{m.status}</th>
                  </tr>
                </thead>
                <tbody>
                  {view.deficits.map((d) => (
                    <tr key={d.year}>
                      <th scope="row">{d.year}</th>
                      <td className="num">{amount(d.amountOre, UNIT)}</td>
                      <td className="num">{amount(d.restoredOre, UNIT)}</td>
                      <td className="num">{amount(d.remainingOre, UNIT)}</td>
                      <td>{d.deadlineYear}</td>
                      <td>
                        <Status tone={TONE[d.status]}>{m.statusText[d.status]}</Status>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
          <p className="note">{m.law}</p>
          {mayWrite && <AdjustmentsForm base={base} year={year} onSaved={reload} />}
        </>
      )}
    </section>
  );
}
