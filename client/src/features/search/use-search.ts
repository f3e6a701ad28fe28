import { useGraphQLQuery, type QueryResult } from '../../shared/api/query';
import { useDebounced } from '../../shared/hooks/use-debounced';
import type { SearchHit } from '../../shared/api/types';
import { SEARCH_QUERY } from './queries';

/** Waits this long after the last keystroke, so typing 宏发 sends one request, not three. */
export const SEARCH_DEBOUNCE_MS = 250;

/** One page of hits, and how many there are in all (a lower bound when `capped`). */
export interface SearchAnswer {
  hits: SearchHit[];
  total: number;
  capped: boolean;
}

/**
 * Search hits for `text` once typing settles; ready with null while there is nothing to ask
 * (empty text, or `enabled` false). A newer text cancels the older request.
 */
export function useSearchHits(text: string, first: number, enabled = true): QueryResult<SearchAnswer | null> & { text: string } {
  const settled = useDebounced(text.trim(), SEARCH_DEBOUNCE_MS);
  const state = useGraphQLQuery(SEARCH_QUERY, enabled && settled !== '' ? { text: settled, first } : null, (d): SearchAnswer => ({
    hits: d.search.edges.map((e) => e.node),
    total: d.search.totalCount,
    capped: d.search.totalCountCapped,
  }));
  return { ...state, text: settled };
}
