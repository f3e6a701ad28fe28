// The Explore view's state: the canvas model, rebuilt from the URL when the URL describes
// another canvas (a shared link, Back/Forward), and the operations that change it. Every
// change is written back to the URL, so the address bar always reproduces the canvas.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../shared/api/errors';
import { fetchGraphQL, useApiQuery } from '../../shared/api/query';
import { graphqlRequest } from '../../shared/api/client';
import { EXPLORE_NEIGHBORHOOD_QUERY, EXPLORE_PATHS_QUERY, neighborhoodVariables, pathsVariables } from './queries';
import * as model from '../../graph/explore-model';
import type { ExploreState, Expansion, GraphChunk, Load, PathSearch } from '../../graph/explore-model';
import { exploreKey, exploreToUrl, type ExploreUrl } from './explore-url';
import { useSession } from '../session/use-session';

export type ExploreStatus =
  { kind: 'idle' } | { kind: 'loading' } | { kind: 'error'; error: ApiError } | { kind: 'not-found' } | { kind: 'ready' };

export interface PathResult {
  search: PathSearch;
  /** Each path as node ids, from → to. */
  paths: string[][];
  truncated: boolean;
}

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError('unknown', String(error), { cause: error });
}

function toChunk(chunk: GraphChunk): GraphChunk {
  // The API's optional fields arrive as undefined or null; the model keeps null.
  return {
    truncated: chunk.truncated,
    nodes: chunk.nodes.map((n) => ({ id: n.id, type: n.type, label: n.label, labelEn: n.labelEn ?? null, stage: n.stage ?? null })),
    edges: chunk.edges.map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      type: e.type,
      crossChain: e.crossChain ?? null,
      inferred: e.inferred ?? null,
    })),
  };
}

/** A canvas built from its URL: every neighbourhood and path search asked at once. */
interface Canvas {
  state: ExploreState;
  truncated: boolean;
}

async function loadCanvas(want: ExploreUrl & { focus: string }, signal: AbortSignal): Promise<Canvas | null> {
  const neighborhood = (e: Expansion) =>
    graphqlRequest(EXPLORE_NEIGHBORHOOD_QUERY, neighborhoodVariables(e.id, e.depth, e.types), { signal }).then(
      (d) => d.neighborhood ?? null,
    );
  const [start, ...rest] = await Promise.all([
    neighborhood({ id: want.focus, depth: 1, types: [] }),
    ...want.expansions.map((expansion) =>
      neighborhood(expansion).then((c): Load | null => (c ? { kind: 'expand', expansion, chunk: toChunk(c) } : null)),
    ),
    ...want.pathSearches.map((search) =>
      graphqlRequest(EXPLORE_PATHS_QUERY, pathsVariables(search), { signal }).then((d): Load => ({
        kind: 'paths',
        search,
        chunk: toChunk(d.paths),
      })),
    ),
  ]);
  if (!start || !('nodes' in start)) return null;
  const found = (rest as (Load | null)[]).filter((l): l is Load => l !== null);
  return {
    state: model.buildExplore(want.focus, want.layout, toChunk(start), found, want.hidden),
    truncated: start.truncated || found.some((l) => l.chunk.truncated),
  };
}

/**
 * The canvas of `url` (its explore parameters) and the operations that change it; each change
 * is written back through `setUrl`. A URL that describes another canvas than the one drawn (a
 * shared link, Back/Forward) is loaded as one query; changes made here are not reloaded.
 */
