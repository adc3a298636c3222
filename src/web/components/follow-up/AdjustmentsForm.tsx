// The balanskravsutredning's adjustments for a year (budget:write), each typed the Swedish
// way in tkr with its sign as it affects the result; saving replaces the year's set.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../api/client.ts';
import type { BalanceRequirementAdjustments } from '../../api/follow-up-types.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import { parseMoney } from './follow-up-model.ts';
import { MoneyField } from './MoneyField.tsx';

const FIELDS = [
  'realisationGains',
  'exemptedGains',
  'exemptedLosses',
  'unrealisedSecurities',
  'reserveProvision',
  'reserveUse',
] as const;
type Field = (typeof FIELDS)[number];

type Props = { base: string; year: number; onSaved: () => void };

export function AdjustmentsForm({ base, year, onSaved }: Props) {
  const { t } = useI18n();
  const m = t.followUp.balance;
  const id = useId();
  const [texts, setTexts] = useState<Record<Field, string>>(() => {
    const empty = {} as Record<Field, string>;
    for (const f of FIELDS) empty[f] = '0';
    return empty;
  });
  const [comment, setComment] = useState('');
  const [bad, setBad] = useState<ReadonlySet<Field>>(new Set());
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const values = FIELDS.map((f) => [f, parseMoney(texts[f], 'tkr')] as const);
    const wrong = new Set(values.filter(([, v]) => v === null).map(([f]) => f));
    setBad(wrong);
    if (wrong.size > 0) return;
    const get = (f: Field) => values.find(([k]) => k === f)?.[1] ?? 0;
    const body: BalanceRequirementAdjustments = {
      realisationGainsOre: get('realisationGains'),
      exemptedGainsOre: get('exemptedGains'),
      exemptedLossesOre: get('exemptedLosses'),
      unrealisedSecuritiesOre: get('unrealisedSecurities'),
      reserveProvisionOre: get('reserveProvision'),
      reserveUseOre: get('reserveUse'),
      comment: comment.trim(),
    };
    try {
      await api.send('PUT', `${base}/follow-up/balance-requirement/${year}`, body);
      setMessage({ tone: 'ok', text: t.followUp.saved });
      onSaved();
    } catch (error) {
      setMessage({
        tone: 'error',
        text: t.followUp.failed(error instanceof Error ? error.message : String(error)),
      });
    }
  }

  return (
    <details className="fu-subsection">
      <summary>{m.adjustHeading}</summary>
      <p className="muted">{m.adjustIntro}</p>
      <form onSubmit={(e) => void submit(e)} noValidate className="fu-form fu-adjustments">
        {FIELDS.map((f) => (
          <MoneyField
            key={f}
            label={m[f]}
            value={texts[f]}
            unit="tkr"
            error={bad.has(f) ? t.followUp.badAmount : null}
            onChange={(v) => setTexts((prev) => ({ ...prev, [f]: v }))}
          />
        ))}
        <div className="field">
          <label htmlFor={`${id}-comment`}>{m.comment}</label>
          <textarea
            id={`${id}-comment`}
            rows={2}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
        </div>
        <button type="submit" className="button-primary">
          {m.save}
        </button>
      </form>
      <p role="status" className={message?.tone === 'error' ? 'field-error' : 'fu-ok'}>
        {message?.text ?? ''}
      </p>
    </details>
  );
}
