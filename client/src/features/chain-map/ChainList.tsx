import type { Chain } from '../../shared/api/types';
import { useLang, useT } from '../../shared/i18n/context';
import { localName } from '../../shared/i18n/lang';

interface ChainListProps {
  chains: Chain[];
  selectedId: string | undefined;
  onSelect: (chainId: string) => void;
}

/**
 * The chains, as a list beside the map; below 768 px (app/responsive.css) as a native select
 * instead, so the list does not take the height the map needs on a phone.
 */
export function ChainList({ chains, selectedId, onSelect }: ChainListProps) {
  const t = useT();
  const lang = useLang();
  return (
    <nav className="chain-list" aria-label={t.chainListLabel}>
      <h2>{t.chainsHeading}</h2>
      <ul>
        {chains.map((chain) => (
          <li key={chain.id}>
            <button type="button" aria-current={chain.id === selectedId ? 'page' : undefined} onClick={() => onSelect(chain.id)}>
              <span className="chain-name">{localName(chain, lang)}</span>
              <span className="chain-count">{t.segmentCount(chain.segments.length)}</span>
            </button>
          </li>
        ))}
      </ul>
      <label className="chain-select">
        <span>{t.chainsHeading}</span>
        <select value={selectedId ?? ''} onChange={(e) => onSelect(e.currentTarget.value)}>
          {chains.map((chain) => (
            <option key={chain.id} value={chain.id}>
              {localName(chain, lang)} · {t.segmentCount(chain.segments.length)}
            </option>
          ))}
        </select>
      </label>
    </nav>
  );
}
