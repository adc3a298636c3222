// "Indexera en kolumn": choose a column, a series (or type a rate), the lines, preview the
// change line by line, then put it into the pending edits (saved with the rest).
import { useState } from 'react';
import type { FormEvent } from 'react';
import { decimalToString } from '../../../core/money/decimal.ts';
import type { Decimal } from '../../../core/money/decimal.ts';
import type { Ore } from '../../../core/money/money.ts';
import type { BudgetView } from '../../api/types.ts';
import { amount, percent } from '../../format.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import { cellKey } from './budget-model.ts';
import type { CellKey, PendingEdits } from './budget-model.ts';
import { indexPreview, parseRate, seriesRate } from './index-model.ts';
import type { IndexPreviewRow, IndexSeriesView } from './index-model.ts';

type Props = {
  view: BudgetView;
  edits: PendingEdits;
  series: readonly IndexSeriesView[];
  onApply: (changes: ReadonlyMap<CellKey, Ore>, count: number) => void;
};

const CUSTOM = '__custom';

export function IndexColumn({ view, edits, series, onApply }: Props) {
  const { t } = useI18n();
  const m = t.budgetEdit.index;
  const targets = view.columns.slice(1);
  const [year, setYear] = useState(targets[0]?.year ?? 0);
  const [seriesId, setSeriesId] = useState(series[0]?.id ?? CUSTOM);
  const [rateText, setRateText] = useState('');
  const [lines, setLines] = useState<ReadonlySet<string>>(
    () => new Set(view.lines.filter((l) => l.category === 'memberContributions').map((l) => l.key)),
  );
  const [preview, setPreview] = useState<{ rate: Decimal; rows: IndexPreviewRow[] } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  if (targets.length === 0) return <p className="muted">{m.firstColumn}</p>;
  const chosen = series.find((s) => s.id === seriesId);
  const columnLabel = view.columns.find((c) => c.year === year)?.label ?? String(year);

  const rate = (): Decimal | null => {
    if (chosen) {
      const r = seriesRate(chosen, year);
      if (!r) setProblem(m.noRate(chosen.name, year));
      return r;
    }
    const r = parseRate(rateText);
    if (!r) setProblem(m.badRate);
    return r;
  };

  const showPreview = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const r = rate();
    setPreview(r ? { rate: r, rows: indexPreview(view, edits, year, r, [...lines]) } : null);
  };

  const apply = () => {
    if (!preview) return;
    const changes = new Map<CellKey, Ore>(preview.rows.map((row) => [cellKey(row.line, year), row.after]));
    onApply(changes, changes.size);
    setPreview(null);
  };

  return (
    <details className="index-tool">
      <summary>{m.summary}</summary>
      <p className="muted">{m.intro}</p>
      <form onSubmit={showPreview}>
        <div className="fields">
          <div className="field">
            <label htmlFor="index-year">{m.column}</label>
            <select id="index-year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
              {targets.map((c) => (
                <option key={c.year} value={c.year}>
                  {c.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="index-series">{m.series}</label>
            <select id="index-series" value={seriesId} onChange={(e) => setSeriesId(e.target.value)}>
              {series.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                  {s.rates[String(year)] !== undefined ? ` (${percent(s.rates[String(year)] ?? '0')})` : ''}
                </option>
              ))}
              <option value={CUSTOM}>{m.customRate}</option>
            </select>
          </div>
          {seriesId === CUSTOM && (
            <div className="field">
              <label htmlFor="index-rate">{m.rate}</label>
              <input
                id="index-rate"
                inputMode="decimal"
                aria-describedby="index-rate-help"
                value={rateText}
                onChange={(e) => setRateText(e.target.value)}
              />
              <span id="index-rate-help" className="muted">
                {m.rateHelp}
              </span>
            </div>
          )}
        </div>
        <fieldset className="checks">
          <legend>{m.lines}</legend>
          {view.lines.map((l) => (
            <label key={l.key}>
              <input
                type="checkbox"
                checked={lines.has(l.key)}
                onChange={(e) =>
                  setLines((previous) => {
                    const next = new Set(previous);
                    if (e.target.checked) next.add(l.key);
                    else next.delete(l.key);
                    return next;
                  })
                }
              />
              {l.label}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button-quiet">
          {m.preview}
        </button>
      </form>
      <div role="status">{problem && <p className="error-text">{problem}</p>}</div>
      {preview && (
        <>
          <table className="figures compact">
            <caption>{m.previewCaption(columnLabel, percent(decimalToString(preview.rate)))}</caption>
            <thead>
              <tr>
                <th scope="col">{t.budget.line}</th>
                <th scope="col" className="num">
                  {m.before}
                </th>
                <th scope="col" className="num">
                  {m.after}
                </th>
                <th scope="col" className="num">
                  {m.change}
                </th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row) => (
                <tr key={row.line}>
                  <th scope="row">{row.label}</th>
                  <td className="num">{amount(row.before, view.unit)}</td>
                  <td className="num">{amount(row.after, view.unit)}</td>
                  <td className="num">{amount(row.change, view.unit)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button
            type="button"
            className="button-primary"
            onClick={apply}
            disabled={preview.rows.length === 0}
          >
            {m.apply}
          </button>
        </>
      )}
    </details>
  );
}
