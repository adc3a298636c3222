// Likviditet with nothing to project from (the API's 409 no_opening_balance): says how to
// get there, and lets the office enter the bank balance a day's end stood at. The floor in
// force comes with the 409 and is sent back unchanged (PUT …/liquidity/settings).
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { MoneyUnit } from '../../../core/money/money.ts';
import { api } from '../../api/client.ts';
import type { LiquiditySettingsBody, LiquidityView } from '../../api/follow-up-types.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import { useCan } from '../../session.ts';
import { isIsoDate, parseMoney } from './follow-up-model.ts';
import { DateField } from './DateField.tsx';
import { MoneyField } from './MoneyField.tsx';

/** The seeds' floor (goal 5: never below 500 000 kr), should the 409 not name one. */
const DEFAULT_FLOOR_ORE = 500_000_00;

function floorOf(details: unknown): number {
  const floor = (details as { floorOre?: unknown } | undefined)?.floorOre;
  return typeof floor === 'number' && Number.isSafeInteger(floor) ? floor : DEFAULT_FLOOR_ORE;
}

type Props = { base: string; details: unknown; onSaved: () => void };

export function OpeningBalance({ base, details, onSaved }: Props) {
  const { t } = useI18n();
  const m = t.followUp.opening;
  const id = useId();
  const mayEnter = useCan('budget:write');
  const [date, setDate] = useState('');
  const [text, setText] = useState('');
  const [unit, setUnit] = useState<MoneyUnit>('kr');
  const [errors, setErrors] = useState<{ date?: boolean; amount?: boolean }>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const balanceOre = parseMoney(text, unit);
    const next = {
      ...(isIsoDate(date) ? {} : { date: true }),
      ...(balanceOre === null ? { amount: true } : {}),
    };
    setErrors(next);
    if (Object.keys(next).length > 0 || balanceOre === null) return;
    setBusy(true);
    setFailure(null);
    try {
      const body: LiquiditySettingsBody = { floorOre: floorOf(details), opening: { date, balanceOre } };
      await api.send<LiquidityView>('PUT', `${base}/follow-up/liquidity/settings`, body);
      onSaved();
    } catch (error) {
      setFailure(t.followUp.failed(error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  }

  if (!mayEnter) return <p className="muted">{m.missingReadOnly}</p>;
  return (
    <div className="fu-subsection">
      <p>{m.missing}</p>
      <h3 id={`${id}-h`}>{m.heading}</h3>
      <form onSubmit={(e) => void submit(e)} noValidate className="fu-form" aria-labelledby={`${id}-h`}>
        <DateField
          label={m.date}
          value={date}
          invalid={errors.date === true}
          onChange={setDate}
          help={m.dateHelp}
        />
        <MoneyField
          label={m.amount}
          value={text}
          unit={unit}
          units={['kr', 'tkr']}
          error={errors.amount ? m.badAmount : null}
          onChange={setText}
          onUnit={setUnit}
        />
        <button type="submit" className="button-primary" aria-disabled={busy}>
          {busy ? m.saving : m.save}
        </button>
      </form>
      {failure && (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
    </div>
  );
}
