import type { Core } from 'cytoscape';
import { useCallback, useEffect } from 'react';
import { DetailPanel } from '../features/detail/DetailPanel';
import type { GapScope } from '../features/chain-map/GapPanel';
import type { UrlState } from '../shared/url/url-state';
import { EditorProvider } from '../features/edit/editor-context';
import { EditorDialogs } from '../features/edit/EditorDialogs';
import { Header } from './Header';
import { SignInDialog } from '../features/session/SignIn';
import { useChains } from '../shared/api/use-chains';
import { SessionProvider } from '../features/session/use-session';
import { I18nProvider, MESSAGES } from '../shared/i18n/context';
import { HTML_LANG } from '../shared/i18n/lang';
import { useUrlState } from './use-url-state';
import { AnalystView } from '../features/analyst/AnalystView';
import { ChainMapView } from '../features/chain-map/ChainMapView';
import { CompareView } from '../features/compare/CompareView';
import { EmbedBuilder } from '../features/embed/EmbedBuilder';
import { ExploreView } from '../features/explore/ExploreView';
import { exploreNavigation } from '../features/explore/explore-url';
import { HomeView } from '../features/home/HomeView';
import { ParkView } from '../features/park/ParkView';
import './shell.css';

export interface AppProps {
  /** Build graphs without rendering; for jsdom tests (no canvas). */
  headless?: boolean;
  /** Exposes the live Cytoscape instance (tests, debugging). */
  onGraph?: (cy: Core | null) => void;
}

/** On a chain map (or a park page with its chain chosen) a selected segment is read against that scope. */
function gapScopeOf(url: UrlState): GapScope | undefined {
  if (!url.chain || !(url.park || url.region)) return undefined;
  if (url.view === 'chain') return { chainId: url.chain, parkId: url.park, regionId: url.region, asOf: url.asOf };
  if (url.view === 'park' && url.park) return { chainId: url.chain, parkId: url.park, regionId: null, asOf: url.asOf };
  return undefined;
}

export function App({ headless = false, onGraph }: AppProps) {
  const [url, setUrl] = useUrlState();
  // Loaded once for the whole app: the start page and the chain map both list the chains.
  const chainsState = useChains();

  // Keep <html lang> and the tab title in step with the chosen language.
  useEffect(() => {
    document.documentElement.lang = HTML_LANG[url.lang];
    document.title = MESSAGES[url.lang].appTitle;
  }, [url.lang]);

  const selectChain = useCallback((chain: string) => setUrl({ chain }), [setUrl]);
  const closeNode = useCallback(() => setUrl({ node: null }), [setUrl]);

  let main;
  switch (url.view) {
    case 'home':
      main = <HomeView chainsState={chainsState} onNavigate={setUrl} />;
      break;
    case 'park':
      main = <ParkView parkId={url.park} chainId={url.chain} asOf={url.asOf} onNavigate={setUrl} />;
      break;
    case 'compare':
      main = <CompareView chainId={url.chain} parkIds={url.parks} onNavigate={setUrl} />;
      break;
    case 'analyst':
      main = <AnalystView onNavigate={setUrl} />;
      break;
    case 'embed':
      main = <EmbedBuilder chainsState={chainsState} chainId={url.chain} parkId={url.park} regionId={url.region} onNavigate={setUrl} />;
      break;
    case 'explore':
      main = <ExploreView url={url} onNavigate={setUrl} headless={headless} onGraph={onGraph} />;
      break;
    default:
      // 'chain'.
      main = (
        <ChainMapView
          chainsState={chainsState}
          chainId={url.chain}
          onSelectChain={selectChain}
          parkId={url.park}
          regionId={url.region}
          asOf={url.asOf}
          nodeId={url.node}
          onNavigate={setUrl}
          headless={headless}
          onGraph={onGraph}
        />
      );
  }

  return (
    <I18nProvider lang={url.lang}>
      <SessionProvider>
        <EditorProvider>
          <div className="app">
            <Header
              view={url.view}
              onNavigate={(patch) => setUrl(exploreNavigation(url.view, patch))}
              onLangChange={(lang) => setUrl({ lang })}
            />
            <div className="app-body" data-view={url.view}>
              <main className="app-main">{main}</main>
              {/* Explore shows the selected node's details itself; its `node` is where exploring started. */}
              {url.node && url.view !== 'explore' && (
                <DetailPanel nodeId={url.node} onClose={closeNode} onNavigate={setUrl} gapScope={gapScopeOf(url)} />
              )}
            </div>
            <EditorDialogs onNavigate={setUrl} />
            <SignInDialog />
          </div>
        </EditorProvider>
      </SessionProvider>
    </I18nProvider>
  );
}
