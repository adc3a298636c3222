// Planned receipts and payments that drive the projection; budget:write roles add and
// remove them (a monthly flow repeats on the same day through its end date).
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../api/client.ts';
import type { PlannedFlow, PlannedFlowBody } from '../../api/follow-up-types.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import { useCan } from '../../session.ts';
import { TableScroll } from '../Status.tsx';
import { isIsoDate, kronor, parseMoney } from './follow-up-model.ts';
import { DateField } from './DateField.tsx';
import { MoneyField } from './MoneyField.tsx';

const KINDS: readonly PlannedFlow['kind'][] = [
  'memberInvoice',
  'grant',
  'purchasedServices',
  'salaries',
  'other',
];

type Props = { base: string; flows: readonly PlannedFlow[]; onChanged: () => void };

export function Flows({ base, flows, onChanged }: Props) {
  const { t } = useI18n();
  const m = t.followUp.liquidity;
  const mayWrite = useCan('budget:write');
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const caption = m.flowsCaption('kr');

  async function remove(flow: PlannedFlow) {
    try {
      await api.send('DELETE', `${base}/follow-up/liquidity/flows/${encodeURIComponent(flow.id)}`);
      setMessage({ tone: 'ok', text: m.removed(flow.label) });
      onChanged();
    } catch (error) {
      setMessage({
        tone: 'error',
        text: t.followUp.failed(error instanceof Error ? error.message : String(error)),
      });
    }
  }

  return (
    <div className="fu-subsection">
      <h3>{m.flowsHeading}</h3>
      {flows.length === 0 ? (
        <p className="muted">{m.noFlows}</p>
      ) : (
        <TableScroll label={caption}>
          <table className="figures compact">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.followUp.date}</th>
                <th scope="col">{m.label}</th>
                <th scope="col">{m.kind}</th>
                <th scope="col" className="num">
                  {t.followUp.amount}
                </th>
                <th scope="col">{m.repeat}</th>
                {mayWrite && (
                  <th scope="col">
                    <span className="visually-hidden">{t.followUp.remove}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {flows.map((f) => (
                <tr key={f.id}>
                  <td>{f.date}</td>
                  <th scope="row">{f.label}</th>
                  <td>{m.kinds[f.kind]}</td>
                  <td className="num">{kronor(f.amountOre)}</td>
                  <td>{f.repeat ? m.monthlyUntil(f.repeat.until) : m.once}</td>
                  {mayWrite && (
                    <td>
                      <button type="button" className="button-quiet" onClick={() => void remove(f)}>
                        {t.followUp.remove}
                        <span className="visually-hidden"> {m.removeFlow(f.label, f.date)}</span>
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {mayWrite && (
        <FlowForm
          base={base}
          onAdded={(label) => {
            setMessage({ tone: 'ok', text: m.added(label) });
            onChanged();
          }}
          onFailed={(text) => setMessage({ tone: 'error', text })}
        />
      )}
      <p role="status" className={message?.tone === 'error' ? 'field-error' : 'fu-ok'}>
        {message?.text ?? ''}
      </p>
    </div>
  );
}

type FormProps = { base: string; onAdded: (label: string) => void; onFailed: (text: string) => void };

function FlowForm({ base, onAdded, onFailed }: FormProps) {
  const { t } = useI18n();
  const m = t.followUp.liquidity;
  const id = useId();
  const [date, setDate] = useState('');
  const [label, setLabel] = useState('');
  const [kind, setKind] = useState<PlannedFlow['kind']>('other');
  const [text, setText] = useState('');
  const [monthly, setMonthly] = useState(false);
  const [until, setUntil] = useState('');
  const [errors, setErrors] = useState<{
    date?: boolean;
    label?: boolean;
    amount?: boolean;
    until?: boolean;
  }>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    const amountOre = parseMoney(text, 'kr');
    const next = {
      ...(isIsoDate(date) ? {} : { date: true }),
      ...(label.trim() === '' ? { label: true } : {}),
      ...(amountOre === null || amountOre === 0 ? { amount: true } : {}),
      ...(monthly && !isIsoDate(until) ? { until: true } : {}),
    };
    setErrors(next);
    if (Object.keys(next).length > 0 || amountOre === null) return;
    const body: PlannedFlowBody = {
      date,
      amountOre,
      label: label.trim(),
      kind,
      repeat: monthly ? { monthly: true, until } : null,
    };
    try {
      await api.send('POST', `${base}/follow-up/liquidity/flows`, body);
      setLabel('');
      setText('');
      onAdded(body.label);
    } catch (error) {
      onFailed(t.followUp.failed(error instanceof Error ? error.message : String(error)));
    }
  }

  return (
    <details className="fu-add-flow">
      <summary>{m.addHeading}</summary>
      <form onSubmit={(e) => void submit(e)} noValidate className="fu-form">
        <div className="inline-fields">
          <DateField
            label={t.followUp.date}
            value={date}
            invalid={errors.date === true}
            onChange={setDate}
            placeholder="2026-09-25"
          />
          <div className="field">
            <label htmlFor={`${id}-label`}>{m.label}</label>
            <input
              id={`${id}-label`}
              type="text"
              value={label}
              aria-invalid={errors.label ? true : undefined}
              onChange={(e) => setLabel(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-kind`}>{m.kind}</label>
            <select
              id={`${id}-kind`}
              value={kind}
              onChange={(e) => setKind(e.target.value as PlannedFlow['kind'])}
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {m.kinds[k]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <MoneyField
          label={m.amountSigned}
          value={text}
          unit="kr"
          error={errors.amount ? t.followUp.badAmount : null}
          onChange={setText}
        />
        <div className="inline-fields">
          <label className="fu-check">
            <input type="checkbox" checked={monthly} onChange={(e) => setMonthly(e.target.checked)} />{' '}
            {m.monthly}
          </label>
          {monthly && (
            <DateField
              label={m.until}
              value={until}
              invalid={errors.until === true}
              onChange={setUntil}
              placeholder="2026-12-25"
            />
          )}
        </div>
        <button type="submit" className="button-primary">
          {m.add}
        </button>
      </form>
    </details>
  );
}
