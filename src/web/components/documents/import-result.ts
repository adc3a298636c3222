// Reading the API's refusals of an import or a save: the 422's bad cells and whether a
// 409 means the version is decided (immutable) rather than changed by someone else.

export type BadCell = { cell: string; message: string };

/** The 422's `details.issues`, each a sheet!cell and its reason; anything else is skipped. */
export function badCellsOf(details: unknown): BadCell[] {
  const issues = (details as { issues?: unknown } | null | undefined)?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.flatMap((issue: unknown) => {
    const { cell, message } = (issue ?? {}) as { cell?: unknown; message?: unknown };
    return typeof cell === 'string' && typeof message === 'string' ? [{ cell, message }] : [];
  });
}

/** A 409 for a decided or superseded version names its status in the details. */
export function isLockedConflict(details: unknown): boolean {
  const status = (details as { status?: unknown } | null | undefined)?.status;
  return status === 'decided' || status === 'superseded';
}

/** Who made the clashing change, from a stale write's 409 details, if the API says. */
export function conflictAuthor(details: unknown): string | null {
  const changedBy = (details as { changedBy?: unknown } | null | undefined)?.changedBy;
  if (!Array.isArray(changedBy)) return null;
  const names = [
    ...new Set(
      changedBy.flatMap((c: unknown) => {
        const name = (c as { username?: unknown } | null)?.username;
        return typeof name === 'string' ? [name] : [];
      }),
    ),
  ];
  return names.length > 0 ? names.join(', ') : null;
}

/** The revision a stale write's 409 reports as current, if it does. */
export function currentRevision(details: unknown): number | null {
  const revision = (details as { revision?: unknown } | null | undefined)?.revision;
  return typeof revision === 'number' && Number.isInteger(revision) ? revision : null;
}
