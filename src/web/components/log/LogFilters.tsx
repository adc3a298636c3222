// The log's filters: who (username), what (action) and when (a date range in the reader's
// time zone). Applied with a button, so changing a field never reloads the table by itself.
import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useI18n } from '../../i18n/I18n.tsx';
import { validDate } from '../versions/DecideForm.tsx';

export type LogFilterValues = { who: string; what: string; from: string; to: string };
export const NO_FILTERS: LogFilterValues = { who: '', what: '', from: '', to: '' };

type Props = { applied: LogFilterValues; knownUsers: string[]; onApply: (filters: LogFilterValues) => void };

export function LogFilters({ applied, knownUsers, onApply }: Props) {
  const { t } = useI18n();
  const m = t.log;
  const [values, setValues] = useState(applied);
  const [problem, setProblem] = useState<string | null>(null);
  const fromInput = useRef<HTMLInputElement>(null);
  const set = (key: keyof LogFilterValues) => (e: { target: { value: string } }) =>
    setValues({ ...values, [key]: e.target.value });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const bad = (d: string) => d !== '' && !validDate(d);
    if (bad(values.from) || bad(values.to)) setProblem(m.badDate);
    else if (values.from !== '' && values.to !== '' && values.from > values.to) setProblem(m.badRange);
    else {
      setProblem(null);
      onApply({ ...values, who: values.who.trim() });
      return;
    }
    fromInput.current?.focus();
  };

  return (
    <form className="log-filters" onSubmit={submit} noValidate aria-labelledby="log-filters-heading">
      <h2 id="log-filters-heading">{m.filtersHeading}</h2>
      {problem && (
        <p role="alert" id="log-filter-problem" className="alert alert-error">
          {problem}
        </p>
      )}
      <div className="filter-grid">
        <div className="field">
          <label htmlFor="log-who">{m.who}</label>
          <input
            id="log-who"
            list="log-who-list"
            autoCapitalize="none"
            spellCheck={false}
            value={values.who}
            aria-describedby="log-who-hint"
            onChange={set('who')}
          />
          <span className="hint" id="log-who-hint">
            {m.whoHint}
          </span>
          <datalist id="log-who-list">
            {knownUsers.map((u) => (
              <option key={u} value={u} />
            ))}
          </datalist>
        </div>
        <div className="field">
          <label htmlFor="log-what">{m.what}</label>
          <select id="log-what" value={values.what} onChange={set('what')}>
            <option value="">{m.anything}</option>
            {Object.entries(m.actions).map(([action, label]) => (
              <option key={action} value={action}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="log-from">{m.from}</label>
          <input
            ref={fromInput}
            id="log-from"
            inputMode="numeric"
            autoComplete="off"
            value={values.from}
            aria-invalid={problem !== null}
            aria-describedby={problem ? 'log-date-hint log-filter-problem' : 'log-date-hint'}
            onChange={set('from')}
          />
          <span className="hint" id="log-date-hint">
            {m.dateHint}
          </span>
        </div>
        <div className="field">
          <label htmlFor="log-to">{m.to}</label>
          <input
            id="log-to"
            inputMode="numeric"
            autoComplete="off"
            value={values.to}
            aria-invalid={problem !== null}
            aria-describedby={problem ? 'log-date-hint log-filter-problem' : 'log-date-hint'}
            onChange={set('to')}
          />
        </div>
      </div>
      <div className="button-row">
        <button type="submit" className="button-primary">
          {m.apply}
        </button>
        <button
          type="button"
          className="button-quiet"
          onClick={() => {
            setValues(NO_FILTERS);
            setProblem(null);
            onApply(NO_FILTERS);
          }}
        >
          {m.clear}
        </button>
      </div>
    </form>
  );
}

/** The API query for the filters; dates are whole days in the reader's time zone, "to" inclusive. */
export function auditQuery(filters: LogFilterValues, limit: number, offset: number): string {
  const query = new URLSearchParams({ limit: String(limit), offset: String(offset) });
  if (filters.who !== '') query.set('username', filters.who);
  if (filters.what !== '') query.set('action', filters.what);
  if (filters.from !== '') query.set('from', localMidnight(filters.from, 0));
  // The API's "to" is exclusive: the day after the chosen one begins.
  if (filters.to !== '') query.set('to', localMidnight(filters.to, 1));
  return query.toString();
}

function localMidnight(date: string, addDays: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + addDays).toISOString();
}
