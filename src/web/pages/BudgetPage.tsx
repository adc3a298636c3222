// Budget: lines × years as a spreadsheet for those who may change it (economists, admins,
// on versions not yet decided), read-only for everyone else. Totals and the result are
// recomputed by src/core as the user types; saving sends only the changed cells, and a
// save that someone else got in before opens the conflict dialog instead of overwriting.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Ore } from '../../core/money/money.ts';
import { ApiRequestError, api } from '../api/client.ts';
import type { BudgetView, VersionOverview } from '../api/types.ts';
import { BudgetGrid } from '../components/budget/BudgetGrid.tsx';
import type { GridMessage } from '../components/budget/BudgetGrid.tsx';
import { budgetWithEdits, changesToSave, costTotal, liveResult } from '../components/budget/budget-model.ts';
import type { CellKey } from '../components/budget/budget-model.ts';
import { ConflictDialog } from '../components/budget/ConflictDialog.tsx';
import { conflictsFrom } from '../components/budget/conflicts.ts';
import type { Conflict } from '../components/budget/conflicts.ts';
import { IndexColumn } from '../components/budget/IndexColumn.tsx';
import type { IndexSeriesView } from '../components/budget/index-model.ts';
import { RevenueNotes } from '../components/budget/RevenueNotes.tsx';
import type { RevenueNotesView } from '../components/budget/RevenueNotes.tsx';
import '../components/budget/budget.css';
import { DocumentDownloads } from '../components/documents/DocumentDownloads.tsx';
import { XlsxImport } from '../components/documents/XlsxImport.tsx';
import { LoadState } from '../components/LoadState.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { TableScroll } from '../components/Status.tsx';
import { amount } from '../format.ts';
import { useHighlight } from '../highlight.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { useCan } from '../session.ts';
import { useApi } from '../use-api.ts';

const LOCKED = new Set(['decided', 'superseded']);

