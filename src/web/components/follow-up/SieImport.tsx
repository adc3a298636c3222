// Bokföringen (SIE): the latest import, and for roles with plan:import a file input that
// sends the file's bytes, with the server's progress while it imports (polled by the
// upload's own id). The summary of what was read, or every error with line, column and
// text in an alert that takes focus; a refused file stores nothing.
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { ApiRequestError, api } from '../../api/client.ts';
import type { FollowUpView } from '../../api/follow-up-types.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import { useCan } from '../../session.ts';
import { useApi } from '../../use-api.ts';
import { sieErrorsOf } from './follow-up-model.ts';
import type { SieErrors, SieImportListItem, SieImportSummary } from './sie-types.ts';
import { SieProgress } from './SieProgress.tsx';
import { SieSummary } from './SieSummary.tsx';
import { newUploadId } from './sie-progress-model.ts';
import { useSieProgress } from './use-sie-progress.ts';
import { dateTime } from './when.ts';

type Outcome =
  | { kind: 'done'; summary: SieImportSummary }
  | { kind: 'invalid'; errors: SieErrors }
  | { kind: 'refused'; message: string }
  | { kind: 'noFile' }
  | null;

type Props = { source: FollowUpView['source']; onImported: () => void };

export function SieImport({ source, onImported }: Props) {
  const { t } = useI18n();
  const m = t.followUp.sie;
  const id = useId();
  const mayImport = useCan('plan:import');
  const mayList = useCan('audit:read');
  const list = useApi<{ imports: SieImportListItem[] }>(mayList ? '/accounting/sie-imports?limit=1' : null);
  const input = useRef<HTMLInputElement>(null);
  const alert = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [uploadId, setUploadId] = useState<string | null>(null);
  const progress = useSieProgress(uploadId);

  useEffect(() => {
    if (outcome?.kind === 'invalid' || outcome?.kind === 'refused') alert.current?.focus();
    if (outcome?.kind === 'noFile') input.current?.focus();
  }, [outcome]);

  async function send(file: File) {
    const progressId = newUploadId();
    setBusy(true);
    setOutcome(null);
    setUploadId(progressId);
    try {
      const path = `/accounting/sie-imports?fileName=${encodeURIComponent(file.name)}&progressId=${progressId}`;
      // The File itself: the browser streams it from disk instead of copying it into memory.
      const summary = await api.upload<SieImportSummary>(path, file, 'application/octet-stream');
      setOutcome({ kind: 'done', summary });
      if (input.current) input.current.value = '';
      if (list.state === 'ok') list.reload();
      onImported();
    } catch (error) {
      const errors = error instanceof ApiRequestError ? sieErrorsOf(error.details) : null;
      if (errors) setOutcome({ kind: 'invalid', errors });
      else setOutcome({ kind: 'refused', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
      setUploadId(null);
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const file = input.current?.files?.[0];
    if (!file) return setOutcome({ kind: 'noFile' });
    void send(file);
  }

  const latest = list.state === 'ok' ? list.data.imports[0] : undefined;
  return (
    <section className="card fu-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{m.heading}</h2>
      <h3 className="fu-subheading">{m.latest}</h3>
      {latest ? (
        <dl className="facts fu-facts">
          <dt>{m.company}</dt>
          <dd>{latest.company.name ?? latest.company.orgNumber ?? '–'}</dd>
          <dt>{m.year}</dt>
          <dd>
            {latest.financialYear.start} – {latest.financialYear.end}
          </dd>
          <dt>{m.file}</dt>
          <dd>
            {latest.fileName}
            {latest.status !== 'current' && ` (${m.replaced})`}
          </dd>
          <dt>{m.when}</dt>
          <dd>{dateTime(latest.importedAt)}</dd>
          <dt>{m.who}</dt>
          <dd>{latest.importedBy}</dd>
        </dl>
      ) : source ? (
        <dl className="facts fu-facts">
          <dt>{m.company}</dt>
          <dd>{source.company}</dd>
          <dt>{m.file}</dt>
          <dd>{source.fileName}</dd>
          <dt>{m.when}</dt>
          <dd>{dateTime(source.importedAt)}</dd>
        </dl>
      ) : (
        <p className="muted">{m.none}</p>
      )}
      {mayImport && (
        <form onSubmit={submit} noValidate className="fu-form">
          <p id={`${id}-intro`} className="muted">
            {m.intro}
          </p>
          <div className="field">
            <label htmlFor={`${id}-file`}>{m.fileLabel}</label>
            <input
              ref={input}
              id={`${id}-file`}
              type="file"
              accept=".se,.si,.sie,text/plain"
              aria-describedby={`${id}-intro${outcome?.kind === 'noFile' ? ` ${id}-nofile` : ''}`}
              aria-invalid={outcome?.kind === 'noFile' ? true : undefined}
              onChange={() => outcome?.kind === 'noFile' && setOutcome(null)}
            />
          </div>
          {outcome?.kind === 'noFile' && (
            <p id={`${id}-nofile`} className="field-error">
              {m.noFile}
            </p>
          )}
          <button type="submit" className="button-primary" aria-disabled={busy}>
            {busy ? m.uploading : m.upload}
          </button>
        </form>
      )}
      <div role="status" className="fu-status">
        {uploadId !== null && <SieProgress progress={progress} />}
        {outcome?.kind === 'done' && <p className="status-message">{m.done(outcome.summary.fileName)}</p>}
      </div>
      {outcome?.kind === 'done' && <SieSummary summary={outcome.summary} />}
      {(outcome?.kind === 'invalid' || outcome?.kind === 'refused') && (
        <div ref={alert} role="alert" tabIndex={-1} className="alert alert-error action-alert">
          {outcome.kind === 'invalid' ? (
            <SieErrorList errors={outcome.errors} />
          ) : (
            <>
              <p className="action-alert-title">{m.refused}</p>
              <p>{outcome.message}</p>
            </>
          )}
        </div>
      )}
    </section>
  );
}

function SieErrorList({ errors }: { errors: SieErrors }) {
  const { t } = useI18n();
  const m = t.followUp.sie;
  return (
    <>
      <p className="action-alert-title">{m.errorTitle(errors.errorCount)}</p>
      {errors.errors.length < errors.errorCount && (
        <p>{m.moreErrors(errors.errors.length, errors.errorCount)}</p>
      )}
      <div className="table-scroll">
        <table className="compact fu-errors">
          <caption>{m.errorsCaption}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                {m.line}
              </th>
              <th scope="col" className="num">
                {m.column}
              </th>
              <th scope="col">{m.text}</th>
              <th scope="col">{m.message}</th>
            </tr>
          </thead>
          <tbody>
            {errors.errors.map((e, i) => (
              <tr key={i}>
                <td className="num">{e.line}</td>
                <td className="num">{e.column}</td>
                <td>
                  <code>{e.text}</code>
                </td>
                <td>{e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
