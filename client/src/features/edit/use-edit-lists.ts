// The pick lists every editor form needs: sources, parks, chains with their segments.
import { useEffect, useState } from 'react';
import { graphqlRequest } from '../../shared/api/client';
import { EDIT_CHAINS_QUERY, EDIT_PARKS_QUERY, EDIT_SOURCES_QUERY } from './queries';
import { isAbortError } from '../../shared/api/errors';
import type { EditChainsQuery, EditParksQuery, EditSourcesQuery } from '../../gql/graphql';

export interface EditLists {
  sources: EditSourcesQuery['sources'];
  parks: EditParksQuery['parks'];
  chains: EditChainsQuery['chains'];
}

export type ListsState = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; lists: EditLists };

// Sources, parks and chains are not changed by these forms: load them once per page, not per dialog.
let cached: Promise<EditLists> | null = null;

function loadLists(): Promise<EditLists> {
  cached ??= Promise.all([
    graphqlRequest(EDIT_SOURCES_QUERY, {}),
    graphqlRequest(EDIT_PARKS_QUERY, {}),
    graphqlRequest(EDIT_CHAINS_QUERY, {}),
  ]).then(([s, p, c]) => ({ sources: s.sources, parks: p.parks, chains: c.chains }));
  // A failure is not kept: the next dialog asks again.
  cached.catch(() => (cached = null));
  return cached;
}

/** Forget the lists (tests; after signing in as someone else nothing differs, so no other caller). */
export function resetEditLists(): void {
  cached = null;
}

export function useEditLists(): ListsState {
  const [state, setState] = useState<ListsState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadLists().then(
      (lists) => live && setState({ status: 'ready', lists }),
      (error: unknown) => {
        if (live && !isAbortError(error)) setState({ status: 'error', error });
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
