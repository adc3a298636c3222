// The plan's versions newest first, each with its status in words, what it was based on,
// its decision and lock, and the actions the role allows on it.
import type { PlanVersion } from '../../api/admin-types.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import { pagePath } from '../../router.ts';
import { followLink } from '../AppShell.tsx';
import { Status } from '../Status.tsx';
import type { Tone } from '../Status.tsx';
import { DecideForm } from './DecideForm.tsx';
import { dateTime } from './format-time.ts';

const TONE: Record<string, Tone> = {
  draft: 'neutral',
  proposed: 'warn',
  decided: 'good',
  superseded: 'neutral',
};

export type VersionActions = {
  canManage: boolean;
  canDecide: boolean;
  busy: boolean;
  /** The version whose decision form is open, and the error of the last attempt. */
  deciding: number | null;
  decideError: string | null;
  onPropose: (v: PlanVersion) => void;
  onOpenDecide: (v: PlanVersion | null) => void;
  onDecide: (v: PlanVersion, decision: { date: string; paragraph: string; label: string | null }) => void;
};

type Props = { slug: string; versions: PlanVersion[]; shown: string; actions: VersionActions };

export function VersionTimeline({ slug, versions, shown, actions }: Props) {
  const { t, language } = useI18n();
  const m = t.versions;
  const byId = new Map(versions.map((v) => [v.id, v]));
  const decidedNow = versions.find((v) => v.status === 'decided') ?? null;
  const newestFirst = [...versions].reverse();
  const latest = versions.at(-1)?.number;
  const isShown = (v: PlanVersion) =>
    String(v.number) === shown || v.label === shown || (shown === 'latest' && v.number === latest);

  return (
    <ol className="timeline" aria-label={m.listLabel}>
      {newestFirst.map((v) => {
        const decision = v.decision ? m.decisionText(v.decision.date, v.decision.paragraph) : null;
        const basedOn = v.basedOn ? byId.get(v.basedOn) : undefined;
        const headingId = `version-${v.number}-heading`;
        return (
          <li key={v.id} className={`timeline-item timeline-${v.status}`}>
            <div className="timeline-head">
              <h3 id={headingId}>
                {m.version(v.number)}
                {v.label && <span className="version-label">: {v.label}</span>}
              </h3>
              <Status tone={TONE[v.status] ?? 'neutral'}>{m.status[v.status] ?? v.status}</Status>
              {isShown(v) && <span className="shown-now">({m.shownNow})</span>}
            </div>
            {decision && (v.status === 'decided' || v.status === 'superseded') && (
              <p className="locked">
                {v.status === 'decided' ? m.lockedDecided : m.lockedSuperseded}{' '}
                <span className="nowrap">{decision}</span>
              </p>
            )}
            <dl className="facts">
              {basedOn && (
                <div>
                  <dt>{m.basedOn}</dt>
                  <dd>{m.basedOnVersion(basedOn.number)}</dd>
                </div>
              )}
              <div>
                <dt>{m.created}</dt>
                <dd>{dateTime(v.createdAt, language)}</dd>
              </div>
              <div>
                <dt>{m.changed}</dt>
                <dd>{dateTime(v.updatedAt, language)}</dd>
              </div>
              {decision && (
                <div>
                  <dt>{m.decision}</dt>
                  <dd>{decision}</dd>
                </div>
              )}
            </dl>
            <div className="button-row">
              <a href={pagePath(slug, String(v.number), 'overview')} onClick={followLink}>
                {m.open(v.number)}
              </a>
              {v.status === 'draft' && actions.canManage && (
                <button
                  type="button"
                  className="button-quiet"
                  disabled={actions.busy}
                  onClick={() => actions.onPropose(v)}
                >
                  {m.propose}
                </button>
              )}
              {v.status === 'proposed' && actions.canDecide && actions.deciding !== v.number && (
                <button
                  type="button"
                  id={`decide-open-${v.number}`}
                  className="button-primary"
                  disabled={actions.busy}
                  onClick={() => actions.onOpenDecide(v)}
                >
                  {m.decideOpen}
                </button>
              )}
            </div>
            {v.status === 'draft' && actions.canDecide && !actions.canManage && (
              <p className="note">{m.decideNeedsProposal}</p>
            )}
            {actions.deciding === v.number && v.status === 'proposed' && (
              <DecideForm
                version={v}
                decidedNow={decidedNow}
                busy={actions.busy}
                error={actions.decideError}
                onDecide={(d) => actions.onDecide(v, d)}
                onCancel={() => actions.onOpenDecide(null)}
              />
            )}
          </li>
        );
      })}
    </ol>
  );
}
