import { Outlet } from '@tanstack/react-router';
import { useEffect } from 'react';
import { DetailPanel } from '../features/detail/DetailPanel';
import type { GapScope } from '../features/chain-map/GapPanel';
import { EditorProvider } from '../features/edit/editor-context';
import { EditorDialogs } from '../features/edit/EditorDialogs';
import { exploreNavigation } from '../features/explore/explore-url';
import { SignInDialog } from '../features/session/SignIn';
import { SessionProvider } from '../features/session/use-session';
import { I18nProvider, MESSAGES } from '../shared/i18n/context';
import { DEFAULT_LANG, HTML_LANG } from '../shared/i18n/lang';
import type { NavState } from '../shared/nav/search';
import { Header } from './Header';
import { useNav } from './use-nav';
import './shell.css';
import './responsive.css';

/** On a chain map (or a park page with its chain chosen) a selected segment is read against that scope. */
function gapScopeOf(url: NavState): GapScope | undefined {
  if (!url.chain || !(url.park || url.region)) return undefined;
  if (url.view === 'chain') return { chainId: url.chain, parkId: url.park ?? null, regionId: url.region ?? null, asOf: url.asOf ?? null };
  if (url.view === 'park' && url.park) return { chainId: url.chain, parkId: url.park, regionId: null, asOf: url.asOf ?? null };
  return undefined;
}

/** The frame around every route: header, the view, the detail panel, the dialogs. */
export function Shell() {
  const { state: url, go } = useNav();
  const lang = url.lang ?? DEFAULT_LANG;

  // Keep <html lang> and the tab title in step with the chosen language.
  useEffect(() => {
    document.documentElement.lang = HTML_LANG[lang];
    document.title = MESSAGES[lang].appTitle;
  }, [lang]);

  return (
    <I18nProvider lang={lang}>
      <SessionProvider>
        <EditorProvider>
          <div className="app">
            <Header
              view={url.view}
              onNavigate={(patch) => go(exploreNavigation(url.view, patch))}
              onLangChange={(next) => go({ lang: next })}
            />
            <div className="app-body" data-view={url.view}>
              <main className="app-main">
                <Outlet />
              </main>
              {/* Explore shows the selected node's details itself; its `node` is where exploring started. */}
              {url.node && url.view !== 'explore' && (
                <DetailPanel nodeId={url.node} onClose={() => go({ node: null })} onNavigate={go} gapScope={gapScopeOf(url)} />
              )}
            </div>
            <EditorDialogs onNavigate={go} />
            <SignInDialog />
          </div>
        </EditorProvider>
      </SessionProvider>
    </I18nProvider>
  );
}