export function useExplore(url: ExploreUrl, setUrl: (patch: ReturnType<typeof exploreToUrl>) => void) {
  const session = useSession();
  const client = useQueryClient();
  const [state, setState] = useState<ExploreState | null>(null);
  const [busy, setBusy] = useState(false);
  const [truncated, setTruncated] = useState(false);
  const [opError, setOpError] = useState<string | null>(null);
  const stateRef = useRef<ExploreState | null>(null);
  // The canvas the URL asks for, when it is not the one drawn; cleared once drawn.
  const [wanted, setWanted] = useState<{ key: string; target: ExploreUrl & { focus: string } } | null>(null);

  const target = url;
  const key = exploreKey(target);
  const active = !!target.focus && session.signedIn;

  useEffect(() => {
    if (!active || !target.focus) {
      stateRef.current = null;
      setState(null);
      setWanted(null);
      return;
    }
    // The URL changed because the model did: nothing to load.
    if (stateRef.current && exploreKey(stateRef.current) === key) return;
    setWanted({ key, target: { ...target, focus: target.focus } });
    // `target` is read through `key` (its canvas content) on purpose.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, active]);

  const canvas = useApiQuery(wanted ? ['ExploreCanvas', wanted.key] : null, (signal) => loadCanvas(wanted!.target, signal));
  const loaded = canvas.status === 'ready' ? canvas.data : null;
  useEffect(() => {
    if (!loaded || !wanted) return;
    stateRef.current = loaded.state;
    setState(loaded.state);
    setTruncated(loaded.truncated);
    setWanted(null);
  }, [loaded, wanted]);
  useEffect(() => {
    if (canvas.status === 'error') session.handleAuthError(canvas.error);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [canvas.status]);

  let status: ExploreStatus;
  if (!active) status = { kind: 'idle' };
  else if (canvas.status === 'error') status = { kind: 'error', error: canvas.error };
  else if (wanted && canvas.status === 'loading') status = { kind: 'loading' };
  else if (wanted && canvas.status === 'ready' && canvas.data === null) status = { kind: 'not-found' };
  else status = state ? { kind: 'ready' } : { kind: 'loading' };

  const commit = useCallback(
    (next: ExploreState) => {
      if (next === stateRef.current) return;
      stateRef.current = next;
      setState(next);
      setUrl(exploreToUrl(next));
    },
    [setUrl],
  );

  const apply = useCallback(
    (op: (s: ExploreState) => ExploreState) => {
      if (stateRef.current) commit(op(stateRef.current));
    },
    [commit],
  );

  /** Runs a fetch-then-change operation; failures become a message, not a broken canvas. */
  const run = useCallback(
    async <T>(work: () => Promise<T>): Promise<T | null> => {
      setBusy(true);
      setOpError(null);
      try {
        return await work();
      } catch (error) {
        if (!session.handleAuthError(error)) setOpError(asApiError(error).message);
        return null;
      } finally {
        setBusy(false);
      }
    },
    [session],
  );

  const expandNode = useCallback(
    (expansion: Expansion) =>
      run(async () => {
        const data = await fetchGraphQL(
          client,
          EXPLORE_NEIGHBORHOOD_QUERY,
          neighborhoodVariables(expansion.id, expansion.depth, expansion.types),
        );
        const chunk = data.neighborhood;
        if (!chunk || !stateRef.current) return;
        setTruncated(chunk.truncated);
        commit(model.expand(stateRef.current, expansion, toChunk(chunk)));
      }),
    [run, commit, client],
  );

  const findPaths = useCallback(
    (search: PathSearch): Promise<PathResult | null> =>
      run(async () => {
        const chunk = toChunk((await fetchGraphQL(client, EXPLORE_PATHS_QUERY, pathsVariables(search))).paths);
        const paths = model.splitPaths(chunk, search.from, search.to);
        if (paths.length > 0 && stateRef.current) commit(model.addPaths(stateRef.current, search, chunk));
        return { search, paths, truncated: chunk.truncated };
      }),
    [run, commit, client],
  );

  return {
    state,
    status,
    busy,
    truncated,
    opError,
    retry: canvas.retry,
    expandNode,
    findPaths,
    hide: (ids: string[]) => apply((s) => model.hide(s, ids)),
    showAll: () => apply(model.showAll),
    togglePin: (id: string) => apply((s) => model.togglePin(s, id)),
    setLayout: (name: ExploreState['layout']) => apply((s) => model.setLayout(s, name)),
    undo: () => apply(model.undo),
    focus: target.focus,
  };
}

export type ExploreApi = ReturnType<typeof useExplore>;
