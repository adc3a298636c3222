// Overriding a line's full-year forecast (budget:write): an amount typed the Swedish way
// and a required comment; an override can be removed to return to the computed default.
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { MoneyUnit } from '../../../core/money/money.ts';
import { api } from '../../api/client.ts';
import type { FollowUpView, ForecastOverrideBody } from '../../api/follow-up-types.ts';
import { amount } from '../../format.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import { parseMoney } from './follow-up-model.ts';
import { MoneyField } from './MoneyField.tsx';

type Props = { view: FollowUpView; base: string; onSaved: () => void };

export function ForecastForm({ view, base, onSaved }: Props) {
  const { t } = useI18n();
  const m = t.followUp.forecast;
  const id = useId();
  const [lineKey, setLineKey] = useState(view.lines[0]?.key ?? '');
  const [text, setText] = useState('');
  const [unit, setUnit] = useState<MoneyUnit>('tkr');
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<{ amount?: string; comment?: string }>({});
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const line = view.lines.find((l) => l.key === lineKey);

  useEffect(() => setErrors({}), [lineKey]);

  async function run(action: () => Promise<unknown>, done: string) {
    setBusy(true);
    setMessage(null);
    try {
      await action();
      setMessage({ tone: 'ok', text: done });
      setText('');
      setComment('');
      onSaved();
    } catch (error) {
      setMessage({
        tone: 'error',
        text: t.followUp.failed(error instanceof Error ? error.message : String(error)),
      });
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || !line) return;
    const amountOre = parseMoney(text, unit);
    const next = {
      ...(amountOre === null ? { amount: t.followUp.badAmount } : {}),
      ...(comment.trim() === '' ? { comment: t.followUp.commentRequired } : {}),
    };
    setErrors(next);
    if (amountOre === null || next.comment) {
      if (amountOre !== null) commentRef.current?.focus();
      return;
    }
    const body: ForecastOverrideBody = { year: view.year, amountOre, comment: comment.trim() };
    const path = `${base}/follow-up/forecast/${encodeURIComponent(line.key)}`;
    void run(() => api.send('PUT', path, body), m.savedFor(line.label));
  }

  function remove() {
    if (!line) return;
    const path = `${base}/follow-up/forecast/${encodeURIComponent(line.key)}?year=${view.year}`;
    void run(() => api.send('DELETE', path), m.removedFor(line.label));
  }

  return (
    <section className="fu-subsection" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{m.heading}</h3>
      <p className="muted">{m.intro}</p>
      <form onSubmit={submit} noValidate className="fu-form">
        <div className="field">
          <label htmlFor={`${id}-line`}>{m.line}</label>
          <select id={`${id}-line`} value={lineKey} onChange={(e) => setLineKey(e.target.value)}>
            {view.lines.map((l) => (
              <option key={l.key} value={l.key}>
                {l.label}
              </option>
            ))}
          </select>
        </div>
        {line && <p className="hint">{m.defaultWas(`${amount(line.defaultForecastOre, 'tkr')} tkr`)}</p>}
        <MoneyField
          label={m.amount}
          value={text}
          unit={unit}
          units={['tkr', 'kr']}
          error={errors.amount ?? null}
          onChange={setText}
          onUnit={setUnit}
        />
        <div className="field">
          <label htmlFor={`${id}-comment`}>{m.comment}</label>
          <textarea
            ref={commentRef}
            id={`${id}-comment`}
            rows={2}
            value={comment}
            required
            aria-invalid={errors.comment ? true : undefined}
            aria-describedby={errors.comment ? `${id}-comment-error` : undefined}
            onChange={(e) => setComment(e.target.value)}
          />
          {errors.comment && (
            <span id={`${id}-comment-error`} className="field-error">
              {errors.comment}
            </span>
          )}
        </div>
        <div className="button-row">
          <button type="submit" className="button-primary" aria-disabled={busy}>
            {m.save}
          </button>
          {line?.override && (
            <button type="button" className="button-quiet" onClick={remove} aria-disabled={busy}>
              {m.removeFor(line.label)}
            </button>
          )}
        </div>
      </form>
      <p role="status" className={message?.tone === 'error' ? 'field-error' : 'fu-ok'}>
        {message?.text ?? ''}
      </p>
    </section>
  );
}
