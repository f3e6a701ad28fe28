import { useCallback, useEffect, useRef, useState } from 'react';
import { graphqlRequest } from '../../shared/api/client';
import { ApiError, isAbortError } from '../../shared/api/errors';
import { CYPHER_QUERY, RUN_SAVED_QUERY, SAVED_QUERIES_QUERY } from './queries';
import { useGraphQLQuery } from '../../shared/api/query';
import type { AnalystResult, Role } from '../../shared/api/types';

function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError('unknown', String(error), { cause: error });
}

export function useSavedQueries() {
  const state = useGraphQLQuery(SAVED_QUERIES_QUERY, {}, (d) => d.savedQueries);
  return state.status === 'ready' ? { ...state, data: state.data ?? [] } : state;
}

export type RunState =
  { status: 'idle' } | { status: 'running' } | { status: 'error'; error: ApiError } | { status: 'done'; result: AnalystResult };

/** One result slot; a new run aborts the previous one so late answers never overwrite. */
export function useRunner() {
  const [state, setState] = useState<RunState>({ status: 'idle' });
  const current = useRef<AbortController | null>(null);
  useEffect(() => () => current.current?.abort(), []);

  const run = useCallback((request: (signal: AbortSignal) => Promise<AnalystResult>) => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    setState({ status: 'running' });
    request(controller.signal).then(
      (result) => {
        if (!controller.signal.aborted) setState({ status: 'done', result });
      },
      (error: unknown) => {
        if (controller.signal.aborted || isAbortError(error)) return;
        setState({ status: 'error', error: toApiError(error) });
      },
    );
  }, []);
  const reset = useCallback(() => {
    current.current?.abort();
    setState({ status: 'idle' });
  }, []);
  return { state, run, reset };
}

// `rows` is a JSON scalar the generator types as unknown[]; see AnalystResult for why it is narrowed.
export async function runSavedQuery(id: string, params: Record<string, unknown>, signal: AbortSignal): Promise<AnalystResult> {
  const data = await graphqlRequest(RUN_SAVED_QUERY, { id, params }, { signal });
  return data.runSavedQuery as AnalystResult;
}

export async function runCypher(query: string, params: Record<string, unknown>, signal?: AbortSignal): Promise<AnalystResult> {
  const data = await graphqlRequest(CYPHER_QUERY, { query, params }, signal ? { signal } : {});
  return data.cypher as AnalystResult;
}

const ROLE_RANK: Record<Role, number> = { VIEWER: 0, ANALYST: 1, EDITOR: 2, ADMIN: 3 };
export function atLeast(role: Role | null, needed: Role): boolean {
  return role != null && ROLE_RANK[role] >= ROLE_RANK[needed];
}
