// The data layer: TanStack Query over the generated, typed GraphQL documents. One query client
// caches and deduplicates requests (same operation and variables: one request), cancels them
// when nobody waits any more (the AbortSignal goes to fetch), retries only what the server marks
// `retryable`, and gives every view the same three states through QueryState.
import { QueryClient, useMutation, useQuery, type QueryKey, type UseMutationResult } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { TypedDocumentString } from '../../gql/graphql';
import { graphqlRequest } from './client';
import { onGraphEdited } from './edit-events';
import { ApiError, isUnauthenticated } from './errors';
import { getSessionToken, onSessionChange, setSessionToken } from './session-token';

export type QueryState<T> =
  /** `stale`: the previous answer kept on screen meanwhile (see ApiQueryOptions.keepPrevious). */
  { status: 'loading'; stale?: T } | { status: 'error'; error: ApiError } | { status: 'ready'; data: T };

/** What a view gets: the state, and a retry for its error panel. */
export type QueryResult<T> = QueryState<T> & { retry: () => void };

/**
 * True when the server said trying again may help (a deadlock, a leader switch, a busy
 * database: `extensions.retryable` on every error). Anything else is final: a bad request,
 * a refused one, a time limit, an unreachable server the user is told about.
 */
export function isRetryable(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    error.kind === 'graphql' &&
    error.graphqlErrors.length > 0 &&
    error.graphqlErrors.every((e) => e.extensions?.['retryable'] === true)
  );
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) => failures < 3 && isRetryable(error),
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000),
        // Views ask again when they mount after a while; edits and sign-ins invalidate at once.
        staleTime: 30_000,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}

/**
 * Keeps a client in step with the app's two global events: another session (sign-in, sign-out,
 * expiry) drops every answer, since they depend on who asks; a saved edit refetches every
 * loaded answer while the current one stays on screen. Returns the unsubscribe.
 */
export function connectQueryClient(client: QueryClient): () => void {
  // `Me` is keyed by the token itself: resetting it would ask the old token once more.
  const offSession = onSessionChange(() => void client.resetQueries({ predicate: (q) => q.queryKey[0] !== 'Me' }));
  // Answers an editor form cannot change (its pick lists) say so with meta.keepOnEdit.
  const offEdits = onGraphEdited(() => void client.invalidateQueries({ predicate: (q) => q.meta?.['keepOnEdit'] !== true }));
  return () => {
    offSession();
    offEdits();
  };
}

function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError('unknown', String(error), { cause: error });
}

/** Runs `load`; a dead token it was sent with is dropped (once: a newer sign-in is kept). */
async function withSession<T>(load: () => Promise<T>): Promise<T> {
  const token = getSessionToken();
  try {
    return await load();
  } catch (error) {
    if (isUnauthenticated(error) && token && getSessionToken() === token) setSessionToken(null);
    throw toApiError(error);
  }
}

/** The operation's name, for query keys: `query GapReport(…)` → GapReport. */
export function operationName(document: { toString(): string }): string {
  return /\b(?:query|mutation)\s+(\w+)/.exec(document.toString())?.[1] ?? document.toString();
}

export interface ApiQueryOptions<T> {
  /** Show the last answer while the next loads, when it says so (e.g. the same chain and scope). */
  keepPrevious?: (previousKey: QueryKey) => boolean;
  /** Another answer for a "nothing to load" key (null): default null. */
  idle?: T;
}

/**
 * Any loader under a key; `null` means nothing to load (ready with null). Prefer
 * useGraphQLQuery, which derives the key from a typed document; this one is for loads that
 * combine requests (explore) or choose the operation by who asks (the detail panel).
 */
export function useApiQuery<T>(
  key: QueryKey | null,
  load: (signal: AbortSignal) => Promise<T>,
  { keepPrevious }: ApiQueryOptions<T> = {},
): QueryResult<T | null> {
  const query = useQuery({
    queryKey: key ?? ['idle'],
    queryFn: ({ signal }) => withSession(() => load(signal)),
    enabled: key !== null,
    placeholderData: keepPrevious
      ? (previous, previousQuery) => (previousQuery && keepPrevious(previousQuery.queryKey) ? previous : undefined)
      : undefined,
  });
  const { refetch } = query;
  const retry = useCallback(() => void refetch(), [refetch]);
  if (key === null) return { status: 'ready', data: null, retry };
  if (query.isPlaceholderData) return { status: 'loading', stale: query.data, retry };
  if (query.data !== undefined && query.status !== 'error') return { status: 'ready', data: query.data, retry };
  if (query.status === 'error') return { status: 'error', error: toApiError(query.error), retry };
  return { status: 'loading', retry };
}

/**
 * One typed operation: its result (through `select`) under the key [operation name, variables].
 * `variables` null: nothing to load yet (no park chosen…), ready with null.
 */
export function useGraphQLQuery<TResult, TVariables, TData = TResult>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables | null,
  select: (result: TResult) => TData,
  options: ApiQueryOptions<TData> = {},
): QueryResult<TData | null> {
  const key = variables === null ? null : [operationName(document), variables];
  return useApiQuery(key, (signal) => graphqlRequest(document, variables as TVariables, { signal }).then(select), options);
}

/** The query key of one typed operation with its variables. */
export function operationKey(document: { toString(): string }, variables: unknown): QueryKey {
  return [operationName(document), variables];
}

/** Key and loader of one typed operation, for useQuery/useQueries/fetchQuery. */
export function graphQLQueryOptions<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables) {
  return {
    queryKey: operationKey(document, variables),
    queryFn: ({ signal }: { signal: AbortSignal }) => withSession(() => graphqlRequest(document, variables, { signal })),
  };
}

/**
 * One typed operation asked imperatively (an expand click, a canvas rebuilt from a link) but
 * still through the cache: the same operation and variables answer from it, concurrent asks
 * share one request, retries follow the defaults. Cancel with `client.cancelQueries({ queryKey })`.
 */
export function fetchGraphQL<TResult, TVariables>(
  client: QueryClient,
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  { staleTime }: { staleTime?: number } = {},
): Promise<TResult> {
  return client.fetchQuery({ ...graphQLQueryOptions(document, variables), ...(staleTime === undefined ? {} : { staleTime }) });
}

/**
 * A write: `mutate`/`mutateAsync` with the operation's variables, never retried (a write the
 * server may have applied is not sent twice), errors as ApiError, a dead session dropped.
 */
export function useGraphQLMutation<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
): UseMutationResult<TResult, ApiError, TVariables> {
  return useMutation<TResult, ApiError, TVariables>({
    mutationKey: [operationName(document)],
    mutationFn: (variables) => withSession(() => graphqlRequest(document, variables)),
  });
}

/** A write made of several operations (save a form, then its links): one mutation around `run`. */
export function useApiMutation<TInput, TResult>(run: (input: TInput) => Promise<TResult>): UseMutationResult<TResult, ApiError, TInput> {
  // Not through withSession: a form's own errors (InputError) must reach it as they are.
  return useMutation<TResult, ApiError, TInput>({ mutationFn: run });
}
