// A date typed as ÅÅÅÅ-MM-DD (a text field: Chromium's date input shows mm/dd/yyyy in
// sv-SE), with its hint and, when the form found it wrong, the "enter the date as" error.
import { useId } from 'react';
import { useI18n } from '../../i18n/I18n.tsx';

type Props = {
  label: string;
  value: string;
  invalid: boolean;
  onChange: (value: string) => void;
  /** Shown under the field, after the error when there is one. */
  help?: string;
  placeholder?: string;
};

export function DateField({ label, value, invalid, onChange, help, placeholder }: Props) {
  const { t } = useI18n();
  const id = useId();
  const note = help !== undefined || invalid;
  return (
    <div className="field">
      <label htmlFor={`${id}-date`}>{label}</label>
      <input
        id={`${id}-date`}
        type="text"
        inputMode="numeric"
        placeholder={placeholder}
        className="input-short"
        value={value}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={note ? `${id}-note` : undefined}
        onChange={(e) => onChange(e.target.value.trim())}
      />
      {note && (
        <span id={`${id}-note`} className={invalid ? 'field-error' : 'hint'}>
          {invalid && t.followUp.badDate}
          {invalid && help !== undefined && ' '}
          {help}
        </span>
      )}
    </div>
  );
}
