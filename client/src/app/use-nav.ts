// The app's one way to move: a patch of view state (NavPatch) applied to the current state and
// sent to the router. Features take it as their `onNavigate` prop, so they stay router-free
// (tested without one) and never build a URL themselves.
import { useNavigate, useRouterState } from '@tanstack/react-router';
import { useCallback, useMemo, useRef } from 'react';
import { applyPatch, parseViewSearch, VIEW_PATHS, viewOfPath, type NavPatch, type NavState } from '../shared/nav/search';
import { stringifySearch } from '../shared/nav/search-codec';

/** The current view and its validated parameters (the language included). */
export function useNavState(): NavState {
  const location = useRouterState({ select: (s) => s.location });
  return useMemo(() => {
    const view = viewOfPath(location.pathname) ?? 'chain';
    return parseViewSearch(view, location.search as Record<string, unknown>);
  }, [location]);
}

export function useNav(): { state: NavState; go: (patch: NavPatch) => void; href: (patch: NavPatch) => string } {
  const state = useNavState();
  const navigate = useNavigate();
  // Read at call time: two patches in one event (a toggle, then a panel closing) both apply.
  const current = useRef(state);
  current.current = state;
  const go = useCallback(
    (patch: NavPatch) => {
      const { view, search } = applyPatch(current.current, patch);
      current.current = { view, ...search } as NavState;
      // The path and search are built from the route schemas (shared/nav/search.ts), which the
      // router's own type for `search` cannot follow across views.
      void navigate({ to: VIEW_PATHS[view], search: search as never });
    },
    [navigate],
  );
  const href = useCallback((patch: NavPatch) => {
    const { view, search } = applyPatch(current.current, patch);
    return VIEW_PATHS[view] + stringifySearch(search);
  }, []);
  return { state, go, href };
}
