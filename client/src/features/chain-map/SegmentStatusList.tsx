import type { GapStatus } from './queries';
import type { Chain } from '../../shared/api/types';
import type { LocalEnterprise, LocalProject } from './use-chain-map';
import { useLang } from '../../shared/i18n/context';
import { localName } from '../../shared/i18n/lang';
import { useParkMapT } from './messages';
import { SegmentExpansion } from './SegmentExpansion';

export interface Completeness {
  present: number;
  pipeline: number;
  missing: number;
  /** The score as a whole percentage. */
  pct: number;
}

const WEIGHT: Record<GapStatus, number> = { PRESENT: 1, PIPELINE: 0.5, MISSING: 0 };

/**
 * gapReport's completeness rule (server/src/domain/gap.ts), computed from chainMap's
 * public statuses so anonymous users get the same figure: the mean weight over top-level
 * segments (sub-segments roll up into them) — present 1, pipeline ½, missing 0, halved
 * when the status rests only on inferred mappings.
 */
export function completenessOf(
  chain: Chain,
  statuses: ReadonlyMap<string, GapStatus>,
  inferredOnly: ReadonlySet<string> = new Set(),
): Completeness {
  const ids = new Set(chain.segments.map((s) => s.id));
  const c = { present: 0, pipeline: 0, missing: 0 };
  let sum = 0;
  let counted = 0;
  for (const seg of chain.segments) {
    if (seg.parentId && ids.has(seg.parentId)) continue;
    const s = statuses.get(seg.id);
    if (!s) continue;
    counted++;
    sum += WEIGHT[s] * (inferredOnly.has(seg.id) ? 0.5 : 1);
    if (s === 'PRESENT') c.present++;
    else if (s === 'PIPELINE') c.pipeline++;
    else c.missing++;
  }
  return { ...c, pct: counted ? Math.round((100 * sum) / counted) : 0 };
}

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
