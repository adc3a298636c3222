// Starts a revision: a new draft copied from a chosen version (the newest decided one by default).
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { PlanVersion } from '../../api/admin-types.ts';
import { useI18n } from '../../i18n/I18n.tsx';

type Props = { versions: PlanVersion[]; busy: boolean; onStart: (from: PlanVersion) => void };

export function RevisionForm({ versions, busy, onStart }: Props) {
  const { t } = useI18n();
  const m = t.versions;
  const preferred = versions.find((v) => v.status === 'decided') ?? versions.at(-1);
  const [from, setFrom] = useState(preferred ? String(preferred.number) : '');
  const chosen = versions.find((v) => String(v.number) === from) ?? preferred;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen) onStart(chosen);
  };

  return (
    <form className="revision-form" onSubmit={submit} aria-labelledby="revision-heading">
      <h3 id="revision-heading">{m.revisionHeading}</h3>
      <p className="note">{m.revisionIntro}</p>
      <div className="inline-fields">
        <div className="field-inline">
          <label htmlFor="revision-from">{m.revisionFrom}</label>
          <select id="revision-from" value={from} onChange={(e) => setFrom(e.target.value)}>
            {[...versions].reverse().map((v) => (
              <option key={v.id} value={String(v.number)}>
                {m.version(v.number)} ({(m.status[v.status] ?? v.status).toLowerCase()})
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button-primary" disabled={busy || !chosen}>
          {busy ? m.working : m.revisionStart}
        </button>
      </div>
    </form>
  );
}
