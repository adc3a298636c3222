// Like useApi, but the page can ask for fresh data after a save; the previous data stays
// on screen while the new arrives, so the page does not flash "loading" after each change.
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import type { Loaded } from '../../use-api.ts';

export function useReloadable<T>(path: string): { loaded: Loaded<T>; reload: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<{ path: string; value: Loaded<T> } | null>(null);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  useEffect(() => {
    let current = true;
    api.get<T>(path).then(
      (data) => current && setResult({ path, value: { state: 'ok', data, reload } }),
      (error: unknown) =>
        current &&
        setResult({
          path,
          value: {
            state: 'error',
            message: error instanceof Error ? error.message : String(error),
            retry: reload,
          },
        }),
    );
    return () => {
      current = false;
    };
  }, [path, attempt, reload]);
  return { loaded: result === null || result.path !== path ? { state: 'loading' } : result.value, reload };
}
