// Versioner: the lifecycle of the plan's versions (utkast, förslag, beslutad with date and
// §, ersatt), the actions the role allows (propose and start a revision with
// version:manage, decide with version:decide), and a readable diff between two versions.
import { useRef, useState } from 'react';
import { api } from '../api/client.ts';
import type { PlanVersion, VersionList } from '../api/admin-types.ts';
import type { VersionOverview } from '../api/types.ts';
import { LoadState } from '../components/LoadState.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { ActionAlert, errorMessage } from '../components/versions/ActionAlert.tsx';
import { DiffView } from '../components/versions/DiffView.tsx';
import { RevisionForm } from '../components/versions/RevisionForm.tsx';
import { useResource } from '../components/versions/use-resource.ts';
import { VersionTimeline } from '../components/versions/VersionTimeline.tsx';
import { useI18n } from '../i18n/I18n.tsx';
import { useCan } from '../session.ts';
import { useApi } from '../use-api.ts';

export function VersionsPage({ slug, version }: { slug: string; version: string }) {
  const { t } = useI18n();
  const m = t.versions;
  const base = `/plans/${encodeURIComponent(slug)}`;
  const overview = useApi<VersionOverview>(`${base}/versions/${encodeURIComponent(version)}`);
  const { loaded, reload } = useResource<VersionList>(`${base}/versions`);
  const canManage = useCan('version:manage');
  const canDecide = useCan('version:decide');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [deciding, setDeciding] = useState<number | null>(null);
  const [decideError, setDecideError] = useState<string | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const plan = overview.state === 'ok' ? overview.data.overview.title : undefined;

  /** Runs one action: a message in the status region on success, an alert on failure. */
  const run = async (action: () => Promise<string>, onError: (message: string) => void) => {
    setBusy(true);
    setError(null);
    setDecideError(null);
    setStatus('');
    try {
      const done = await action();
      await reload();
      setStatus(done);
    } catch (e) {
      onError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const propose = (v: PlanVersion) =>
    run(async () => {
      await api.send('POST', `${base}/versions/${v.number}/propose`, { revision: v.revision });
      return m.proposed(v.number);
    }, setError);

  const startRevision = (from: PlanVersion) =>
    run(async () => {
      const created = await api.send<PlanVersion>('POST', `${base}/versions`, { from: String(from.number) });
      return m.revisionStarted(created.number, from.number);
    }, setError);

  const decide = (v: PlanVersion, d: { date: string; paragraph: string; label: string | null }) =>
    run(async () => {
      const decided = await api.send<PlanVersion>('POST', `${base}/versions/${v.number}/decide`, {
        revision: v.revision,
        date: d.date,
        paragraph: d.paragraph,
        ...(d.label === null ? {} : { label: d.label }),
      });
      setDeciding(null);
      // The status message takes focus's place: the form it came from is gone.
      setTimeout(() => statusRef.current?.focus(), 0);
      return m.decided(
        v.number,
        m.decisionText(decided.decision?.date ?? d.date, decided.decision?.paragraph ?? null),
      );
    }, setDecideError);

  return (
    <>
      <PageHeading title={t.pages.versions} plan={plan} />
      <p role="status" className="status-message" ref={statusRef} tabIndex={-1}>
        {status}
      </p>
      {error !== null && <ActionAlert title={m.failed} serverMessage={error} serverSaid={m.serverSaid} />}
      {loaded.state !== 'ok' ? (
        <LoadState loaded={loaded} what={t.pages.versions} />
      ) : (
        <div className="versions-layout">
          <section className="card" aria-labelledby="lifecycle-heading">
            <h2 id="lifecycle-heading">{m.lifecycleHeading}</h2>
            <p className="note">{m.lifecycleIntro}</p>
            {canManage && loaded.data.versions.length > 0 && (
              <RevisionForm
                versions={loaded.data.versions}
                busy={busy}
                onStart={(v) => void startRevision(v)}
              />
            )}
            <VersionTimeline
              slug={slug}
              versions={loaded.data.versions}
              shown={version}
              actions={{
                canManage,
                canDecide,
                busy,
                deciding,
                decideError,
                onPropose: (v) => void propose(v),
                onOpenDecide: (v) => {
                  const closing = deciding;
                  setDecideError(null);
                  setDeciding(v?.number ?? null);
                  // Cancelled: back to the button the form opened from.
                  if (v === null && closing !== null)
                    setTimeout(() => document.getElementById(`decide-open-${closing}`)?.focus(), 0);
                },
                onDecide: (v, d) => void decide(v, d),
              }}
            />
          </section>
          <section className="card" aria-labelledby="diff-heading">
            <h2 id="diff-heading">{m.diffHeading}</h2>
            <DiffView
              key={loaded.data.versions.length}
              slug={slug}
              versions={loaded.data.versions}
              defaultTo={
                loaded.data.versions.find((v) => String(v.number) === version) ?? loaded.data.versions.at(-1)
              }
            />
          </section>
        </div>
      )}
    </>
  );
}
