// The pick lists every editor form needs: sources, chains with their segments. Parks are
// picked through the shared ParkSelect (a page at a time: a national graph has thousands).
import { useQueries } from '@tanstack/react-query';
import { EDIT_CHAINS_QUERY, EDIT_SOURCES_QUERY } from './queries';
import { graphQLQueryOptions } from '../../shared/api/query';
import type { EditChainsQuery, EditSourcesQuery } from '../../gql/graphql';

export interface EditLists {
  sources: EditSourcesQuery['sources'];
  chains: EditChainsQuery['chains'];
}

export type ListsState = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; lists: EditLists };

// Sources and chains are not changed by these forms: the query cache keeps them for
// every dialog of the page (a saved edit refetches them like every other answer).
const keep = { meta: { keepOnEdit: true }, staleTime: Infinity };

export function useEditLists(): ListsState {
  const [sources, chains] = useQueries({
    queries: [
      { ...graphQLQueryOptions(EDIT_SOURCES_QUERY, {}), ...keep },
      { ...graphQLQueryOptions(EDIT_CHAINS_QUERY, {}), ...keep },
    ] as const,
  });
  const failed = [sources, chains].find((q) => q.status === 'error');
  if (failed) return { status: 'error', error: failed.error };
  if (!sources.data || !chains.data) return { status: 'loading' };
  return { status: 'ready', lists: { sources: sources.data.sources, chains: chains.data.chains } };
}
