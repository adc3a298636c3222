// A planner records an activity's status and comment for the chosen period. The draft
// follows the saved values until the user edits it; a save names the revision the page
// read, and a 409 (someone else changed the same activity) reloads instead of overwriting.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { api, ApiRequestError } from '../../api/client.ts';
import type { ChangeResult } from '../../api/plan-types.ts';
import type { FollowUpStatus } from '../../../core/plan/types.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import type { ShownStatus } from './follow-up.ts';

const STATUSES: FollowUpStatus[] = ['notStarted', 'inProgress', 'done', 'notDone'];

type Props = {
  base: string;
  revision: number;
  activityId: string;
  /** What the legend names the activity by, for screen readers. */
  activityName: string;
  period: { id: string; name: string };
  shown: ShownStatus;
  onSaved: () => void;
};

type Draft = { status: FollowUpStatus; comment: string };
type Outcome = { kind: 'saved' | 'error' | 'conflict'; text: string } | null;

function draftOf(shown: ShownStatus): Draft {
  return { status: shown.status, comment: shown.comment ?? '' };
}

export function FollowUpForm({ base, revision, activityId, activityName, period, shown, onSaved }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [saved, setSaved] = useState<Draft>(() => draftOf(shown));
  const [draft, setDraft] = useState<Draft>(saved);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  // New saved values (after a reload) replace the draft unless the user has edited it.
  const incoming = draftOf(shown);
  if (incoming.status !== saved.status || incoming.comment !== saved.comment) {
    const edited = draft.status !== saved.status || draft.comment !== saved.comment;
    setSaved(incoming);
    if (!edited) setDraft(incoming);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setOutcome(null);
    const comment = draft.comment.trim();
    api
      .send<ChangeResult>('PUT', `${base}/activities/${encodeURIComponent(activityId)}/follow-up`, {
        revision,
        period: period.id,
        status: draft.status,
        ...(comment ? { comment } : {}),
      })
      .then(
        () => {
          setOutcome({ kind: 'saved', text: t.plan.saved(t.activityStatus[draft.status], period.name) });
          onSaved();
        },
        (error: unknown) => {
          if (error instanceof ApiRequestError && error.status === 409) {
            // Drop the draft so the reloaded values show.
            setDraft(saved);
            setOutcome({ kind: 'conflict', text: t.plan.conflict });
            onSaved();
          } else {
            setOutcome({
              kind: 'error',
              text: t.plan.saveFailed(error instanceof Error ? error.message : String(error)),
            });
          }
        },
      )
      .finally(() => setSaving(false));
  }

  return (
    <form className="follow-up-form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>
          {t.plan.legend(period.name)}
          <span className="visually-hidden"> – {activityName}</span>
        </legend>
        <div className="follow-up-fields">
          <div className="field-inline">
            <label htmlFor={`${id}-status`}>{t.plan.statusField}</label>
            <select
              id={`${id}-status`}
              value={draft.status}
              onChange={(e) => setDraft({ ...draft, status: e.target.value as FollowUpStatus })}
            >
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t.activityStatus[s]}
                </option>
              ))}
            </select>
          </div>
          <div className="field-inline follow-up-comment">
            <label htmlFor={`${id}-comment`}>{t.plan.commentField}</label>
            <textarea
              id={`${id}-comment`}
              rows={2}
              maxLength={5000}
              value={draft.comment}
              onChange={(e) => setDraft({ ...draft, comment: e.target.value })}
            />
          </div>
          {/* aria-disabled, not disabled: a disabled button would drop the keyboard focus. */}
          <button type="submit" className="button-primary" aria-disabled={saving}>
            {saving ? t.plan.saving : t.plan.save}
          </button>
        </div>
        <p role="status" className="save-status">
          {outcome?.kind === 'saved' ? outcome.text : ''}
        </p>
        {outcome && outcome.kind !== 'saved' && (
          <p role="alert" className="alert alert-error">
            {outcome.text}
          </p>
        )}
      </fieldset>
    </form>
  );
}
