import { useId, useState } from 'react';
import { useSearchHits } from '../search/use-search';
import type { SearchHit } from '../../shared/api/types';
import type { ExploreState } from '../../graph/explore-model';
import type { PathResult } from './use-explore';
import { useLang } from '../../shared/i18n/context';
import { useExploreT } from './messages';
import { localName } from '../../shared/i18n/lang';
import { DEFAULT_MAX_PATH } from './explore-url';

interface PathPanelProps {
  state: ExploreState;
  /** The path starts here: the selected node, else the focus. */
  from: string;
  busy: boolean;
  onFind: (to: string, maxLength: number) => Promise<PathResult | null>;
  /** The path chosen for highlighting (index into the last result), or null. */
  active: number | null;
  onActive: (index: number | null, result: PathResult | null) => void;
}

/** Picks a second node (on the canvas, or anywhere by search) and lists the shortest paths. */
export function PathPanel({ state, from, busy, onFind, active, onActive }: PathPanelProps) {
  const t = useExploreT();
  const lang = useLang();
  const [to, setTo] = useState<{ id: string; name: string } | null>(null);
  const [maxLength, setMaxLength] = useState(DEFAULT_MAX_PATH);
  const [result, setResult] = useState<PathResult | null>(null);
  const name = (id: string) => {
    const n = state.nodes[id];
    return n ? localName({ name: n.label, nameEn: n.labelEn }, lang) : id === to?.id ? to.name : id;
  };
  const canvasNodes = Object.values(state.nodes).filter((n) => n.id !== from && !state.hidden.includes(n.id));

  const find = async () => {
    if (!to) return;
    const r = await onFind(to.id, maxLength);
    setResult(r);
    onActive(r && r.paths.length > 0 ? 0 : null, r);
  };

  return (
    <section className="explore-paths" aria-labelledby="explore-paths-title">
      <h3 id="explore-paths-title">{t.pathTitle}</h3>
      <p className="explore-path-from">
        {t.pathFrom}: <strong>{name(from)}</strong>
      </p>
      <label>
        {t.pathTo} ({t.pathToCanvas}){' '}
        <select
          value={to && state.nodes[to.id] ? to.id : ''}
          onChange={(e) => setTo(e.target.value ? { id: e.target.value, name: name(e.target.value) } : null)}
        >
          <option value="">{t.pathPickSecond}</option>
          {canvasNodes.map((n) => (
            <option key={n.id} value={n.id}>
              {localName({ name: n.label, nameEn: n.labelEn }, lang)}
            </option>
          ))}
        </select>
      </label>
      <NodeSearch label={t.pathToSearch} onPick={(hit) => setTo({ id: hit.id, name: localName(hit, lang) })} />
      {to && !state.nodes[to.id] && (
        <p>
          {t.pathTo}: <strong>{to.name}</strong>
        </p>
      )}
      <div className="explore-path-actions">
        <label>
          {t.pathMax}{' '}
          <select value={maxLength} onChange={(e) => setMaxLength(Number(e.target.value))}>
            {[1, 2, 3, 4, 5, 6].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void find()} disabled={!to || to.id === from || busy}>
          {t.pathFind}
        </button>
      </div>
      {result && (
        <div className="explore-path-result" role="status" data-testid="path-result">
          {result.paths.length === 0 ? (
            <p>{t.pathNone(result.search.maxLength)}</p>
          ) : (
            <>
              <p>{t.pathFound(result.paths.length)}</p>
              {result.truncated && <p className="muted">{t.pathTruncated}</p>}
              <ol>
                {result.paths.map((path, i) => (
                  <li key={path.join('>')}>
                    <button type="button" aria-pressed={active === i} onClick={() => onActive(active === i ? null : i, result)}>
                      {path.map(name).join(' → ')}
                    </button>
                  </li>
                ))}
              </ol>
              <button type="button" className="link-button" onClick={() => onActive(null, result)} disabled={active === null}>
                {t.pathClear}
              </button>
            </>
          )}
        </div>
      )}
    </section>
  );
}

/** A small search field for a node that is not on the canvas yet (same API as the header search). */
function NodeSearch({ label, onPick }: { label: string; onPick: (hit: SearchHit) => void }) {
  const t = useExploreT();
  const lang = useLang();
  const id = useId();
  const [text, setText] = useState('');
  const query = text.trim();
  const search = useSearchHits(query, 8);
  // A failed search reads as no hits: picking a node on the canvas still works.
  const hits: SearchHit[] | 'loading' | null =
    query === ''
      ? null
      : search.status === 'loading' || search.text !== query
        ? 'loading'
        : search.status === 'ready'
          ? (search.data?.hits ?? null)
          : [];

  return (
    <div className="explore-node-search">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="search" value={text} onChange={(e) => setText(e.target.value)} />
      {hits === 'loading' && <p role="status">{t.searchLoading}</p>}
      {Array.isArray(hits) && (
        <ul aria-label={label}>
          {hits.length === 0 && <li>{t.searchEmpty}</li>}
          {hits.map((hit) => (
            <li key={hit.id}>
              <button
                type="button"
                onClick={() => {
                  onPick(hit);
                  setText('');
                }}
              >
                {localName(hit, lang)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
