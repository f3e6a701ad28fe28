import type { GapStatus } from '../api/park-map';
import type { Chain } from '../api/types';
import type { LocalEnterprise } from '../hooks/use-chain-map';
import { useLang } from '../i18n/context';
import { localName } from '../i18n/lang';
import { useParkMapT } from '../i18n/park-map-messages';

export interface Completeness {
  present: number;
  pipeline: number;
  missing: number;
  /** Present ÷ all segments with a status, as a whole percentage. */
  pct: number;
}

/** Counted from the statuses themselves, so it needs no sign-in (gapReport does). */
export function completenessOf(chain: Chain, statuses: ReadonlyMap<string, GapStatus>): Completeness {
  const c = { present: 0, pipeline: 0, missing: 0 };
  for (const seg of chain.segments) {
    const s = statuses.get(seg.id);
    if (s === 'PRESENT') c.present++;
    else if (s === 'PIPELINE') c.pipeline++;
    else if (s === 'MISSING') c.missing++;
  }
  const total = c.present + c.pipeline + c.missing;
  return { ...c, pct: total ? Math.round((100 * c.present) / total) : 0 };
}

interface SegmentStatusListProps {
  chain: Chain;
  statuses: ReadonlyMap<string, GapStatus>;
  enterprises: ReadonlyMap<string, LocalEnterprise[]>;
  selectedId: string | null;
  onSelect?: (id: string) => void;
}

/**
 * The text twin of the map: the selected segment with its local enterprises
 * (expand a segment), and every segment by status — readable without the
 * canvas, by screen readers and by tests (data-status).
 */
export function SegmentStatusList({ chain, statuses, enterprises, selectedId, onSelect }: SegmentStatusListProps) {
  const pt = useParkMapT();
  const lang = useLang();
  const selected = chain.segments.find((s) => s.id === selectedId);
  const selectedStatus = selected ? statuses.get(selected.id) : undefined;
  const local = selected ? (enterprises.get(selected.id) ?? []) : [];

  return (
    <div className="segment-status">
      {selected && (
        <section className="segment-expansion" aria-label={localName(selected, lang)} data-testid="segment-expansion">
          <strong>{localName(selected, lang)}</strong>
          {selectedStatus && ` ${pt.statusGlyph[selectedStatus]} ${pt.status[selectedStatus]}`}
          {' — '}
          {local.length === 0 ? (
            pt.noLocalEnterprises
          ) : (
            <>
              {pt.localEnterprises(local.length)}:{' '}
              {local.map((e) => (
                <button key={e.id} type="button" className="link-button" onClick={() => onSelect?.(e.id)} disabled={!onSelect}>
                  {localName({ name: e.label, nameEn: e.labelEn }, lang)}
                  {e.inferred ? ` (${pt.inferred})` : ''}
                </button>
              ))}
            </>
          )}
        </section>
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
