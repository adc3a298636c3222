// A Swedish-typed amount: text ("1 250", "−1 988,5") read exactly by the core's parser,
// in the unit chosen beside it unless the text names one ("500 000 kr").
import { useId } from 'react';
import type { MoneyUnit } from '../../../core/money/money.ts';
import { useI18n } from '../../i18n/I18n.tsx';

type Props = {
  label: string;
  value: string;
  unit: MoneyUnit;
  units?: readonly MoneyUnit[];
  error: string | null;
  onChange: (value: string) => void;
  onUnit?: (unit: MoneyUnit) => void;
  name?: string;
};

export function MoneyField({ label, value, unit, units = [], error, onChange, onUnit, name }: Props) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="field fu-money">
      <label htmlFor={`${id}-amount`}>{label}</label>
      <span className="fu-money-row">
        <input
          id={`${id}-amount`}
          name={name}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          className="fu-amount"
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`}
          onChange={(e) => onChange(e.target.value)}
        />
        {units.length > 1 && onUnit ? (
          <select
            aria-label={`${t.followUp.unitLabel}, ${label}`}
            value={unit}
            onChange={(e) => onUnit(e.target.value as MoneyUnit)}
          >
            {units.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
        ) : (
          <span className="unit">{unit}</span>
        )}
      </span>
      <span id={`${id}-help`} className="hint">
        {t.followUp.amountHelp(unit)}
      </span>
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
