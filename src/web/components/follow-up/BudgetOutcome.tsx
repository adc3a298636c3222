// Budget mot utfall: year and through-month pickers, the table per line with its months,
// the drill-down to vouchers, accounts no line takes, and the forecast override form.
import { useEffect, useId, useRef, useState } from 'react';
import type { FollowUpView } from '../../api/follow-up-types.ts';
import { amount } from '../../format.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import { useCan } from '../../session.ts';
import type { Loaded } from '../../use-api.ts';
import { LoadState } from '../LoadState.tsx';
import { TableScroll } from '../Status.tsx';
import { ForecastForm } from './ForecastForm.tsx';
import { MonthTable } from './MonthTable.tsx';
import { OutcomeTable } from './OutcomeTable.tsx';
import type { Drill } from './OutcomeTable.tsx';
import { VoucherDialog } from './VoucherDialog.tsx';
import { dateTime } from './when.ts';

type Props = {
  base: string;
  years: readonly number[];
  year: number;
  through: number | null;
  loaded: Loaded<FollowUpView>;
  onPick: (year: number, through: number | null) => void;
  /** A forecast changed: the balanskravsutredning, which builds on it, must be fetched again too. */
  onForecastChanged: () => void;
};

export function BudgetOutcome({ base, years, year, through, loaded, onPick, onForecastChanged }: Props) {
  const { t } = useI18n();
  const m = t.followUp.outcome;
  const id = useId();
  const mayWrite = useCan('budget:write');
  const [expanded, setExpanded] = useState<string | null>(null);
  const [drill, setDrill] = useState<Drill | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const view = loaded.state === 'ok' ? loaded.data : null;
  const shownThrough = through ?? view?.throughMonth ?? 12;

  const openDrill = (next: Drill, from: HTMLElement) => {
    opener.current = from;
    setDrill(next);
  };
  const closeDrill = () => setDrill(null);
  // Back to the figure that opened the dialog, once the modal is gone (focus cannot leave it before).
  useEffect(() => {
    if (drill === null) opener.current?.focus();
  }, [drill]);
  const expandedLine = view?.lines.find((l) => l.key === expanded);
  const period = (month: number | null) =>
    month === null
      ? `${view?.year ?? year} ${m.toDate(t.followUp.months[shownThrough - 1] ?? '')}`
      : `${t.followUp.months[month - 1] ?? month} ${view?.year ?? year}`;

  return (
    <section className="card fu-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{m.heading}</h2>
      <div className="inline-fields">
        <div className="field">
          <label htmlFor={`${id}-year`}>{m.year}</label>
          <select id={`${id}-year`} value={year} onChange={(e) => onPick(Number(e.target.value), through)}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-through`}>{m.through}</label>
          <select
            id={`${id}-through`}
            value={shownThrough}
            onChange={(e) => onPick(year, Number(e.target.value))}
          >
            {shownThrough === 0 && <option value={0}>{m.noMonth}</option>}
            {t.followUp.months.map((name, i) => (
              <option key={name} value={i + 1}>
                {name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {!view && <LoadState loaded={loaded} what={m.heading} />}
      {view && (
        <>
          <p className="muted">
            {view.source
              ? m.source(view.source.fileName, view.source.company, dateTime(view.source.importedAt))
              : m.noSource}
          </p>
          <OutcomeTable
            view={view}
            unit="tkr"
            expanded={expanded}
            onToggle={(key) => setExpanded((k) => (k === key ? null : key))}
            onDrill={openDrill}
          />
          <p className="note">{m.varianceNote}</p>
          {expandedLine && (
            <MonthTable
              line={expandedLine}
              year={view.year}
              unit="tkr"
              onDrill={(month, from) =>
                openDrill({ lineKey: expandedLine.key, label: expandedLine.label, month }, from)
              }
            />
          )}
          {view.unmapped.length > 0 && (
            <div className="fu-warning" role="note" aria-labelledby={`${id}-unmapped`}>
              <p id={`${id}-unmapped`} className="fu-warning-title">
                <span aria-hidden="true">! </span>
                {m.unmappedTitle}
              </p>
              <p>{m.unmappedIntro}</p>
              <TableScroll label={m.unmappedCaption('kr')}>
                <table className="figures compact">
                  <caption>{m.unmappedCaption('kr')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{m.account}</th>
                      <th scope="col">{m.name}</th>
                      <th scope="col" className="num">
                        {t.followUp.amount}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {view.unmapped.map((u) => (
                      <tr key={u.account}>
                        <th scope="row">{u.account}</th>
                        <td>{u.name ?? ''}</td>
                        <td className="num">{amount(u.amountOre, 'kr')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            </div>
          )}
          {mayWrite && <ForecastForm view={view} base={base} onSaved={onForecastChanged} />}
        </>
      )}
      {drill && view && (
        <VoucherDialog
          path={`${base}/follow-up/vouchers?line=${encodeURIComponent(drill.lineKey)}&year=${view.year}${
            drill.month === null ? '' : `&month=${drill.month}`
          }`}
          title={t.followUp.vouchers.title(drill.label, period(drill.month))}
          onClose={closeDrill}
        />
      )}
    </section>
  );
}
