// Reads a 409 from PATCH …/budget into the cells it concerns: the API names each by its
// path in the plan ("budget.lines[1].amounts.2027") with the saved and the refused value.
import type { ApiRequestError } from '../../api/client.ts';
import type { BudgetView } from '../../api/types.ts';
import { cellKey } from './budget-model.ts';
import type { CellKey, PendingEdits } from './budget-model.ts';

export type Conflict = {
  key: CellKey;
  label: string;
  /** Whole units (tkr), as the API reports them; null when the cell is empty. */
  theirs: number | null;
  yours: number;
};

type Details = {
  revision?: number;
  conflicts?: { path: string; current: unknown; yours: unknown }[];
  changedBy?: { username?: string }[];
};

const CELL_PATH = /^budget\.lines\[(\d+)\]\.amounts\.(\d+)$/;

/** The conflicts of a refused save, or null when the 409 is not about cells (e.g. a locked version). */
export function conflictsFrom(
  error: ApiRequestError,
  view: BudgetView,
  edits: PendingEdits,
): { conflicts: Conflict[]; revision: number; changedBy: string | null } | null {
  const details = (error.details ?? {}) as Details;
  if (!Array.isArray(details.conflicts) || typeof details.revision !== 'number') return null;
  const conflicts: Conflict[] = [];
  for (const c of details.conflicts) {
    const match = CELL_PATH.exec(c.path);
    const line = view.lines.find((l) => l.index === Number(match?.[1]));
    const column = view.columns.find((col) => col.year === Number(match?.[2]));
    if (!line || !column) continue;
    const key = cellKey(line.key, column.year);
    if (!edits.has(key)) continue;
    conflicts.push({
      key,
      label: `${line.label}, ${column.label}`,
      theirs: typeof c.current === 'number' ? c.current : null,
      yours: typeof c.yours === 'number' ? c.yours : 0,
    });
  }
  if (conflicts.length === 0) return null;
  const names = [...new Set((details.changedBy ?? []).map((b) => b.username).filter(Boolean))];
  return { conflicts, revision: details.revision, changedBy: names.length > 0 ? names.join(', ') : null };
}
