import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, isAbortError, isUnauthenticated } from './errors';
import { getSessionToken, onSessionChange, setSessionToken } from './session-token';
import { onGraphEdited } from './edit-events';

export type QueryState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'ready'; data: T };

/**
 * Runs `load` whenever `key` changes or the session changes (signing in must
 * re-run queries that failed UNAUTHENTICATED); `retry` re-runs it. A null key
 * means "nothing to load" and stays loading-free (status ready with null).
 */
export function useQuery<T>(
  key: string | null,
  load: (signal: AbortSignal) => Promise<T>,
): QueryState<T | null> & { retry: () => void } {
  const [state, setState] = useState<QueryState<T | null>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => onSessionChange(() => setAttempt((n) => n + 1)), []);
  // After a saved edit, fetch again but keep showing the current data until the new answer.
  const quiet = useRef(false);
  useEffect(
    () =>
      onGraphEdited(() => {
        quiet.current = true;
        setAttempt((n) => n + 1);
      }),
    [],
  );

  useEffect(() => {
    if (key == null) {
      setState({ status: 'ready', data: null });
      return;
    }
    const controller = new AbortController();
    const token = getSessionToken();
    if (!quiet.current) setState({ status: 'loading' });
    quiet.current = false;
    load(controller.signal).then(
      (data) => setState({ status: 'ready', data }),
      (error: unknown) => {
        if (controller.signal.aborted || isAbortError(error)) return;
        // The token we sent expired or was revoked: drop it (once — a newer sign-in is kept).
        if (isUnauthenticated(error) && token && getSessionToken() === token) setSessionToken(null);
        const apiError = error instanceof ApiError ? error : new ApiError('unknown', String(error), { cause: error });
        setState({ status: 'error', error: apiError });
      },
    );
    return () => controller.abort();
    // `load` is re-created each render; `key` captures everything it depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
