import { useExploreT } from './messages';
import { FRESH_EXPLORE } from './explore-url';
import type { UrlState } from '../../shared/url/url-state';

/** "Explore connections": opens the Explore view with a fresh canvas around this node. */
export function ExploreLink({ nodeId, onNavigate }: { nodeId: string; onNavigate: (patch: Partial<UrlState>) => void }) {
  const t = useExploreT();
  return (
    <p className="detail-explore">
      <button type="button" className="link-button" onClick={() => onNavigate({ view: 'explore', node: nodeId, ...FRESH_EXPLORE })}>
        ⊕ {t.openExplore}
      </button>
    </p>
  );
}
