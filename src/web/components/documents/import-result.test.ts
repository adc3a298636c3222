// Reading the API's refusals: the 422's bad cells, a decided version's 409, a stale one's.
import { describe, expect, it } from 'vitest';
import { badCellsOf, conflictAuthor, currentRevision, isLockedConflict } from './import-result.ts';

describe('import and save refusals', () => {
  it("lists the 422's cells in order and skips malformed entries", () => {
    const details = {
      issues: [
        { cell: 'Budget!D5', message: 'not a number: found the text "åtta"' },
        { cell: 7, message: 'no address' },
        { cell: 'Budget!E9', message: 'empty; expected a whole number of tkr (0 for none)' },
      ],
    };
    expect(badCellsOf(details)).toEqual([
      { cell: 'Budget!D5', message: 'not a number: found the text "åtta"' },
      { cell: 'Budget!E9', message: 'empty; expected a whole number of tkr (0 for none)' },
    ]);
    expect(badCellsOf(undefined)).toEqual([]);
    expect(badCellsOf({ issues: 'x' })).toEqual([]);
  });

  it('tells a decided version from a stale write', () => {
    expect(isLockedConflict({ status: 'decided', number: 1 })).toBe(true);
    expect(isLockedConflict({ status: 'superseded' })).toBe(true);
    const stale = {
      revision: 5,
      conflicts: [],
      changedBy: [
        { path: 'narrative[0].blocks', username: 'admin' },
        { path: 'narrative[0].blocks', username: 'admin' },
        { path: 'narrative[0].blocks', username: 'planner' },
      ],
    };
    expect(isLockedConflict(stale)).toBe(false);
    expect(conflictAuthor(stale)).toBe('admin, planner');
    expect(currentRevision(stale)).toBe(5);
    expect(conflictAuthor({})).toBeNull();
    expect(currentRevision({ revision: '5' })).toBeNull();
  });
});
