// The Explore canvas in the URL: the focus (`node`), the expansions and path searches that
// brought nodes in, the hidden nodes and the layout. Loading that URL refetches the same
// neighbourhoods and paths, so a shared link shows the same canvas. Pins and positions are not
// shared: they are a user's arrangement, not content.
import { isExploreLayout, type ExploreLayoutName } from '../../graph/explore-layouts';
import type { ExploreState, Expansion, PathSearch } from '../../graph/explore-model';
import type { ExploreSearch, NavPatch, View } from '../../shared/nav/search';

export const DEFAULT_DEPTH = 1;
export const DEFAULT_MAX_PATH = 4;
const SEP = '~';

export function encodeExpansion(e: Expansion): string {
  if (e.types.length > 0) return [e.id, e.depth, e.types.join('.')].join(SEP);
  return e.depth === DEFAULT_DEPTH ? e.id : [e.id, e.depth].join(SEP);
}

function clampInt(text: string | undefined, min: number, max: number, fallback: number): number {
  const n = Number(text);
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

export function decodeExpansion(text: string): Expansion | null {
  const [id, depth, types] = text.split(SEP);
  if (!id) return null;
  return { id, depth: clampInt(depth, 1, 3, DEFAULT_DEPTH), types: types ? types.split('.').filter(Boolean) : [] };
}

export function encodePath(p: PathSearch): string {
  return [p.from, p.to, p.maxLength].join(SEP);
}

export function decodePath(text: string): PathSearch | null {
  const [from, to, max] = text.split(SEP);
  if (!from || !to) return null;
  return { from, to, maxLength: clampInt(max, 1, 6, DEFAULT_MAX_PATH) };
}

export interface ExploreUrl {
  focus: string | null;
  expansions: Expansion[];
  pathSearches: PathSearch[];
  hidden: string[];
  layout: ExploreLayoutName;
}

export function exploreFromUrl(url: ExploreSearch): ExploreUrl {
  return {
    focus: url.node ?? null,
    expansions: (url.expand ?? []).map(decodeExpansion).filter((e): e is Expansion => e !== null),
    pathSearches: (url.paths ?? []).map(decodePath).filter((p): p is PathSearch => p !== null),
    hidden: url.hide ?? [],
    layout: isExploreLayout(url.layout) ? url.layout : 'cose',
  };
}

/** The URL parameters that reproduce `state`. */
export function exploreToUrl(state: ExploreState): Pick<NavPatch, 'node' | 'expand' | 'hide' | 'paths' | 'layout'> {
  return {
    node: state.focus,
    expand: state.expansions.map(encodeExpansion),
    hide: state.hidden,
    paths: state.pathSearches.map(encodePath),
    layout: state.layout === 'cose' ? null : state.layout,
  };
}

/** One string per canvas content: equal keys mean the URL already shows this model. */
export function exploreKey(e: ExploreUrl | ExploreState): string {
  const focus = 'focus' in e ? e.focus : null;
  return JSON.stringify([focus, e.expansions.map(encodeExpansion), e.pathSearches.map(encodePath), e.hidden, e.layout]);
}

/** The explore parameters cleared: what opening explore from a new node starts with. */
export const FRESH_EXPLORE: Pick<NavPatch, 'expand' | 'hide' | 'paths'> = { expand: [], hide: [], paths: [] };

/**
 * Navigation from the header while exploring: a search hit that opens a node (no view of its
 * own) starts a new exploration from it, rather than keeping the old canvas's expansions.
 */
export function exploreNavigation(currentView: View, patch: NavPatch): NavPatch {
  if (currentView === 'explore' && patch.node && !patch.view) return { ...patch, ...FRESH_EXPLORE };
  return patch;
}
