// Adds a follow-up period (delår or helår) to the version. The API has no endpoint of its
// own for this: PATCH …/figures appends at followUpPeriods[n], which needs goals:write,
// is audited, and refuses (409) when someone else appended at the same place meanwhile.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { api, ApiRequestError } from '../../api/client.ts';
import type { ChangeResult, FollowUpPeriodWire } from '../../api/plan-types.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import { defaultAsOf, newPeriodId } from './follow-up.ts';

type Props = {
  base: string;
  revision: number;
  periods: readonly FollowUpPeriodWire[];
  years: readonly number[];
  open: boolean;
  onAdded: (id: string | null) => void;
};

type Outcome = { kind: 'invalid' | 'error'; text: string } | null;

/** A real calendar date written YYYY-MM-DD within the year (2026-02-30 is refused). */
function isDateIn(text: string, year: number): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match || Number(match[1]) !== year) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function AddPeriodForm({ base, revision, periods, years, open, onAdded }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [kind, setKind] = useState<FollowUpPeriodWire['kind']>('interim');
  const [year, setYear] = useState<number>(years[0] ?? new Date().getFullYear());
  const [asOf, setAsOf] = useState(() => defaultAsOf('interim', years[0] ?? new Date().getFullYear()));
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [added, setAdded] = useState('');
  // Open at first when the plan has no period; after that the user decides, so adding a
  // period does not close the form under the keyboard focus.
  const [initiallyOpen] = useState(open);

  function choose(nextKind: FollowUpPeriodWire['kind'], nextYear: number) {
    setKind(nextKind);
    setYear(nextYear);
    setAsOf(defaultAsOf(nextKind, nextYear));
    setOutcome(null);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const name = t.plan.periodName(kind, year);
    const date = asOf.trim();
    if (!isDateIn(date, year)) {
      setOutcome({ kind: 'invalid', text: t.plan.asOfInvalid(year) });
      return;
    }
    if (periods.some((p) => p.kind === kind && p.asOf === date)) {
      setOutcome({ kind: 'invalid', text: t.plan.periodExists(name) });
      return;
    }
    const period: FollowUpPeriodWire = {
      id: newPeriodId(
        kind,
        year,
        date,
        periods.map((p) => p.id),
      ),
      kind,
      year,
      asOf: date,
    };
    setSaving(true);
    setOutcome(null);
    setAdded('');
    api
      .send<ChangeResult>('PATCH', `${base}/figures`, {
        revision,
        changes: [{ path: `followUpPeriods[${periods.length}]`, value: period }],
      })
      .then(
        () => {
          setAdded(t.plan.periodAdded(name));
          onAdded(period.id);
        },
        (error: unknown) => {
          if (error instanceof ApiRequestError && error.status === 409) {
            setOutcome({ kind: 'error', text: t.plan.conflict });
            onAdded(null);
          } else {
            setOutcome({
              kind: 'error',
              text: t.plan.saveFailed(error instanceof Error ? error.message : String(error)),
            });
          }
        },
      )
      .finally(() => setSaving(false));
  }

  const invalid = outcome?.kind === 'invalid';
  return (
    <>
      <details className="add-period" open={initiallyOpen}>
        <summary>{t.plan.addPeriod}</summary>
        <form onSubmit={submit} noValidate>
          <div className="add-period-fields">
            <div className="field-inline">
              <label htmlFor={`${id}-kind`}>{t.plan.periodKind}</label>
              <select
                id={`${id}-kind`}
                value={kind}
                onChange={(e) => choose(e.target.value as FollowUpPeriodWire['kind'], year)}
              >
                <option value="interim">{t.plan.periodKinds.interim}</option>
                <option value="annual">{t.plan.periodKinds.annual}</option>
              </select>
            </div>
            <div className="field-inline">
              <label htmlFor={`${id}-year`}>{t.plan.periodYear}</label>
              <select id={`${id}-year`} value={year} onChange={(e) => choose(kind, Number(e.target.value))}>
                {years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </div>
            <div className="field-inline asof-field">
              <label htmlFor={`${id}-asof`}>{t.plan.periodAsOf}</label>
              {/* A text field, not type="date": the browser's date field shows its own
                  locale's format (08/31/2026), not the sv-SE 2026-08-31 the plan uses. */}
              <span id={`${id}-asof-hint`} className="hint">
                {t.plan.periodAsOfHint}
              </span>
              <input
                id={`${id}-asof`}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                size={10}
                value={asOf}
                aria-describedby={`${id}-asof-hint${invalid ? ` ${id}-error` : ''}`}
                aria-invalid={invalid}
                onChange={(e) => {
                  setAsOf(e.target.value);
                  setOutcome(null);
                }}
              />
            </div>
            {/* aria-disabled, not disabled: a disabled button would drop the keyboard focus. */}
            <button type="submit" className="button-primary" aria-disabled={saving}>
              {saving ? t.plan.adding : t.plan.addPeriodSubmit}
            </button>
          </div>
          {outcome && (
            <p id={`${id}-error`} role="alert" className="alert alert-error">
              {outcome.text}
            </p>
          )}
        </form>
      </details>
      <p role="status" className="save-status">
        {added}
      </p>
    </>
  );
}