export function BudgetPage({ slug, version }: { slug: string; version: string }) {
  const { t } = useI18n();
  const m = t.budgetEdit;
  const base = `/plans/${encodeURIComponent(slug)}/versions/${encodeURIComponent(version)}`;
  const overview = useApi<VersionOverview>(base);
  const budget = useApi<BudgetView>(`${base}/budget`);
  const series = useApi<{ indexSeries: IndexSeriesView[] }>(`${base}/index-series`);
  const notes = useApi<RevenueNotesView>(`${base}/revenue-notes`);
  const mayWrite = useCan('budget:write');
  const highlight = useHighlight(budget.state === 'ok');
  const [edits, setEdits] = useState<ReadonlyMap<CellKey, Ore>>(new Map());
  const [message, setMessage] = useState<GridMessage | null>(null);
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<{
    conflicts: Conflict[];
    revision: number;
    changedBy: string | null;
  } | null>(null);

  const view = budget.state === 'ok' ? budget.data : null;
  const status = overview.state === 'ok' ? overview.data.version.status : null;
  const editable = mayWrite && status !== null && !LOCKED.has(status);
  const live = useMemo(() => (view ? budgetWithEdits(view, edits) : null), [view, edits]);
  const pending = view ? changesToSave(view, edits) : [];

  // Leaving the page with unsaved changes asks first (the browser's own dialog).
  useEffect(() => {
    if (pending.length === 0) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [pending.length]);

  const change = useCallback(
    (changes: ReadonlyMap<CellKey, Ore>) => {
      if (!view) return;
      const next = new Map(edits);
      for (const [key, value] of changes) next.set(key, value);
      setEdits(next);
      const before = liveResult(budgetWithEdits(view, edits));
      const after = liveResult(budgetWithEdits(view, next));
      const moved = after.filter((r, i) => r.computedOre !== before[i]?.computedOre);
      if (moved.length > 0 && changes.size === 1)
        setMessage({
          tone: 'info',
          text: m.resultNow(moved.map((r) => `${r.year} ${amount(r.computedOre, view.unit)}`).join(', ')),
        });
    },
    [edits, view, m],
  );

  const save = async (toSave: ReadonlyMap<CellKey, Ore>, revision: number) => {
    if (!view) return;
    const changes = changesToSave(view, toSave);
    if (changes.length === 0) return;
    setSaving(true);
    try {
      await api.send('PATCH', `${base}/budget`, { revision, changes });
      setEdits(new Map());
      setConflict(null);
      setMessage({ tone: 'info', text: m.saved(changes.length) });
      if (budget.state === 'ok') budget.reload();
      if (overview.state === 'ok') overview.reload();
    } catch (error) {
      const found =
        error instanceof ApiRequestError && error.status === 409 ? conflictsFrom(error, view, toSave) : null;
      if (found) {
        setEdits(toSave);
        setConflict(found);
      } else {
        setMessage({
          tone: 'error',
          text: m.saveFailed(error instanceof Error ? error.message : String(error)),
        });
      }
    } finally {
      setSaving(false);
    }
  };

  const resolve = (keepMine: ReadonlySet<CellKey>) => {
    if (!conflict) return;
    const next = new Map(edits);
    for (const c of conflict.conflicts) if (!keepMine.has(c.key)) next.delete(c.key);
    setConflict(null);
    void save(next, conflict.revision);
  };

  const plan = overview.state === 'ok' ? overview.data.overview.title : undefined;
  if (!view || !live)
    return (
      <>
        <PageHeading title={t.pages.budget} plan={plan} />
        <LoadState loaded={budget} what={t.pages.budget} />
      </>
    );

  const caption = t.budget.caption(view.title, view.unit);
  const result = liveResult(live);
  const costTotals = view.columns.map((c) => costTotal(live, c.year));

  return (
    <>
      <PageHeading title={t.pages.budget} plan={plan} />
      {!mayWrite && <p className="muted">{m.readOnlyRole}</p>}
      {mayWrite && status !== null && LOCKED.has(status) && (
        <p className="note">{m.readOnlyLocked(t.shell.versionStatus[status] ?? status)}</p>
      )}
      {editable && (
        <p id="grid-help" className="muted">
          {m.keyboardHelp}
        </p>
      )}
      <TableScroll label={caption}>
        <BudgetGrid
          view={view}
          edits={edits}
          editable={editable}
          result={result}
          costTotals={costTotals}
          highlight={highlight}
          onChange={change}
          onMessage={setMessage}
          caption={caption}
          describedBy={editable ? 'grid-help' : ''}
        />
      </TableScroll>
      <div className="grid-message" role="status">
        {message && <p className={message.tone === 'error' ? 'error' : undefined}>{message.text}</p>}
      </div>
      {editable && (
        <div className="edit-bar">
          <button
            type="button"
            className="button-primary"
            disabled={pending.length === 0 || saving}
            onClick={() => void save(edits, view.revision)}
          >
            {saving ? m.saving : m.save(pending.length)}
          </button>
          <button
            type="button"
            className="button-quiet"
            disabled={pending.length === 0 || saving}
            onClick={() => {
              setEdits(new Map());
              setMessage(null);
            }}
          >
            {m.discard}
          </button>
          <span className="pending-count">
            {pending.length > 0 ? m.pendingCount(pending.length) : m.noPending}
          </span>
        </div>
      )}
      {result.some((r) => r.differs) && <p className="legend-text">{t.budget.legend}</p>}
      {view.deficitAllowance && (
        <p className="note">
          {t.budget.deficitAllowance(
            view.deficitAllowance.years.join(', '),
            view.deficitAllowance.law,
            view.deficitAllowance.decisionId !== null,
          )}
        </p>
      )}
      {editable && series.state === 'ok' && (
        <IndexColumn
          view={view}
          edits={edits}
          series={series.data.indexSeries}
          onApply={(changes, count) => {
            const next = new Map(edits);
            for (const [key, value] of changes) next.set(key, value);
            setEdits(next);
            setMessage({ tone: 'info', text: m.index.applied(count) });
          }}
        />
      )}
      {notes.state === 'ok' && <RevenueNotes notes={notes.data} />}
      <div className="documents-row">
        <DocumentDownloads base={base} />
        {editable && (
          <XlsxImport
            base={base}
            revision={view.revision}
            unsaved={pending.length}
            onImported={() => {
              if (budget.state === 'ok') budget.reload();
              if (overview.state === 'ok') overview.reload();
            }}
          />
        )}
      </div>
      {conflict && (
        <ConflictDialog
          conflicts={conflict.conflicts}
          unit={view.unit}
          changedBy={conflict.changedBy}
          onResolve={resolve}
          onCancel={() => setConflict(null)}
        />
      )}
    </>
  );
}
