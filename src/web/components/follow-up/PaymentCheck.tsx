// Betalningskontroll (mål 5): a date and an amount in, allowed or refused out, with the
// lowest balance after it, the shortfall and the largest payment that keeps the floor,
// announced in a status region. Open to every role that reads the follow-up: it stores nothing.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { MoneyUnit } from '../../../core/money/money.ts';
import { api } from '../../api/client.ts';
import type { LiquidityView, PaymentCheckBody, PaymentCheckView } from '../../api/follow-up-types.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import { Status } from '../Status.tsx';
import { isIsoDate, kronor, nextDay, parseMoney } from './follow-up-model.ts';
import { DateField } from './DateField.tsx';
import { MoneyField } from './MoneyField.tsx';

const kr = (ore: number) => `${kronor(ore)} kr`;

export function PaymentCheck({ base, view }: { base: string; view: LiquidityView }) {
  const { t } = useI18n();
  const m = t.followUp.payment;
  const id = useId();
  const first = nextDay(view.opening.date);
  const last = view.days.at(-1)?.date ?? first;
  const [date, setDate] = useState(first);
  const [text, setText] = useState('');
  const [unit, setUnit] = useState<MoneyUnit>('kr');
  const [errors, setErrors] = useState<{ date?: boolean; amount?: boolean }>({});
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<PaymentCheckView | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const amountOre = parseMoney(text, unit);
    const dateOk = isIsoDate(date) && date >= first && date <= last;
    const next = {
      ...(dateOk ? {} : { date: true }),
      ...(amountOre === null || amountOre <= 0 ? { amount: true } : {}),
    };
    setErrors(next);
    if (Object.keys(next).length > 0 || amountOre === null) return;
    setBusy(true);
    setFailure(null);
    try {
      const body: PaymentCheckBody = { date, amountOre };
      setAnswer(await api.send<PaymentCheckView>('POST', `${base}/follow-up/payment-check`, body));
    } catch (error) {
      setAnswer(null);
      setFailure(t.followUp.failed(error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="fu-subsection fu-payment" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{m.heading}</h3>
      <p className="muted">{m.intro}</p>
      <form onSubmit={(e) => void submit(e)} noValidate className="fu-form">
        <DateField
          label={m.date}
          value={date}
          invalid={errors.date === true}
          onChange={setDate}
          help={m.dateHelp(view.opening.date, last)}
        />
        <MoneyField
          label={m.amount}
          value={text}
          unit={unit}
          units={['kr', 'tkr']}
          error={errors.amount ? t.followUp.badAmount : null}
          onChange={setText}
          onUnit={setUnit}
        />
        <button type="submit" className="button-primary" aria-disabled={busy}>
          {busy ? m.checking : m.check}
        </button>
      </form>
      <div role="status" className="fu-payment-answer" data-testid="payment-answer">
        {failure && <p className="field-error">{failure}</p>}
        {answer && (
          <>
            <p className="fu-verdict">
              <Status tone={answer.allowed ? 'good' : 'bad'}>{answer.allowed ? m.allowed : m.refused}</Status>
            </p>
            <p>{m.lowestAfter(kr(answer.lowestAfter.balanceOre), answer.lowestAfter.date)}</p>
            {!answer.allowed && <p>{m.shortfall(kr(answer.shortfallOre))}</p>}
            <p>{m.maxPayment(kr(answer.maxPaymentOre))}</p>
          </>
        )}
      </div>
    </section>
  );
}
