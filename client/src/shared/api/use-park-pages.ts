// Parks page by page with a name filter (Query.parksConnection): the lists that must reach every
// park of a national graph, where `parks` stops at 200. Each view asks for its own fields; this
// hook owns the typed text, its debounce, and the cursors of the pages already walked.
import { useState } from 'react';
import type { TypedDocumentString } from '../../gql/graphql';
import { useDebounced } from '../hooks/use-debounced';
import { useGraphQLQuery, type QueryResult } from './query';

export interface ParkPageVariables {
  chainId?: string | null;
  regionId?: string | null;
  query?: string | null;
  first: number;
  after?: string | null;
}

/** What a parksConnection document must return, whatever it selects on each park. */
export interface ParkPageResult<TPark> {
  parksConnection: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor?: string | null }; edges: { node: TPark }[] };
}

export interface ParkPage<TPark> {
  parks: TPark[];
  total: number;
  /** Index of the page's first park in the whole filtered list (0-based). */
  offset: number;
  /** Where the next page starts; null on the last page. */
  nextCursor: string | null;
}

export interface ParkPages<TPark> {
  /** The filter as typed (the request follows it after a pause). */
  text: string;
  setText: (text: string) => void;
  /** The filter the requests use (trimmed, after the pause). */
  settledText: string;
  state: QueryResult<ParkPage<TPark> | null>;
  next: () => void;
  previous: () => void;
}

/** The variables without some of their keys, as a comparable string. */
const without = (variables: unknown, ...keys: (keyof ParkPageVariables)[]) =>
  JSON.stringify({ ...(variables as ParkPageVariables | undefined), ...Object.fromEntries(keys.map((k) => [k, undefined])) });

/**
 * One page of parks for `filters` (null: nothing to load, e.g. signed out) and the typed text.
 * A new text or filter starts again at the first page; a new text or page keeps the shown page
 * on screen (`loading` with `stale`) until the next one is in.
 */
export function useParkPages<TPark, TResult extends ParkPageResult<TPark>>(
  document: TypedDocumentString<TResult, ParkPageVariables>,
  filters: { chainId?: string | null; regionId?: string | null } | null,
  pageSize: number,
): ParkPages<TPark> {
  const [text, setText] = useState('');
  const settledText = useDebounced(text.trim(), 300);
  const variablesOf = (after: string | null): ParkPageVariables | null =>
    filters && { ...filters, query: settledText || null, first: pageSize, after };
  // Keys alike but for the cursor are pages of one list.
  const list = without(variablesOf(null), 'after');
  // The cursors of the pages walked so far, for the list they were walked in.
  const [walk, setWalk] = useState<{ list: string; cursors: (string | null)[] }>({ list, cursors: [null] });
  const cursors = walk.list === list ? walk.cursors : [null];
  const offset = (cursors.length - 1) * pageSize;
  const state = useGraphQLQuery(
    document,
    variablesOf(cursors.at(-1) ?? null),
    (d): ParkPage<TPark> => ({
      parks: d.parksConnection.edges.map((e) => e.node),
      total: d.parksConnection.totalCount,
      offset,
      nextCursor: d.parksConnection.pageInfo.hasNextPage ? (d.parksConnection.pageInfo.endCursor ?? null) : null,
    }),
    // The filter box sits above the list: replacing the list with a loading panel while the
    // next answer comes would take the box, and the typing focus, with it.
    { keepPrevious: (key) => without(key[1], 'after', 'query') === without(variablesOf(null), 'after', 'query') },
  );
  const nextCursor = state.status === 'ready' ? (state.data?.nextCursor ?? null) : null;
  return {
    text,
    setText,
    settledText,
    state,
    next: () => {
      if (nextCursor) setWalk({ list, cursors: [...cursors, nextCursor] });
    },
    previous: () => {
      if (cursors.length > 1) setWalk({ list, cursors: cursors.slice(0, -1) });
    },
  };
}
