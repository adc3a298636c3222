// Budget figures from an edited XLSX export: the file's bytes go to the API as they are,
// with the revision the page shows. The API checks every cell and saves all or nothing;
// each bad cell comes back as sheet!cell and reason, listed in an alert that takes focus.
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { ApiRequestError, api } from '../../api/client.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import { badCellsOf, isLockedConflict } from './import-result.ts';
import type { BadCell } from './import-result.ts';
import './documents.css';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Props = {
  base: string;
  /** The revision of the budget on screen: the figures the workbook is compared with. */
  revision: number;
  /** Unsaved cells in the grid: an import would leave them stale, so it waits. */
  unsaved: number;
  /** After a save or a refused stale import: fetch the budget again. */
  onImported: () => void;
};

type Outcome =
  | { kind: 'done'; text: string }
  | { kind: 'error'; text: string; cells: BadCell[] }
  | { kind: 'input'; text: string }
  | null;

export function XlsxImport({ base, revision, unsaved, onImported }: Props) {
  const { t, language } = useI18n();
  const m = t.documents;
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const alert = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  // An error takes focus so a keyboard or screen reader user lands on the list of cells.
  useEffect(() => {
    if (outcome?.kind === 'error') alert.current?.focus();
    if (outcome?.kind === 'input') input.current?.focus();
  }, [outcome]);

  async function send(file: File) {
    setBusy(true);
    setOutcome(null);
    try {
      const bytes = await file.arrayBuffer();
      const result = await api.upload<{ changed: unknown[] }>(
        `${base}/import-xlsx?revision=${revision}`,
        bytes,
        XLSX,
      );
      setOutcome({ kind: 'done', text: m.imported(result.changed.length, file.name) });
      if (input.current) input.current.value = '';
      onImported();
    } catch (error) {
      if (error instanceof ApiRequestError && error.status === 422) {
        const cells = badCellsOf(error.details);
        setOutcome({ kind: 'error', text: m.badCells(cells.length), cells });
      } else if (error instanceof ApiRequestError && error.status === 409) {
        setOutcome({
          kind: 'error',
          text: isLockedConflict(error.details) ? m.importLocked : m.importStale,
          cells: [],
        });
        onImported();
      } else {
        const message = error instanceof Error ? error.message : String(error);
        setOutcome({ kind: 'error', text: m.importFailed(message), cells: [] });
      }
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (unsaved > 0) return setOutcome({ kind: 'input', text: m.unsavedFirst });
    const file = input.current?.files?.[0];
    if (!file) return setOutcome({ kind: 'input', text: m.noFile });
    void send(file);
  }

  return (
    <section className="card xlsx-import" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{m.importHeading}</h2>
      <p id={`${id}-intro`} className="muted">
        {m.importIntro}
      </p>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-file`}>{m.fileLabel}</label>
          <input
            ref={input}
            id={`${id}-file`}
            type="file"
            accept={`.xlsx,${XLSX}`}
            aria-describedby={`${id}-intro${outcome?.kind === 'input' ? ` ${id}-input-error` : ''}`}
            aria-invalid={outcome?.kind === 'input' ? true : undefined}
            onChange={() => outcome?.kind === 'input' && setOutcome(null)}
          />
        </div>
        {/* aria-disabled, not disabled: a disabled button would drop the keyboard focus. */}
        <button type="submit" className="button-primary" aria-disabled={busy}>
          {busy ? m.importing : m.importButton}
        </button>
      </form>
      {outcome?.kind === 'input' && (
        <p id={`${id}-input-error`} className="field-error">
          {outcome.text}
        </p>
      )}
      <p role="status" className="save-status">
        {outcome?.kind === 'done' ? outcome.text : ''}
      </p>
      {outcome?.kind === 'error' && (
        <div ref={alert} role="alert" tabIndex={-1} className="alert alert-error">
          <p>{outcome.text}</p>
          {outcome.cells.length > 0 && (
            <ul className="bad-cells">
              {outcome.cells.map((c, i) => (
                <li key={`${c.cell}-${i}`}>
                  <span className="cell-ref">{c.cell}</span>:{' '}
                  {language !== 'en' && <span className="visually-hidden">{m.reasonInEnglish} </span>}
                  {/* The file reader's reasons are written in English; say so rather than pretend. */}
                  <span lang="en">{c.message}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
