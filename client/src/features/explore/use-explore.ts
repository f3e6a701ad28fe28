// The Explore view's state: the canvas model, rebuilt from the URL when the URL describes
// another canvas (a shared link, Back/Forward), and the operations that change it. Every
// change is written back to the URL, so the address bar always reproduces the canvas.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, isAbortError } from '../../shared/api/errors';
import { fetchNeighborhood, fetchPaths } from './queries';
import * as model from '../../graph/explore-model';
import type { ExploreState, Expansion, GraphChunk, Load, PathSearch } from '../../graph/explore-model';
import { exploreFromUrl, exploreKey, exploreToUrl } from './explore-url';
import type { UrlState } from '../../shared/url/url-state';
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

export function useExplore(url: UrlState, setUrl: (patch: Partial<UrlState>) => void) {
  const session = useSession();
  const [state, setState] = useState<ExploreState | null>(null);
  const [status, setStatus] = useState<ExploreStatus>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);
  const [truncated, setTruncated] = useState(false);
  const [opError, setOpError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const stateRef = useRef<ExploreState | null>(null);

  const target = exploreFromUrl(url);
  const key = exploreKey(target);

  useEffect(() => {
    const want = exploreFromUrl(url);
    if (!want.focus || !session.signedIn) {
      stateRef.current = null;
      setState(null);
      setStatus({ kind: 'idle' });
      return;
    }
    // The URL changed because the model did: nothing to load.
    if (stateRef.current && exploreKey(stateRef.current) === key) return;
    const focus = want.focus;
    const controller = new AbortController();
    const { signal } = controller;
    setStatus({ kind: 'loading' });
    setTruncated(false);
    const loads = Promise.all([
      ...want.expansions.map((expansion) =>
        fetchNeighborhood(expansion.id, expansion.depth, expansion.types, { signal }).then((c): Load | null =>
          c ? { kind: 'expand', expansion, chunk: toChunk(c) } : null,
        ),
      ),
      ...want.pathSearches.map((search) =>
        fetchPaths(search.from, search.to, search.maxLength, { signal }).then((c): Load => ({ kind: 'paths', search, chunk: toChunk(c) })),
      ),
    ]);
    Promise.all([fetchNeighborhood(focus, 1, [], { signal }), loads]).then(
      ([start, rest]) => {
        if (!start) {
          stateRef.current = null;
          setState(null);
          setStatus({ kind: 'not-found' });
          return;
        }
        const found = rest.filter((l): l is Load => l !== null);
        const next = model.buildExplore(focus, want.layout, toChunk(start), found, want.hidden);
        stateRef.current = next;
        setState(next);
        setTruncated(start.truncated || found.some((l) => l.chunk.truncated));
        setStatus({ kind: 'ready' });
      },
      (error: unknown) => {
        if (signal.aborted || isAbortError(error)) return;
        session.handleAuthError(error);
        setStatus({ kind: 'error', error: asApiError(error) });
      },
    );
    return () => controller.abort();
    // `url` is read through `key` (its canvas part) on purpose: other parameters do not reload.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt, session.signedIn]);

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
        const chunk = await fetchNeighborhood(expansion.id, expansion.depth, expansion.types);
        if (!chunk || !stateRef.current) return;
        setTruncated(chunk.truncated);
        commit(model.expand(stateRef.current, expansion, toChunk(chunk)));
      }),
    [run, commit],
  );

  const findPaths = useCallback(
    (search: PathSearch): Promise<PathResult | null> =>
      run(async () => {
        const chunk = toChunk(await fetchPaths(search.from, search.to, search.maxLength));
        const paths = model.splitPaths(chunk, search.from, search.to);
        if (paths.length > 0 && stateRef.current) commit(model.addPaths(stateRef.current, search, chunk));
        return { search, paths, truncated: chunk.truncated };
      }),
    [run, commit],
  );

  return {
    state,
    status,
    busy,
    truncated,
    opError,
    retry: () => setAttempt((n) => n + 1),
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
