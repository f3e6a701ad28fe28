import type { Core, NodeDataDefinition } from 'cytoscape';
import { useMemo } from 'react';
import type { Chain } from '../api/types';
import { buildChainElements } from '../graph/elements';
import { useLang, useT } from '../i18n/context';
import { localName } from '../i18n/lang';
import { ChainMap } from './ChainMap';
import { Legend } from './Legend';

interface ChainViewProps {
  chain: Chain;
  headless?: boolean;
  onNodeTap?: (data: NodeDataDefinition) => void;
  onGraph?: (cy: Core | null) => void;
}

/** The main area for one chain: title, description, the map and its legend. */
export function ChainView({ chain, headless, onNodeTap, onGraph }: ChainViewProps) {
  const t = useT();
  const lang = useLang();
  const name = localName(chain, lang);
  const description = lang === 'en' ? (chain.descriptionEn ?? chain.description) : chain.description;
  // Memoised: ChainMap rebuilds the graph whenever this array changes identity.
  const elements = useMemo(() => buildChainElements(chain, { lang }), [chain, lang]);

  return (
    <section className="chain-view" aria-labelledby="chain-title">
      <header className="chain-header">
        <h2 id="chain-title">{name}</h2>
        {description && <p className="chain-description">{description}</p>}
      </header>
      {chain.segments.length === 0 ? (
        <div className="status-panel" role="status">
          <p>{t.chainHasNoSegments}</p>
        </div>
      ) : (
        <>
          <ChainMap
            elements={elements}
            label={t.mapLabel(name)}
            headless={headless}
            onNodeTap={onNodeTap}
            onGraph={onGraph}
          />
          <p className="map-hint">{t.mapHint}</p>
        </>
      )}
      <Legend />
    </section>
  );
}
