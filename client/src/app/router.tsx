// The routes: one per view (shared/nav/search.ts declares their paths and search schemas),
// code-based, plus `/` which redirects the links of before the router (`/?view=…`).
import { createRootRoute, createRoute, createRouter, redirect } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { AnalystView } from '../features/analyst/AnalystView';
import { ChainMapView } from '../features/chain-map/ChainMapView';
import { CompareView } from '../features/compare/CompareView';
import { EmbedBuilder } from '../features/embed/EmbedBuilder';
import { ExploreView } from '../features/explore/ExploreView';
import { HomeView } from '../features/home/HomeView';
import { ParkView } from '../features/park/ParkView';
import { useChains } from '../shared/api/use-chains';
import { legacyTarget } from '../shared/nav/legacy';
import {
  analystSearch,
  applyPatch,
  chainSearch,
  compareSearch,
  embedSearch,
  exploreSearch,
  homeSearch,
  importSearch,
  parkSearch,
  regionSearch,
  rootSearch,
  VIEW_PATHS,
} from '../shared/nav/search';
import { parseSearch, stringifySearch } from '../shared/nav/search-codec';
import { useAppOptions } from './app-options';
import { Shell } from './Shell';
import { useNav } from './use-nav';

const rootRoute = createRootRoute({ validateSearch: (raw) => rootSearch.parse(raw), component: Shell });

/** `/` and every old `/?view=…&…` link: to the view's route with the same state. */
const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: ({ location }) => {
    const target = legacyTarget(location.search as Record<string, unknown>);
    const { view, search } = applyPatch(target, {});
    throw redirect({ to: VIEW_PATHS[view], search: search as never, replace: true });
  },
});

const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: VIEW_PATHS.home,
  validateSearch: (raw) => homeSearch.parse(raw),
  component: function HomePage() {
    const { go, href } = useNav();
    return <HomeView chainsState={useChains()} onNavigate={go} hrefFor={href} />;
  },
});

const chainRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: VIEW_PATHS.chain,
  validateSearch: (raw) => chainSearch.parse(raw),
  component: function ChainPage() {
    const s = chainRoute.useSearch();
    const { go } = useNav();
    const { headless = false, onGraph } = useAppOptions();
    return (
      <ChainMapView
        chainsState={useChains()}
        chainId={s.chain ?? null}
        onSelectChain={(chain) => go({ chain })}
        parkId={s.park ?? null}
        regionId={s.region ?? null}
        asOf={s.asOf ?? null}
        nodeId={s.node ?? null}
        firms={s.firms ?? false}
        projects={s.projects ?? false}
        onNavigate={go}
        headless={headless}
        onGraph={onGraph}
      />
    );
  },
});

const parkRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: VIEW_PATHS.park,
  validateSearch: (raw) => parkSearch.parse(raw),
  component: function ParkPage() {
    const s = parkRoute.useSearch();
    const { go } = useNav();
    return <ParkView parkId={s.park ?? null} chainId={s.chain ?? null} asOf={s.asOf ?? null} tab={s.tab} onNavigate={go} />;
  },
});

// Its own chunk: a screen of its own that the first load does not need.
const RegionView = lazy(() => import('../features/region/RegionView'));

const regionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: VIEW_PATHS.region,
  validateSearch: (raw) => regionSearch.parse(raw),
  component: function RegionPage() {
    const s = regionRoute.useSearch();
    const { go, href } = useNav();
    return (
      <Suspense fallback={<p role="status">…</p>}>
        <RegionView regionId={s.region ?? null} chainId={s.chain ?? null} onNavigate={go} hrefFor={href} />
      </Suspense>
    );
  },
});

const compareRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: VIEW_PATHS.compare,
  validateSearch: (raw) => compareSearch.parse(raw),
  component: function ComparePage() {
    const s = compareRoute.useSearch();
    const { go } = useNav();
    return (
      <CompareView
        chainId={s.chain ?? null}
        parkIds={s.parks ?? []}
        onlyMissing={s.missing ?? false}
        sort={s.sort ?? null}
        onNavigate={go}
      />
    );
  },
});

const analystRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: VIEW_PATHS.analyst,
  validateSearch: (raw) => analystSearch.parse(raw),
  component: function AnalystPage() {
    const { go } = useNav();
    return <AnalystView search={analystRoute.useSearch()} onNavigate={go} />;
  },
});

const exploreRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: VIEW_PATHS.explore,
  validateSearch: (raw) => exploreSearch.parse(raw),
  component: function ExplorePage() {
    const { go } = useNav();
    const { headless = false, onGraph } = useAppOptions();
    return <ExploreView url={exploreRoute.useSearch()} onNavigate={go} headless={headless} onGraph={onGraph} />;
  },
});

const embedRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: VIEW_PATHS.embed,
  validateSearch: (raw) => embedSearch.parse(raw),
  component: function EmbedPage() {
    const s = embedRoute.useSearch();
    const { go } = useNav();
    return (
      <EmbedBuilder
        chainsState={useChains()}
        chainId={s.chain ?? null}
        parkId={s.park ?? null}
        regionId={s.region ?? null}
        onNavigate={go}
      />
    );
  },
});

// Its own chunk: only editors use it, and it should not weigh on everyone's first load.
const ImportView = lazy(() => import('../features/import/ImportView'));

const importRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: VIEW_PATHS.import,
  validateSearch: (raw) => importSearch.parse(raw),
  component: function ImportPage() {
    const { go } = useNav();
    return (
      <Suspense fallback={<p role="status">…</p>}>
        <ImportView search={importRoute.useSearch()} onNavigate={go} />
      </Suspense>
    );
  },
});

const routeTree = rootRoute.addChildren([
  indexRoute,
  homeRoute,
  chainRoute,
  parkRoute,
  regionRoute,
  compareRoute,
  analystRoute,
  exploreRoute,
  embedRoute,
  importRoute,
]);

export function createAppRouter() {
  return createRouter({
    routeTree,
    parseSearch,
    stringifySearch,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
