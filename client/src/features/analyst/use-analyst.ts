import { useCallback, useState } from 'react';
import type { ApiError } from '../../shared/api/errors';
import { CYPHER_QUERY, RUN_SAVED_QUERY, SAVED_QUERIES_QUERY } from './queries';
import { graphqlRequest } from '../../shared/api/client';
import { operationName, useApiQuery, useGraphQLQuery } from '../../shared/api/query';
import type { AnalystResult, Role } from '../../shared/api/types';

export function useSavedQueries() {
  const state = useGraphQLQuery(SAVED_QUERIES_QUERY, {}, (d) => d.savedQueries);
  return state.status === 'ready' ? { ...state, data: state.data ?? [] } : state;
}

export type RunState =
  { status: 'idle' } | { status: 'running' } | { status: 'error'; error: ApiError } | { status: 'done'; result: AnalystResult };

/** What one run asks: a saved query by id, or a Cypher text; with its parameters. */
export type RunRequest =
  { kind: 'saved'; id: string; params: Record<string, unknown> } | { kind: 'cypher'; query: string; params: Record<string, unknown> };

// `rows` is a JSON scalar the generator types as unknown[]; see AnalystResult for why it is narrowed.
function load(request: RunRequest, signal: AbortSignal): Promise<AnalystResult> {
  if (request.kind === 'saved')
    return graphqlRequest(RUN_SAVED_QUERY, { id: request.id, params: request.params }, { signal }).then(
      (d) => d.runSavedQuery as AnalystResult,
    );
  return graphqlRequest(CYPHER_QUERY, { query: request.query, params: request.params }, { signal }).then((d) => d.cypher as AnalystResult);
}

/**
 * The result of `request` (null: nothing run yet) through the query client: a new request
 * cancels the one still running (its answer never lands), `retryable` errors are tried again,
 * and the same request asked again (Run pressed twice) runs again rather than answering from
 * the cache, since the data may have changed.
 */
export function useRun(request: RunRequest | null): { state: RunState; rerun: () => void } {
  // Bumped by rerun: part of the key, so pressing Run again is a new query.
  const [round, setRound] = useState(0);
  const name = request ? operationName(request.kind === 'saved' ? RUN_SAVED_QUERY : CYPHER_QUERY) : '';
  const query = useApiQuery(request ? [name, request, round] : null, (signal) => load(request!, signal));
  const rerun = useCallback(() => setRound((n) => n + 1), []);
  let state: RunState;
  if (!request) state = { status: 'idle' };
  else if (query.status === 'loading') state = { status: 'running' };
  else if (query.status === 'error') state = { status: 'error', error: query.error };
  else state = query.data ? { status: 'done', result: query.data } : { status: 'idle' };
  return { state, rerun };
}

/** Two requests ask the same thing (same kind, text or id, and parameters). */
export function sameRequest(a: RunRequest | null, b: RunRequest | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const ROLE_RANK: Record<Role, number> = { VIEWER: 0, ANALYST: 1, EDITOR: 2, ADMIN: 3 };
export function atLeast(role: Role | null, needed: Role): boolean {
  return role != null && ROLE_RANK[role] >= ROLE_RANK[needed];
}
