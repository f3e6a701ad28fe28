import { useExploreT } from './messages';
import { FRESH_EXPLORE } from './explore-url';
import type { NavPatch } from '../../shared/nav/search';

/** "Explore connections": opens the Explore view with a fresh canvas around this node. */
export function ExploreLink({ nodeId, onNavigate }: { nodeId: string; onNavigate: (patch: NavPatch) => void }) {
  const t = useExploreT();
  return (
    <p className="detail-explore">
      <button type="button" className="link-button" onClick={() => onNavigate({ view: 'explore', node: nodeId, ...FRESH_EXPLORE })}>
        ⊕ {t.openExplore}
      </button>
    </p>
  );
}
