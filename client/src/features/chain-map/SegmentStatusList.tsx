import type { GapStatus } from './queries';
import type { Chain } from '../../shared/api/types';
import type { LocalEnterprise, LocalProject } from './use-chain-map';
import { useLang } from '../../shared/i18n/context';
import { localName } from '../../shared/i18n/lang';
import { useParkMapT } from './messages';
import { SegmentExpansion } from './SegmentExpansion';

interface SegmentStatusListProps {
  chain: Chain;
  statuses: ReadonlyMap<string, GapStatus>;
  enterprises: ReadonlyMap<string, LocalEnterprise[]>;
  projects?: ReadonlyMap<string, LocalProject[]>;
  selectedId: string | null;
  onSelect?: (id: string) => void;
}

/**
 * The text twin of the map: the selected segment with its local enterprises and
 * projects (expand a segment), and every segment by status — readable without the
 * canvas, by screen readers and by tests (data-status).
 */
export function SegmentStatusList({ chain, statuses, enterprises, projects, selectedId, onSelect }: SegmentStatusListProps) {
  const pt = useParkMapT();
  const lang = useLang();
  const selected = chain.segments.find((s) => s.id === selectedId);

  return (
    <div className="segment-status">
      {selected && (
        <SegmentExpansion
          segment={selected}
          status={statuses.get(selected.id)}
          enterprises={enterprises.get(selected.id) ?? []}
          projects={projects?.get(selected.id) ?? []}
          onSelect={onSelect}
        />
      )}
      <details>
        <summary>{pt.legendStatusTitle}</summary>
        <ul className="segment-status-list" data-testid="segment-statuses">
          {chain.segments.map((seg) => {
            const status = statuses.get(seg.id);
            if (!status) return null;
            return (
              <li key={seg.id} data-segment-id={seg.id} data-status={status}>
                <button type="button" className="link-button" onClick={() => onSelect?.(seg.id)} disabled={!onSelect}>
                  {pt.statusGlyph[status]} {localName(seg, lang)}
                </button>{' '}
                <small>{pt.status[status]}</small>
              </li>
            );
          })}
        </ul>
      </details>
    </div>
  );
}
