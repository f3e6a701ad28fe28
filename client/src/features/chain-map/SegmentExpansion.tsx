import type { GapStatus } from './queries';
import type { Segment } from '../../shared/api/types';
import type { LocalEnterprise, LocalProject } from './use-chain-map';
import { useLang } from '../../shared/i18n/context';
import { localName } from '../../shared/i18n/lang';
import { useParkMapT } from './messages';
import { PARK_MESSAGES } from '../park/messages';
import { useSegmentExpansionT } from './segment-expansion-messages';

interface SegmentExpansionProps {
  segment: Segment;
  status: GapStatus | undefined;
  enterprises: readonly LocalEnterprise[];
  projects: readonly LocalProject[];
  /** Opens a node in the detail panel; without it the names are plain text. */
  onSelect?: (id: string) => void;
}

/**
 * An expanded segment: its status, then its local enterprises and its local projects, each
 * under its own heading and each opening the detail panel. A project shows its lifecycle
 * status at the map's date (statusAt comes lower-case, the labels are keyed by the enum).
 */
export function SegmentExpansion({ segment, status, enterprises, projects, onSelect }: SegmentExpansionProps) {
  const pt = useParkMapT();
  const xt = useSegmentExpansionT();
  const lang = useLang();
  const stageName = (s: string | null) => (s ? (PARK_MESSAGES[lang].projectStatus[s.toUpperCase()] ?? s) : xt.statusUnknown);
  const name = localName(segment, lang);
  const item = (id: string, label: string, extra: string) => (
    <li key={id}>
      <button type="button" className="link-button" onClick={() => onSelect?.(id)} disabled={!onSelect}>
        {label}
      </button>
      {extra && <small> {extra}</small>}
    </li>
  );

  return (
    <section className="segment-expansion" aria-label={name} data-testid="segment-expansion">
      <p className="segment-expansion-title">
        <strong>{name}</strong>
        {status && ` ${pt.statusGlyph[status]} ${pt.status[status]}`}
      </p>
      {enterprises.length === 0 && projects.length === 0 ? (
        <p className="segment-expansion-empty">{xt.empty}</p>
      ) : (
        <>
          <div className="expansion-group" data-testid="expansion-enterprises">
            <h4>{xt.enterprises(enterprises.length)}</h4>
            {enterprises.length === 0 ? (
              <span className="expansion-none">{xt.none}</span>
            ) : (
              <ul>
                {enterprises.map((e) =>
                  item(e.id, localName({ name: e.label, nameEn: e.labelEn }, lang), e.inferred ? `(${pt.inferred})` : ''),
                )}
              </ul>
            )}
          </div>
          <div className="expansion-group" data-testid="expansion-projects">
            <h4>{xt.projects(projects.length)}</h4>
            {projects.length === 0 ? (
              <span className="expansion-none">{xt.none}</span>
            ) : (
              <ul>
                {projects.map((p) =>
                  item(
                    p.id,
                    localName({ name: p.label, nameEn: p.labelEn }, lang),
                    `(${stageName(p.statusAt)}${p.inferred ? ` · ${pt.inferred}` : ''})`,
                  ),
                )}
              </ul>
            )}
          </div>
        </>
      )}
    </section>
  );
}
