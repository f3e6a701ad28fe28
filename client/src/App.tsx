import type { Core, NodeDataDefinition } from 'cytoscape';
import { useCallback, useEffect } from 'react';
import { ChainList } from './components/ChainList';
import { ChainView } from './components/ChainView';
import { LanguageSwitch } from './components/LanguageSwitch';
import { EmptyPanel, ErrorPanel, LoadingPanel } from './components/StatusPanel';
import { useChains } from './hooks/use-chains';
import { I18nProvider, MESSAGES, useT } from './i18n/context';
import { HTML_LANG } from './i18n/lang';
import { useUrlState } from './state/use-url-state';

export interface AppProps {
  /** Build graphs without rendering; for jsdom tests (no canvas). */
  headless?: boolean;
  /** Exposes the live Cytoscape instance (tests, debugging). */
  onGraph?: (cy: Core | null) => void;
}

export function App({ headless = false, onGraph }: AppProps) {
  const [url, setUrl] = useUrlState();
  const chainsState = useChains();

  // Keep <html lang> and the tab title in step with the chosen language.
  useEffect(() => {
    document.documentElement.lang = HTML_LANG[url.lang];
    document.title = MESSAGES[url.lang].appTitle;
  }, [url.lang]);

  const chains = chainsState.status === 'ready' ? chainsState.chains : [];
  // An unknown or missing ?chain= falls back to the first chain.
  const selected = chains.find((c) => c.id === url.chain) ?? chains[0];

  const selectChain = useCallback((chain: string) => setUrl({ chain }), [setUrl]);

  // Clicking another chain's (ghost) segment opens that chain, if we know it.
  const onNodeTap = useCallback(
    (data: NodeDataDefinition) => {
      if (data['kind'] === 'ghost' && chains.some((c) => c.id === data['chainId'])) {
        selectChain(String(data['chainId']));
      }
    },
    [chains, selectChain],
  );

  let main;
  if (chainsState.status === 'loading') main = <LoadingPanel />;
  else if (chainsState.status === 'error') main = <ErrorPanel error={chainsState.error} onRetry={chainsState.retry} />;
  else if (!selected) main = <EmptyPanel />;
  else
    main = (
      <ChainView chain={selected} headless={headless} onNodeTap={onNodeTap} onGraph={onGraph} />
    );

  return (
    <I18nProvider lang={url.lang}>
      <div className="app">
        <Header onLangChange={(lang) => setUrl({ lang })} />
        <div className="app-body">
          {chains.length > 0 && (
            <aside className="sidebar">
              <ChainList chains={chains} selectedId={selected?.id} onSelect={selectChain} />
            </aside>
          )}
          <main className="main">{main}</main>
        </div>
      </div>
    </I18nProvider>
  );
}

function Header({ onLangChange }: { onLangChange: Parameters<typeof LanguageSwitch>[0]['onChange'] }) {
  const t = useT();
  return (
    <header className="app-header">
      <h1>{t.appTitle}</h1>
      <LanguageSwitch onChange={onLangChange} />
    </header>
  );
}
