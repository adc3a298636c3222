// Like useApi, but its reload returns a promise, so a page can announce an action's
// result once the list on screen shows it.
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import type { Loaded } from '../../use-api.ts';

export type Resource<T> = { loaded: Loaded<T>; reload: () => Promise<void> };

export function useResource<T>(path: string | null): Resource<T> {
  const [result, setResult] = useState<{ path: string; value: Loaded<T> } | null>(null);
  const [attempt, setAttempt] = useState(0);

  const fetchInto = useCallback(async (target: string, isCurrent: () => boolean) => {
    const retry = () => setAttempt((n) => n + 1);
    try {
      const data = await api.get<T>(target);
      if (isCurrent()) setResult({ path: target, value: { state: 'ok', data, reload: retry } });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (isCurrent()) setResult({ path: target, value: { state: 'error', message, retry } });
    }
  }, []);

  useEffect(() => {
    if (path === null) return;
    let current = true;
    void fetchInto(path, () => current);
    return () => {
      current = false;
    };
  }, [path, attempt, fetchInto]);

  const reload = useCallback(
    () => (path === null ? Promise.resolve() : fetchInto(path, () => true)),
    [path, fetchInto],
  );
  const loaded: Loaded<T> = result === null || result.path !== path ? { state: 'loading' } : result.value;
  return { loaded, reload };
}
