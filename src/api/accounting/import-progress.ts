// How far the running SIE imports have come (issue 5): the upload names a progressId (a
// UUID the client makes up) and the client polls GET …/sie-imports/progress/{progressId}
// while the POST runs. The board lives in the server's memory only: progress of a request
// still running on this process, not a record (the audit log and sie_imports are that).
// An entry belongs to the user who started it (organisation and user), is kept for a
// while after the import ends so a last poll still finds it, and the board is bounded.
//
// On embedded PGlite an import's transaction holds the database's only connection until it
// ends, so a poll could not even look its session up. While an upload runs, the board
// therefore also answers for the session that started it (runningSession): the poll is
// authorised with the very session the running POST itself goes on with.
import type { SieImportPhase, SieImportProgress } from '../../db/accounting/types.ts';
import type { SessionUser } from '../context.ts';

/** 'upload': the request body is being received; 'failed': the import stored nothing. */
export type ImportProgressPhase = 'upload' | SieImportPhase | 'failed';

export type ImportProgressView = {
  progressId: string;
  phase: ImportProgressPhase;
  /** Rows handled in the phase (while storing: rows stored so far). */
  rows: number;
  totalRows?: number;
  /** Uploading: bytes received; storing: bytes of the file read. */
  bytes?: number;
  /** Uploading: the declared Content-Length; storing: the file's size. */
  totalBytes?: number;
  startedAt: string;
  updatedAt: string;
};

export type ImportOwner = { orgId: string; userId: string };

/** One upload's entry, bound: what the import route reports into. */
export type ImportProgressTracker = {
  uploaded: (bytes: number) => void;
  importing: (progress: SieImportProgress) => void;
  failed: () => void;
};

export type ImportProgressOptions = {
  /** Milliseconds since the epoch (tests inject a clock). */
  now?: () => number;
  /** How long an ended import (done or failed) is kept: default 10 minutes. */
  keepMs?: number;
  /** A running import not heard from this long is dropped: default 1 hour. */
  staleMs?: number;
  /** At most this many entries; the oldest ended (else the oldest) makes room. Default 1 000. */
  maxEntries?: number;
};

type Entry = {
  session: SessionUser;
  progressId: string;
  phase: ImportProgressPhase;
  rows: number;
  totalRows?: number;
  bytes?: number;
  totalBytes?: number;
  startedAt: number;
  updatedAt: number;
};

const ENDED: ReadonlySet<ImportProgressPhase> = new Set(['done', 'failed']);

const isEnded = (phase: ImportProgressPhase): boolean => ENDED.has(phase);

// NUL cannot occur in a UUID, so the parts cannot run into each other.
const keyOf = (owner: ImportOwner, progressId: string) => `${owner.orgId}\0${owner.userId}\0${progressId}`;

export class ImportProgressBoard {
  readonly #entries = new Map<string, Entry>();
  readonly #now: () => number;
  readonly #keepMs: number;
  readonly #staleMs: number;
  readonly #maxEntries: number;

  constructor(options: ImportProgressOptions = {}) {
    this.#now = options.now ?? Date.now;
    this.#keepMs = options.keepMs ?? 10 * 60 * 1000;
    this.#staleMs = options.staleMs ?? 60 * 60 * 1000;
    this.#maxEntries = Math.max(1, options.maxEntries ?? 1000);
  }

  /** How many entries are kept now (after pruning). */
  get size(): number {
    this.#prune();
    return this.#entries.size;
  }

