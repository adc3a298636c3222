// Polls an upload's progress while it runs: every half second, one request at a time,
// stopping when the upload ends (id null) or the component goes. A 404 is expected until
// the server has the request, so it is waited out like any passing failure; only a lost
// session or permission (401, 403) stops the polling.
import { useEffect, useState } from 'react';
import { ApiRequestError, api } from '../../api/client.ts';
import type { SieUploadProgress } from './sie-types.ts';

export const POLL_MS = 500;

export function useSieProgress(progressId: string | null): SieUploadProgress | null {
  const [seen, setSeen] = useState<SieUploadProgress | null>(null);
  useEffect(() => {
    if (progressId === null) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const progress = await api.get<SieUploadProgress>(`/accounting/sie-imports/progress/${progressId}`);
        if (!stopped) setSeen(progress);
      } catch (error) {
        if (error instanceof ApiRequestError && (error.status === 401 || error.status === 403)) return;
      }
      if (!stopped) timer = setTimeout(() => void poll(), POLL_MS);
    };
    timer = setTimeout(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [progressId]);
  // Only this upload's figures: an earlier upload's last report is not shown for a new one.
  return seen !== null && seen.progressId === progressId ? seen : null;
}
