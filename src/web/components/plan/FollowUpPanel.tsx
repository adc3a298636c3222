// The follow-up period the page shows and records for, and (for planners) adding one.
import { useId } from 'react';
import type { FollowUpPeriodWire } from '../../api/plan-types.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import { AddPeriodForm } from './AddPeriodForm.tsx';

type Props = {
  base: string;
  revision: number;
  /** Oldest first. */
  periods: readonly FollowUpPeriodWire[];
  period: FollowUpPeriodWire | null;
  years: readonly number[];
  canAdd: boolean;
  readOnlyNote: boolean;
  onChoose: (id: string) => void;
  onAdded: (id: string | null) => void;
};

export function FollowUpPanel(props: Props) {
  const { base, revision, periods, period, years, canAdd, readOnlyNote, onChoose, onAdded } = props;
  const { t } = useI18n();
  const id = useId();
  return (
    <section className="card follow-up-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t.plan.followUpHeading}</h2>
      {periods.length === 0 || !period ? (
        <p>
          {t.plan.noPeriods} {canAdd ? t.plan.noPeriodsCanAdd : readOnlyNote ? t.plan.noPeriodsReadOnly : ''}
        </p>
      ) : (
        <div className="field-inline period-picker">
          <label htmlFor={`${id}-period`}>{t.plan.periodLabel}</label>
          <select id={`${id}-period`} value={period.id} onChange={(e) => onChoose(e.target.value)}>
            {periods.map((p) => (
              <option key={p.id} value={p.id}>
                {t.plan.periodOption(t.plan.periodName(p.kind, p.year), p.asOf)}
              </option>
            ))}
          </select>
        </div>
      )}
      {readOnlyNote && periods.length > 0 && <p className="muted">{t.plan.readOnly}</p>}
      {canAdd && (
        <AddPeriodForm
          base={base}
          revision={revision}
          periods={periods}
          years={years}
          open={periods.length === 0}
          onAdded={onAdded}
        />
      )}
    </section>
  );
}
