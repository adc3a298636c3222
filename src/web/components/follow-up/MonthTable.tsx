// One budget line per month: budget, outcome (months not yet known say so) and variance;
// each known outcome opens that month's vouchers.
import type { MoneyUnit } from '../../../core/money/money.ts';
import type { FollowUpLine } from '../../api/follow-up-types.ts';
import { amount } from '../../format.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import { TableScroll } from '../Status.tsx';

type Props = {
  line: FollowUpLine;
  year: number;
  unit: MoneyUnit;
  onDrill: (month: number, opener: HTMLElement) => void;
};

export function MonthTable({ line, year, unit, onDrill }: Props) {
  const { t } = useI18n();
  const m = t.followUp.outcome;
  const caption = m.monthCaption(line.label, year, unit);
  return (
    <div id="fu-months">
      <TableScroll label={caption}>
        <table className="figures compact fu-months">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.month}</th>
              <th scope="col" className="num">
                {m.budget}
              </th>
              <th scope="col" className="num">
                {m.outcome}
              </th>
              <th scope="col" className="num">
                {m.variance}
              </th>
            </tr>
          </thead>
          <tbody>
            {line.months.map((month) => {
              const name = t.followUp.months[month.month - 1] ?? String(month.month);
              return (
                <tr key={month.month}>
                  <th scope="row">{name}</th>
                  <td className="num">{amount(month.budgetOre, unit)}</td>
                  <td className="num">
                    {month.outcomeOre === null ? (
                      <span className="muted">{m.notYet}</span>
                    ) : (
                      <button
                        type="button"
                        className="fu-figure-link"
                        onClick={(e) => onDrill(month.month, e.currentTarget)}
                      >
                        {amount(month.outcomeOre, unit)}
                        <span className="visually-hidden"> – {m.openVouchers(line.label, name)}</span>
                      </button>
                    )}
                  </td>
                  <td className="num">
                    {month.outcomeOre === null ? '–' : amount(month.outcomeOre - month.budgetOre, unit)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
