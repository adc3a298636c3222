// Budget versus outcome per budget line: year, to date, outcome (a button that opens its
// vouchers), variance in tkr and %, and the forecast (marked when overridden, with the
// comment). The result row sums the lines as the API computes them.
import type { MoneyUnit } from '../../../core/money/money.ts';
import { ore } from '../../../core/money/money.ts';
import { decimalToString } from '../../../core/money/decimal.ts';
import { variancePercent } from '../../../core/outcome/variance.ts';
import type { FollowUpLine, FollowUpView } from '../../api/follow-up-types.ts';
import { amount, percent } from '../../format.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import { TableScroll } from '../Status.tsx';

export type Drill = { lineKey: string; label: string; month: number | null };

type Props = {
  view: FollowUpView;
  unit: MoneyUnit;
  expanded: string | null;
  onToggle: (lineKey: string) => void;
  onDrill: (drill: Drill, opener: HTMLElement) => void;
};

export function OutcomeTable({ view, unit, expanded, onToggle, onDrill }: Props) {
  const { t } = useI18n();
  const m = t.followUp.outcome;
  const month = t.followUp.months[view.throughMonth - 1] ?? m.noMonth;
  const caption = m.caption(view.year, month, unit);
  const r = view.result;
  const resultVariance = r.outcomeToDateOre - r.budgetToDateOre;
  const resultPercent = variancePercent(ore(resultVariance), ore(r.budgetToDateOre));
  const fig = (value: number) => amount(value, unit);
  return (
    <TableScroll label={caption}>
      <table className="figures fu-outcome">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.line}</th>
            <th scope="col" className="num">
              {m.budgetYear}
            </th>
            <th scope="col" className="num">
              {m.budgetToDate}
            </th>
            <th scope="col" className="num">
              {m.outcomeToDate}
            </th>
            <th scope="col" className="num">
              {m.variance}
            </th>
            <th scope="col" className="num">
              {m.variancePercent}
            </th>
            <th scope="col" className="num">
              {m.forecast}
            </th>
            <th scope="col">{m.months}</th>
          </tr>
        </thead>
        <tbody>
          {view.lines.map((line) => (
            <LineRow
              key={line.key}
              line={line}
              fig={fig}
              period={m.toDate(month)}
              expanded={expanded === line.key}
              onToggle={() => onToggle(line.key)}
              onDrill={(opener) => onDrill({ lineKey: line.key, label: line.label, month: null }, opener)}
            />
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{m.result}</th>
            <td className="num">{fig(r.budgetYearOre)}</td>
            <td className="num">{fig(r.budgetToDateOre)}</td>
            <td className="num">{fig(r.outcomeToDateOre)}</td>
            <td className="num">{fig(resultVariance)}</td>
            <td className="num">{resultPercent ? percent(decimalToString(resultPercent)) : '–'}</td>
            <td className="num">{fig(r.forecastOre)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}

type RowProps = {
  line: FollowUpLine;
  fig: (value: number) => string;
  period: string;
  expanded: boolean;
  onToggle: () => void;
  onDrill: (opener: HTMLElement) => void;
};

function LineRow({ line, fig, period, expanded, onToggle, onDrill }: RowProps) {
  const { t } = useI18n();
  const m = t.followUp.outcome;
  return (
    <tr data-line={line.key}>
      <th scope="row">{line.label}</th>
      <td className="num">{fig(line.budgetYearOre)}</td>
      <td className="num">{fig(line.budgetToDateOre)}</td>
      <td className="num">
        <button type="button" className="fu-figure-link" onClick={(e) => onDrill(e.currentTarget)}>
          {fig(line.outcomeToDateOre)}
          <span className="visually-hidden"> – {m.openVouchers(line.label, period)}</span>
        </button>
      </td>
      <td className="num">{fig(line.varianceOre)}</td>
      <td className="num">{line.variancePercent === null ? '–' : percent(line.variancePercent)}</td>
      <td className="num fu-forecast">
        {line.override && (
          <span className="fu-override-mark" title={m.overridden}>
            <span aria-hidden="true">✎ </span>
            <span className="visually-hidden">{m.overridden}: </span>
          </span>
        )}
        {fig(line.forecastOre)}
        {line.override && (
          <span className="fu-comment">
            {line.override.comment}{' '}
            <span className="muted">({m.overrideBy(line.override.by, line.override.at.slice(0, 10))})</span>
          </span>
        )}
      </td>
      <td>
        <button
          type="button"
          className="button-quiet fu-toggle"
          aria-expanded={expanded}
          aria-controls={expanded ? 'fu-months' : undefined}
          onClick={onToggle}
        >
          {m.months}
          <span className="visually-hidden"> {line.label}</span>
        </button>
      </td>
    </tr>
  );
}
