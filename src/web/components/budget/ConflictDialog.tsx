// Shown when a save is refused with 409 because someone changed the same cells first:
// both values side by side, and the user chooses per cell. Nothing is overwritten
// without that choice. A native modal <dialog> keeps focus inside and Escape cancels.
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { MoneyUnit } from '../../../core/money/money.ts';
import { ORE_PER_UNIT } from '../../../core/money/money.ts';
import { amount } from '../../format.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import type { CellKey } from './budget-model.ts';
import type { Conflict } from './conflicts.ts';

type Props = {
  conflicts: readonly Conflict[];
  unit: MoneyUnit;
  changedBy: string | null;
  onResolve: (keepMine: ReadonlySet<CellKey>) => void;
  onCancel: () => void;
};

export function ConflictDialog({ conflicts, unit, changedBy, onResolve, onCancel }: Props) {
  const { t } = useI18n();
  const m = t.budgetEdit.conflict;
  const ref = useRef<HTMLDialogElement>(null);
  const [mine, setMine] = useState<ReadonlySet<CellKey>>(() => new Set(conflicts.map((c) => c.key)));

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const figure = (units: number | null) => (units === null ? '–' : amount(units * ORE_PER_UNIT[unit], unit));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onResolve(mine);
  };

  return (
    <dialog
      ref={ref}
      className="conflict-dialog"
      aria-labelledby="conflict-title"
      aria-describedby="conflict-intro"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <form onSubmit={submit}>
        <h2 id="conflict-title">{m.title}</h2>
        <p id="conflict-intro">{m.intro(changedBy ?? m.someone)}</p>
        <table className="figures compact">
          <caption>{m.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.cell}</th>
              <th scope="col" className="num">
                {m.theirs}
              </th>
              <th scope="col" className="num">
                {m.yours}
              </th>
              <th scope="col">
                <span className="visually-hidden">{m.keepMine}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {conflicts.map((c) => (
              <tr key={c.key}>
                <th scope="row">{c.label}</th>
                <td className="num" data-testid="theirs">
                  {figure(c.theirs)}
                  <span className="unit"> {unit}</span>
                </td>
                <td className="num" data-testid="yours">
                  {figure(c.yours)}
                  <span className="unit"> {unit}</span>
                </td>
                <td>
                  <fieldset className="choices">
                    <legend className="visually-hidden">{c.label}</legend>
                    {[true, false].map((keep) => (
                      <label key={String(keep)}>
                        <input
                          type="radio"
                          name={`choice-${c.key}`}
                          checked={mine.has(c.key) === keep}
                          onChange={() =>
                            setMine((previous) => {
                              const next = new Set(previous);
                              if (keep) next.add(c.key);
                              else next.delete(c.key);
                              return next;
                            })
                          }
                        />{' '}
                        {keep ? m.keepMine : m.useTheirs}
                      </label>
                    ))}
                  </fieldset>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="dialog-actions">
          <button type="submit" className="button-primary">
            {m.apply}
          </button>
          <button type="button" className="button-quiet" onClick={onCancel}>
            {m.cancel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
