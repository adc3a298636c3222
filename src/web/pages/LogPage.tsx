// Logg: the organisation's audit log, newest first, filtered by who, what and when, with
// "Visa fler" paging (audit:read).
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { AuditEntry, AuditPage } from '../api/admin-types.ts';
import { followLink } from '../components/AppShell.tsx';
import { auditQuery, LogFilters, NO_FILTERS } from '../components/log/LogFilters.tsx';
import type { LogFilterValues } from '../components/log/LogFilters.tsx';
import { entityPlace, valueText } from '../components/log/audit-text.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { TableScroll } from '../components/Status.tsx';
import { ActionAlert, errorMessage } from '../components/versions/ActionAlert.tsx';
import { dateTime } from '../components/versions/format-time.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { pagePath } from '../router.ts';

const PAGE_SIZE = 50;

type LogState = {
  entries: AuditEntry[];
  /** Whether the last page was full, so there may be more. */
  more: boolean;
  loading: boolean;
  error: string | null;
};

export function LogPage() {
  const { t, language } = useI18n();
  const m = t.log;
  const [filters, setFilters] = useState<LogFilterValues>(NO_FILTERS);
  const [log, setLog] = useState<LogState>({ entries: [], more: false, loading: true, error: null });
  const [generation, setGeneration] = useState(0);

  const load = useCallback(
    async (offset: number, isCurrent: () => boolean) => {
      setLog((s) => ({ ...s, loading: true, error: null }));
      try {
        const page = await api.get<AuditPage>(`/audit?${auditQuery(filters, PAGE_SIZE, offset)}`);
        if (!isCurrent()) return;
        setLog((s) => ({
          entries: offset === 0 ? page.entries : [...s.entries, ...page.entries],
          more: page.entries.length === PAGE_SIZE,
          loading: false,
          error: null,
        }));
      } catch (error) {
        if (isCurrent()) setLog((s) => ({ ...s, loading: false, error: errorMessage(error) }));
      }
    },
    [filters],
  );

  useEffect(() => {
    let current = true;
    void load(0, () => current);
    return () => {
      current = false;
    };
  }, [load, generation]);

  const knownUsers = [
    ...new Set(log.entries.map((e) => e.username).filter((u): u is string => u !== null)),
  ].sort();
  const summary =
    log.entries.length === 0
      ? m.none
      : log.more
        ? m.showing(log.entries.length)
        : m.showingAll(log.entries.length);

  return (
    <>
      <PageHeading title={t.pages.log} />
      <p className="note">{m.intro}</p>
      <section className="card" aria-labelledby="log-filters-heading">
        <LogFilters
          applied={filters}
          knownUsers={knownUsers}
          onApply={(next) => {
            setFilters(next);
            setGeneration((g) => g + 1);
          }}
        />
      </section>
      <p role="status" className="status-message">
        {log.loading
          ? log.entries.length > 0
            ? m.loadingMore
            : t.loading
          : log.error === null
            ? summary
            : ''}
      </p>
      {log.error !== null && (
        <ActionAlert title={m.loadFailed} serverMessage={log.error} serverSaid={m.serverSaid}>
          <button type="button" className="button-quiet" onClick={() => setGeneration((g) => g + 1)}>
            {t.retry}
          </button>
        </ActionAlert>
      )}
      {log.entries.length > 0 && (
        <TableScroll label={m.caption}>
          <table className="audit">
            <caption>{m.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.when}</th>
                <th scope="col">{m.whoColumn}</th>
                <th scope="col">{m.whatColumn}</th>
                <th scope="col">{m.where}</th>
                <th scope="col">{m.before}</th>
                <th scope="col">{m.after}</th>
              </tr>
            </thead>
            <tbody>
              {log.entries.map((entry) => {
                const place = entityPlace(entry, t);
                return (
                  <tr key={entry.id}>
                    <th scope="row" className="when">
                      <time dateTime={entry.at}>{dateTime(entry.at, language, true)}</time>
                    </th>
                    <td>{entry.username ?? m.system}</td>
                    <td>{m.actions[entry.action] ?? entry.action}</td>
                    <td className="where">
                      {place.version ? (
                        <a
                          href={pagePath(place.version.slug, place.version.number, 'versions')}
                          onClick={followLink}
                        >
                          {place.text}
                        </a>
                      ) : (
                        place.text
                      )}
                      {entry.path !== null && <code className="path">{entry.path}</code>}
                    </td>
                    <td className="value">{valueText(entry.before, t)}</td>
                    <td className="value">{valueText(entry.after, t)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      {log.more && (
        <p>
          <button
            type="button"
            className="button-quiet"
            disabled={log.loading}
            onClick={() => void load(log.entries.length, () => true)}
          >
            {log.loading ? m.loadingMore : m.more}
          </button>
        </p>
      )}
    </>
  );
}
