// The pick lists every editor form needs: sources, parks, chains with their segments.
import { useEffect, useState } from 'react';
import { graphqlRequest } from '../../api/client';
import { EDIT_CHAINS_QUERY, EDIT_PARKS_QUERY, EDIT_SOURCES_QUERY } from '../../api/edit';
import { isAbortError } from '../../api/errors';
import type { EditChainsQuery, EditParksQuery, EditSourcesQuery } from '../../gql/graphql';

export interface EditLists {
  sources: EditSourcesQuery['sources'];
  parks: EditParksQuery['parks'];
  chains: EditChainsQuery['chains'];
}

export type ListsState = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; lists: EditLists };

export function useEditLists(): ListsState {
  const [state, setState] = useState<ListsState>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    const signal = controller.signal;
    Promise.all([
      graphqlRequest(EDIT_SOURCES_QUERY, {}, { signal }),
      graphqlRequest(EDIT_PARKS_QUERY, {}, { signal }),
      graphqlRequest(EDIT_CHAINS_QUERY, {}, { signal }),
    ]).then(
      ([s, p, c]) => setState({ status: 'ready', lists: { sources: s.sources, parks: p.parks, chains: c.chains } }),
      (error: unknown) => {
        if (!signal.aborted && !isAbortError(error)) setState({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, []);
  return state;
}
