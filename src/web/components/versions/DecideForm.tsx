// Records the board's decision on a version: date and § first, then a confirmation step,
// since a decided version is locked for good (ARCHITECTURE.md, "Decided plan versions are immutable").
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { PlanVersion } from '../../api/admin-types.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import { ActionAlert } from './ActionAlert.tsx';

type Props = {
  version: PlanVersion;
  /** The version decided now, which the decision supersedes. */
  decidedNow: PlanVersion | null;
  busy: boolean;
  error: string | null;
  onDecide: (decision: { date: string; paragraph: string; label: string | null }) => void;
  onCancel: () => void;
};

/** "6", "§6" or "§ 6" → "§ 6", as the API stores it; null when it is no paragraph. */
export function normaliseParagraph(text: string): string | null {
  const match = /^(?:§\s*)?(\d+[a-z]?)$/.exec(text.trim());
  return match?.[1] ? `§ ${match[1]}` : null;
}

/** A real calendar date written YYYY-MM-DD. */
export function validDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
  return date.toISOString().slice(0, 10) === text;
}

export function DecideForm({ version, decidedNow, busy, error, onDecide, onCancel }: Props) {
  const { t } = useI18n();
  const m = t.versions;
  const id = `decide-${version.number}`;
  const [date, setDate] = useState('');
  const [paragraph, setParagraph] = useState('');
  const [label, setLabel] = useState('');
  const [problems, setProblems] = useState<{ date: boolean; paragraph: boolean } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const dateInput = useRef<HTMLInputElement>(null);
  const paragraphInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);
  useEffect(() => {
    dateInput.current?.focus();
  }, []);

  const normalised = normaliseParagraph(paragraph);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = { date: !validDate(date), paragraph: normalised === null };
    setProblems(found.date || found.paragraph ? found : null);
    if (found.date) dateInput.current?.focus();
    else if (found.paragraph) paragraphInput.current?.focus();
    else setConfirming(true);
  };

  if (confirming && normalised !== null) {
    return (
      <div className="decide-panel confirm-panel" role="group" aria-labelledby={`${id}-confirm`}>
        <h4 id={`${id}-confirm`} ref={confirmHeading} tabIndex={-1}>
          {m.confirmHeading}
        </h4>
        <p>{m.confirmText(version.number, date, normalised)}</p>
        <p>
          <strong>{m.confirmLock}</strong>
        </p>
        {decidedNow && <p>{m.confirmSupersedes(decidedNow.number)}</p>}
        {error !== null && <ActionAlert title={m.failed} serverMessage={error} serverSaid={m.serverSaid} />}
        <div className="button-row">
          <button
            type="button"
            className="button-primary"
            disabled={busy}
            onClick={() => onDecide({ date, paragraph: normalised, label: label.trim() || null })}
          >
            {busy ? m.working : m.confirm}
          </button>
          <button type="button" className="button-quiet" disabled={busy} onClick={() => setConfirming(false)}>
            {m.back}
          </button>
          <button type="button" className="button-quiet" disabled={busy} onClick={onCancel}>
            {m.cancel}
          </button>
        </div>
      </div>
    );
  }

  return (
    <form className="decide-panel" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>{m.decideHeading(version.number)}</h4>
      {problems && (
        <div role="alert" className="alert alert-error">
          <p>{m.fixErrors}</p>
          <ul>
            {problems.date && <li>{m.dateRequired}</li>}
            {problems.paragraph && <li>{m.paragraphInvalid}</li>}
          </ul>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-date`}>{m.decisionDate}</label>
        <span className="hint" id={`${id}-date-hint`}>
          {m.decisionDateHint}
        </span>
        <input
          ref={dateInput}
          id={`${id}-date`}
          inputMode="numeric"
          autoComplete="off"
          className="input-date"
          required
          value={date}
          aria-describedby={`${id}-date-hint`}
          aria-invalid={problems?.date === true}
          onChange={(e) => setDate(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-paragraph`}>{m.paragraph}</label>
        <span className="hint" id={`${id}-paragraph-hint`}>
          {m.paragraphHint}
        </span>
        <input
          ref={paragraphInput}
          id={`${id}-paragraph`}
          className="input-short"
          required
          value={paragraph}
          aria-describedby={`${id}-paragraph-hint`}
          aria-invalid={problems?.paragraph === true}
          onChange={(e) => setParagraph(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-label`}>{m.label}</label>
        <span className="hint" id={`${id}-label-hint`}>
          {m.labelHint}
        </span>
        <input
          id={`${id}-label`}
          maxLength={100}
          value={label}
          aria-describedby={`${id}-label-hint`}
          onChange={(e) => setLabel(e.target.value)}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button-primary">
          {m.continue}
        </button>
        <button type="button" className="button-quiet" onClick={onCancel}>
          {m.cancel}
        </button>
      </div>
    </form>
  );
}
