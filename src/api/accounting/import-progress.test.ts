// The board of running SIE uploads: what it reports, whose it is, and how long it keeps it.
import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../context.ts';
import { ImportProgressBoard } from './import-progress.ts';

const ID = '0b6f7c8e-2f4d-4c1a-9a57-3d1c2e4b5a69';
const OTHER_ID = '6d1c9c62-7a1f-4b7e-8a35-1e0b9e1f2c33';
const session = (orgId: string, userId: string, sessionId = `s-${orgId}-${userId}`): SessionUser => ({
  sessionId,
  userId,
  orgId,
  username: userId,
  displayName: userId,
  role: 'economist',
  memberCode: null,
  csrfToken: 'csrf',
});
const anna = session('org-nrf', 'user-anna');
const bo = session('org-nrf', 'user-bo');
const annaElsewhere = session('org-rvn', 'user-anna');

/** A board on a clock the test moves by hand. */
function board(options: { keepMs?: number; staleMs?: number; maxEntries?: number } = {}) {
  const clock = { now: Date.UTC(2026, 2, 2, 9, 0, 0) };
  return { clock, board: new ImportProgressBoard({ ...options, now: () => clock.now }) };
}

describe('ImportProgressBoard', () => {
  it('follows an upload through its phases', () => {
    const { clock, board: b } = board();
    const t = b.track(anna, ID, 50_000_000);
    expect(b.get(anna, ID)).toEqual({
      progressId: ID,
      phase: 'upload',
      rows: 0,
      bytes: 0,
      totalBytes: 50_000_000,
      startedAt: '2026-03-02T09:00:00.000Z',
      updatedAt: '2026-03-02T09:00:00.000Z',
    });
    clock.now += 1500;
    t.uploaded(12_000_000);
    expect(b.get(anna, ID)).toMatchObject({ phase: 'upload', bytes: 12_000_000, totalBytes: 50_000_000 });
    expect(b.get(anna, ID)?.updatedAt).toBe('2026-03-02T09:00:01.500Z');
    t.importing({ phase: 'replace', rows: 0 });
    expect(b.get(anna, ID)).toEqual({
      progressId: ID,
      phase: 'replace',
      rows: 0,
      startedAt: '2026-03-02T09:00:00.000Z',
      updatedAt: '2026-03-02T09:00:01.500Z',
    });
    t.importing({ phase: 'store', rows: 123_456, bytes: 22_500_000, totalBytes: 50_000_000 });
    expect(b.get(anna, ID)).toMatchObject({
      phase: 'store',
      rows: 123_456,
      bytes: 22_500_000,
      totalBytes: 50_000_000,
    });
    t.importing({ phase: 'done', rows: 1_000_000, totalRows: 1_000_000 });
    expect(b.get(anna, ID)).toMatchObject({ phase: 'done', rows: 1_000_000, totalRows: 1_000_000 });
  });

  it('keeps an ended upload as it ended: later reports do not change it', () => {
    const { board: b } = board();
    const t = b.track(anna, ID);
    t.failed();
    t.importing({ phase: 'store', rows: 5, bytes: 1, totalBytes: 2 });
    t.uploaded(99);
    expect(b.get(anna, ID)).toMatchObject({ phase: 'failed', rows: 0, bytes: 0 });
    expect(b.get(anna, ID)).not.toHaveProperty('totalBytes');
  });

  it('gives each user only their own entries, per organisation', () => {
    const { board: b } = board();
    b.track(anna, ID).uploaded(10);
    expect(b.get(bo, ID)).toBeNull();
    expect(b.get(annaElsewhere, ID)).toBeNull();
    expect(b.get(anna, OTHER_ID)).toBeNull();
    // The same id by someone else is their own entry, not a change to Anna's.
    b.track(bo, ID).uploaded(20);
    expect(b.get(anna, ID)?.bytes).toBe(10);
    expect(b.get(bo, ID)?.bytes).toBe(20);
    expect(b.size).toBe(2);
  });

  it('answers for a session only while one of its uploads runs', () => {
    const { board: b } = board();
    const annaOnPhone = session('org-nrf', 'user-anna', 's-phone');
    expect(b.runningSession(anna.sessionId)).toBeNull();
    const t = b.track(anna, ID);
    expect(b.runningSession(anna.sessionId)).toBe(anna);
    expect(b.runningSession(annaOnPhone.sessionId)).toBeNull();
    expect(b.runningSession(bo.sessionId)).toBeNull();
    // Her other session reads the entry (same organisation and user) but is not held in memory.
    expect(b.get(annaOnPhone, ID)?.phase).toBe('upload');
    t.importing({ phase: 'done', rows: 1, totalRows: 1 });
    expect(b.runningSession(anna.sessionId)).toBeNull();
  });

  it('starts afresh when an id is used again by the same user', () => {
    const { board: b } = board();
    b.track(anna, ID).failed();
    b.track(anna, ID);
    expect(b.get(anna, ID)?.phase).toBe('upload');
    expect(b.size).toBe(1);
  });

  it('keeps an ended upload 10 minutes, then forgets it', () => {
    const { clock, board: b } = board();
    const t = b.track(anna, ID);
    clock.now += 60_000;
    t.importing({ phase: 'done', rows: 9, totalRows: 9 });
    clock.now += 10 * 60 * 1000;
    expect(b.get(anna, ID)?.phase).toBe('done');
    clock.now += 1;
    expect(b.get(anna, ID)).toBeNull();
    expect(b.size).toBe(0);
  });

  it('keeps a running upload while it reports, and drops one silent for an hour', () => {
    const { clock, board: b } = board();
    const t = b.track(anna, ID);
    for (let minute = 0; minute < 90; minute++) {
      clock.now += 60_000;
      t.uploaded(minute);
    }
    expect(b.get(anna, ID)?.phase).toBe('upload');
    clock.now += 60 * 60 * 1000 + 1;
    expect(b.get(anna, ID)).toBeNull();
  });

  it('holds at most maxEntries: the oldest ended entry goes first, else the least recently heard from', () => {
    const { clock, board: b } = board({ maxEntries: 3 });
    const ids = ['a', 'b', 'c', 'd', 'e'].map((x) => `${x}0000000-0000-4000-8000-000000000000`);
    const [a, bb, c, d, e] = ids as [string, string, string, string, string];
    const ta = b.track(anna, a);
    clock.now += 1;
    b.track(anna, bb).failed();
    clock.now += 1;
    b.track(anna, c);
    clock.now += 1;
    ta.uploaded(1); // a is heard from after c started
    b.track(anna, d); // full: b (ended) goes, though a is older
    expect([a, bb, c, d].map((id) => b.get(anna, id) !== null)).toEqual([true, false, true, true]);
    clock.now += 1;
    b.track(anna, e); // full, none ended: c (least recently heard from) goes
    expect([a, c, d, e].map((id) => b.get(anna, id) !== null)).toEqual([true, false, true, true]);
    expect(b.size).toBe(3);
  });

  it('stays bounded under many uploads', () => {
    const { clock, board: b } = board();
    for (let i = 0; i < 5000; i++) {
      clock.now += 1;
      b.track(anna, `${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`).failed();
    }
    expect(b.size).toBe(1000);
    expect(b.get(anna, '00004999-0000-4000-8000-000000000000')?.phase).toBe('failed');
    expect(b.get(anna, '00000000-0000-4000-8000-000000000000')).toBeNull();
  });
});
