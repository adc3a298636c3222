// Loads one API resource for a page, with loading and error states and a retry.
import { useCallback, useEffect, useState } from 'react';
import { ApiRequestError, api } from './api/client.ts';

export type Loaded<T> =
  | { state: 'loading' }
  /** `code` and `details` as the API sent them, when it answered with an error. */
  | { state: 'error'; message: string; retry: () => void; code?: string; details?: unknown }
  /** `reload` fetches again and keeps showing the data until the new arrives. */
  | { state: 'ok'; data: T; reload: () => void };

export function useApi<T>(path: string | null): Loaded<T> {
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<{ path: string; value: Loaded<T> } | null>(null);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  useEffect(() => {
    if (path === null) return;
    let current = true;
    api.get<T>(path).then(
      (data) => current && setResult({ path, value: { state: 'ok', data, reload: retry } }),
      (error: unknown) =>
        current &&
        setResult({
          path,
          value: {
            state: 'error',
            message: error instanceof Error ? error.message : String(error),
            retry,
            ...(error instanceof ApiRequestError ? { code: error.code, details: error.details } : {}),
          },
        }),
    );
    return () => {
      current = false;
    };
  }, [path, attempt, retry]);
  if (result === null || result.path !== path) return { state: 'loading' };
  return result.value;
}
