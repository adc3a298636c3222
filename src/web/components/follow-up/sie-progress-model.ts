// What the SIE upload's progress says: the phase in words, the figures so far, and the
// bar's value (null while there is no share to show: the bar then only says "working");
// and the id an upload is polled by.
import { count, megabytes, wholePercent } from '../../format.ts';
import type { FollowUpSieMessages } from '../../i18n/pages/follow-up-sie.ts';
import type { SieUploadProgress } from './sie-types.ts';

export type ProgressText = {
  phase: string;
  /** The figures so far, or null when the phase has none worth showing. */
  detail: string | null;
  /** For <progress value max>: how much of how much, or null (indeterminate). */
  bar: { value: number; max: number } | null;
};

/** `progress` null: the server has not reported on the upload yet. */
export function describeProgress(
  progress: SieUploadProgress | null,
  m: FollowUpSieMessages['progress'],
): ProgressText {
  if (!progress) return { phase: m.starting, detail: null, bar: null };
  const phase = m.phase[progress.phase];
  const { bytes, totalBytes, rows } = progress;
  const share = bytes !== undefined && totalBytes !== undefined && totalBytes > 0;
  const bar = share ? { value: Math.min(bytes, totalBytes), max: totalBytes } : null;
  switch (progress.phase) {
    case 'upload':
      if (bytes === undefined) return { phase, detail: null, bar };
      return {
        phase,
        detail: share
          ? m.uploadedOf(megabytes(bytes), megabytes(totalBytes), wholePercent(bytes, totalBytes))
          : m.uploaded(megabytes(bytes)),
        bar,
      };
    case 'store':
      return {
        phase,
        detail: share
          ? m.rowsRead(count(rows), rows, wholePercent(bytes, totalBytes))
          : m.rows(count(rows), rows),
        bar,
      };
    case 'done':
      return { phase, detail: m.rows(count(rows), rows), bar: { value: 1, max: 1 } };
    default:
      return { phase, detail: null, bar: null };
  }
}

/** A fresh id for an upload: crypto.randomUUID where the page may use it (HTTPS or localhost). */
export function newUploadId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Served over plain HTTP crypto.randomUUID is missing; getRandomValues is not (RFC 9562 v4).
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
