import type { Core, NodeDataDefinition } from 'cytoscape';
import { useCallback, useMemo } from 'react';
import { ChainList } from './ChainList';
import { ChainView, type ChainMapUrlProps } from './ChainView';
import { EmptyPanel, ErrorPanel, LoadingPanel } from '../../shared/ui/StatusPanel';
import type { ChainsState } from '../../shared/api/use-chains';

export interface ChainMapViewProps extends ChainMapUrlProps {
  chainsState: ChainsState & { retry: () => void };
  chainId: string | null;
  onSelectChain: (chainId: string) => void;
  headless?: boolean;
  onGraph?: (cy: Core | null) => void;
}

/** The chain map screen: the chain list beside the selected chain's fishbone map. */
export function ChainMapView(props: ChainMapViewProps) {
  const { chainsState, chainId, onSelectChain, headless = false, onGraph, ...url } = props;
  const chains = useMemo(() => (chainsState.status === 'ready' ? chainsState.chains : []), [chainsState]);
  // An unknown or missing ?chain= falls back to the first chain.
  const selected = chains.find((c) => c.id === chainId) ?? chains[0];

  // Clicking another chain's (ghost) segment opens that chain, if we know it.
  const onNodeTap = useCallback(
    (data: NodeDataDefinition) => {
      if (data['kind'] === 'ghost' && chains.some((c) => c.id === data['chainId'])) {
        onSelectChain(String(data['chainId']));
      }
    },
    [chains, onSelectChain],
  );

  let main;
  if (chainsState.status === 'loading') main = <LoadingPanel />;
  else if (chainsState.status === 'error') main = <ErrorPanel error={chainsState.error} onRetry={chainsState.retry} />;
  else if (!selected) main = <EmptyPanel />;
  else main = <ChainView chain={selected} headless={headless} onNodeTap={onNodeTap} onGraph={onGraph} {...url} />;

  return (
    <div className="chain-map-view">
      {chains.length > 0 && (
        <aside className="sidebar">
          <ChainList chains={chains} selectedId={selected?.id} onSelect={onSelectChain} />
        </aside>
      )}
      <div className="main">{main}</div>
    </div>
  );
}
