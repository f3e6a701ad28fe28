import { useCallback, useEffect, useState } from 'react';
import { ApiError, isAbortError } from './errors';
import { fetchChains } from './chains';
import type { Chain } from './types';

export type ChainsState =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'ready'; chains: Chain[] };

/** Loads all chains once; `retry` re-runs the request (e.g. after the server starts). */
export function useChains(): ChainsState & { retry: () => void } {
  const [state, setState] = useState<ChainsState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    fetchChains({ signal: controller.signal }).then(
      (chains) => setState({ status: 'ready', chains }),
      (error: unknown) => {
        // Unmount or a newer attempt aborted us: nothing to report.
        if (controller.signal.aborted || isAbortError(error)) return;
        const apiError =
          error instanceof ApiError
            ? error
            : new ApiError('unknown', String(error), { cause: error });
        setState({ status: 'error', error: apiError });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