  /** An upload begins, by a session's user (a progressId used again starts afresh). */
  start(session: SessionUser, progressId: string, declaredBytes?: number): void {
    this.#prune();
    const key = keyOf(session, progressId);
    this.#entries.delete(key);
    if (this.#entries.size >= this.#maxEntries) this.#evictOne();
    const now = this.#now();
    this.#entries.set(key, {
      session,
      progressId,
      phase: 'upload',
      rows: 0,
      bytes: 0,
      ...(declaredBytes === undefined ? {} : { totalBytes: declaredBytes }),
      startedAt: now,
      updatedAt: now,
    });
  }

  /** Starts an entry and binds its owner and id. */
  track(session: SessionUser, progressId: string, declaredBytes?: number): ImportProgressTracker {
    this.start(session, progressId, declaredBytes);
    const owner: ImportOwner = { orgId: session.orgId, userId: session.userId };
    return {
      uploaded: (bytes) => this.uploaded(owner, progressId, bytes),
      importing: (progress) => this.importing(owner, progressId, progress),
      failed: () => this.failed(owner, progressId),
    };
  }

  /** Bytes of the body received so far. */
  uploaded(owner: ImportOwner, progressId: string, bytes: number): void {
    const entry = this.#running(owner, progressId);
    if (!entry) return;
    entry.bytes = bytes;
    entry.updatedAt = this.#now();
  }

  /** The import's own progress (importSie's onProgress), as it reports it. */
  importing(owner: ImportOwner, progressId: string, progress: SieImportProgress): void {
    const entry = this.#running(owner, progressId);
    if (!entry) return;
    entry.phase = progress.phase;
    entry.rows = progress.rows;
    entry.totalRows = progress.totalRows;
    entry.bytes = progress.bytes;
    entry.totalBytes = progress.totalBytes;
    entry.updatedAt = this.#now();
  }

  /** The request ended without storing anything (invalid, refused, too large, broken off). */
  failed(owner: ImportOwner, progressId: string): void {
    const entry = this.#running(owner, progressId);
    if (!entry) return;
    entry.phase = 'failed';
    entry.updatedAt = this.#now();
  }

  /** The caller's own entry, or null: another user's entry is never found. */
  get(owner: ImportOwner, progressId: string): ImportProgressView | null {
    this.#prune();
    const entry = this.#entries.get(keyOf(owner, progressId));
    if (!entry) return null;
    const { session: _session, startedAt, updatedAt, totalRows, bytes, totalBytes, ...rest } = entry;
    return {
      ...rest,
      ...(totalRows === undefined ? {} : { totalRows }),
      ...(bytes === undefined ? {} : { bytes }),
      ...(totalBytes === undefined ? {} : { totalBytes }),
      startedAt: new Date(startedAt).toISOString(),
      updatedAt: new Date(updatedAt).toISOString(),
    };
  }

  /** The session (by id: the token's hash) of an upload still running, or null. */
  runningSession(sessionId: string): SessionUser | null {
    this.#prune();
    for (const entry of this.#entries.values())
      if (entry.session.sessionId === sessionId && !isEnded(entry.phase)) return entry.session;
    return null;
  }

  #running(owner: ImportOwner, progressId: string): Entry | undefined {
    const entry = this.#entries.get(keyOf(owner, progressId));
    return entry && !isEnded(entry.phase) ? entry : undefined;
  }

  #expired(entry: Entry, now: number): boolean {
    return now - entry.updatedAt > (isEnded(entry.phase) ? this.#keepMs : this.#staleMs);
  }

  #prune(): void {
    const now = this.#now();
    for (const [key, entry] of this.#entries) if (this.#expired(entry, now)) this.#entries.delete(key);
  }

  /** Room for one more: the entry that ended first, else the one least recently heard from. */
  #evictOne(): void {
    let victim: [string, Entry] | undefined;
    for (const pair of this.#entries) {
      const [, entry] = pair;
      if (!victim) victim = pair;
      else {
        const [, best] = victim;
        const endedFirst = isEnded(entry.phase) && !isEnded(best.phase);
        const sameKindOlder =
          isEnded(entry.phase) === isEnded(best.phase) && entry.updatedAt < best.updatedAt;
        if (endedFirst || sameKindOlder) victim = pair;
      }
    }
    if (victim) this.#entries.delete(victim[0]);
  }
}
