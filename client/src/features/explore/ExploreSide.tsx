import type { ExploreState } from '../../graph/explore-model';
import { TYPE_STYLE, type ExploreNodeType } from '../../graph/explore-styles';
import { useLang } from '../../shared/i18n/context';
import { useExploreT } from './messages';
import { localName } from '../../shared/i18n/lang';

/** Text glyphs that echo the canvas shapes, so the legend needs no images. */
const GLYPH: Record<ExploreNodeType, string> = {
  Enterprise: '■',
  Segment: '⬢',
  Chain: '★',
  Park: '⬟',
  Project: '◆',
  Institution: '▲',
  Region: '●',
};

function typeLabel(type: string, names: Record<ExploreNodeType, string>): string {
  return type in names ? names[type as ExploreNodeType] : type;
}

/**
 * The canvas as a list: every drawn node, grouped by type, as a button that selects it. It is
 * the keyboard's (and a screen reader's) way into the graph, and what tests read.
 */
export function NodeList({ state, selected, onSelect }: { state: ExploreState; selected: string | null; onSelect: (id: string) => void }) {
  const t = useExploreT();
  const lang = useLang();
  const hidden = new Set(state.hidden);
  const nodes = Object.values(state.nodes)
    .filter((n) => !hidden.has(n.id))
    .sort((a, b) =>
      a.id === state.focus ? -1 : b.id === state.focus ? 1 : a.type.localeCompare(b.type) || a.label.localeCompare(b.label, 'zh'),
    );
  return (
    <section className="explore-node-list" aria-labelledby="explore-node-list-title">
      <h3 id="explore-node-list-title">{t.nodeList(nodes.length)}</h3>
      <ul data-testid="explore-node-list">
        {nodes.map((n) => (
          <li key={n.id} data-node-id={n.id}>
            <button type="button" aria-current={n.id === selected ? 'true' : undefined} onClick={() => onSelect(n.id)}>
              <span aria-hidden="true" style={{ color: TYPE_STYLE[n.type as ExploreNodeType]?.color }}>
                {GLYPH[n.type as ExploreNodeType] ?? '•'}
              </span>{' '}
              {state.pinned.includes(n.id) && '⚑ '}
              {localName({ name: n.label, nameEn: n.labelEn }, lang)}
              <small> · {typeLabel(n.type, t.nodeTypes)}</small>
              {n.id === selected && <span className="visually-hidden"> ({t.selected})</span>}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ExploreLegend() {
  const t = useExploreT();
  return (
    <section className="legend explore-legend" aria-label={t.legend}>
      <h3>{t.legend}</h3>
      <ul>
        {(Object.keys(TYPE_STYLE) as ExploreNodeType[]).map((type) => (
          <li key={type}>
            <span aria-hidden="true" style={{ color: TYPE_STYLE[type].color }}>
              {GLYPH[type]}
            </span>
            {t.nodeTypes[type]}
          </li>
        ))}
        <li>{t.pinnedMark}</li>
        <li>{t.focusMark}</li>
      </ul>
    </section>
  );
}
