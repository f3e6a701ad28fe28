import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useSearchHits } from './use-search';
import type { SearchHit, SearchType } from '../../shared/api/types';
import { useSession } from '../session/use-session';
import { useLang, useT } from '../../shared/i18n/context';
import { localName } from '../../shared/i18n/lang';
import type { NavPatch } from '../../shared/nav/search';

export { SEARCH_DEBOUNCE_MS } from './use-search';
const MAX_HITS = 10;

/** Where choosing a hit goes: parks and chains open their view, anything else its detail panel. */
export function searchTarget(hit: SearchHit): NavPatch {
  switch (hit.type) {
    case 'PARK':
      return { view: 'park', park: hit.id, node: null };
    case 'CHAIN':
      return { view: 'chain', chain: hit.id, node: null };
    case 'SEGMENT':
      // The generated type is a union over node types; only the Segment member has chainId.
      return 'chainId' in hit.node ? { view: 'chain', chain: hit.node.chainId, node: hit.id } : { node: hit.id };
    default:
      // Enterprises, projects, institutions, regions: stay where the user is, open the details.
      return { node: hit.id };
  }
}

/** Hits grouped by type, groups ordered by their best hit (the server ranks best first). */
function groupHits(hits: SearchHit[]): { type: SearchType; hits: SearchHit[] }[] {
  const groups = new Map<SearchType, SearchHit[]>();
  for (const hit of hits) groups.set(hit.type, [...(groups.get(hit.type) ?? []), hit]);
  return [...groups].map(([type, list]) => ({ type, hits: list }));
}

type Results =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; text: string; hits: SearchHit[]; total: number; capped: boolean };

/** The box's one state: idle until there is text (and a session), then the search's state. */
function toResults(hits: ReturnType<typeof useSearchHits>, query: string): Results {
  if (query === '' || (hits.status === 'ready' && hits.data === null)) return { status: 'idle' };
  // Still typing: the hits shown are for older text, so say "searching".
  if (hits.status === 'loading' || hits.text !== query) return { status: 'loading' };
  if (hits.status === 'error') return { status: 'error', message: hits.error.message };
  const answer = hits.data;
  return { status: 'ready', text: hits.text, hits: answer?.hits ?? [], total: answer?.total ?? 0, capped: answer?.capped ?? false };
}

/** The keys useSearchShortcut listens for, in aria-keyshortcuts syntax. */
const SHORTCUTS = '/ Control+K Meta+K';

/** `/` (outside text fields) and Ctrl/⌘+K bring the focus to the search box from anywhere. */
function useSearchShortcut(target: React.RefObject<HTMLElement | null>) {
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      const typing = !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
      const slash = e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey;
      const ctrlK = (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k';
      if (!slash && !ctrlK) return;
      e.preventDefault();
      target.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [target]);
}

export function SearchBox({ onNavigate }: { onNavigate: (patch: NavPatch) => void }) {
  const t = useT();
  const lang = useLang();
  const session = useSession();
  const { signedIn } = session;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const focusTarget = useRef<HTMLElement | null>(null);
  const listId = useId();
  const optionId = (i: number) => `${listId}-opt-${i}`;
  useSearchShortcut(focusTarget);

  const query = text.trim();
  const hits = useSearchHits(query, MAX_HITS, signedIn);
  const results = toResults(hits, query);
  // A new answer starts the keyboard choice afresh.
  const answer = hits.status === 'ready' ? hits.data : null;
  useEffect(() => setActive(-1), [answer]);

  const groups = useMemo(() => (results.status === 'ready' ? groupHits(results.hits) : []), [results]);
  const flat = useMemo(() => groups.flatMap((g) => g.hits), [groups]);

  if (!session.signedIn) {
    return (
      <button
        type="button"
        className="search-signin"
        aria-keyshortcuts={SHORTCUTS}
        ref={(el) => {
          focusTarget.current = el;
        }}
        onClick={session.openSignIn}
      >
        {t.shell.searchNeedsSignIn}
      </button>
    );
  }

  const choose = (hit: SearchHit) => {
    onNavigate(searchTarget(hit));
    setOpen(false);
    setText('');
    (focusTarget.current as HTMLInputElement | null)?.blur();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (flat.length === 0) return;
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + flat.length) % flat.length);
    } else if (e.key === 'Enter') {
      const hit = flat[active >= 0 ? active : 0];
      if (hit && open) {
        e.preventDefault();
        choose(hit);
      }
    } else if (e.key === 'Escape') {
      // First Esc closes the list, a second one clears the text; neither closes the detail panel.
      if (query) e.stopPropagation();
      if (open && query) setOpen(false);
      else setText('');
      setActive(-1);
    }
  };

  const showPopup = open && query !== '' && results.status !== 'idle';
  let index = -1;
  return (
    <div className="search-box">
      <input
        ref={(el) => {
          focusTarget.current = el;
        }}
        type="search"
        role="combobox"
        aria-label={t.shell.searchLabel}
        // Announced by screen readers; the visible "(press /)" hint can be cut off in a narrow header.
        aria-keyshortcuts={SHORTCUTS}
        aria-expanded={showPopup && flat.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showPopup && active >= 0 ? optionId(active) : undefined}
        placeholder={t.shell.searchPlaceholder}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <div className="search-popup" hidden={!showPopup}>
        {results.status === 'loading' && (
          <p className="search-note" role="status">
            {t.shell.searchLoading}
          </p>
        )}
        {results.status === 'error' && <p className="search-note search-error">{t.shell.searchError(results.message)}</p>}
        {results.status === 'ready' && flat.length === 0 && (
          <p className="search-note" role="status">
            {t.shell.searchEmpty(results.text)}
          </p>
        )}
        <ul id={listId} role="listbox" aria-label={t.shell.searchResultsLabel} className="search-results" hidden={flat.length === 0}>
          {groups.map((group) => (
            <li key={group.type} role="presentation">
              <ul role="group" aria-label={t.shell.searchType[group.type]}>
                <li role="presentation" className="search-group-label" aria-hidden="true">
                  {t.shell.searchType[group.type]}
                </li>
                {group.hits.map((hit) => {
                  index += 1;
                  const i = index;
                  return (
                    <li
                      key={hit.id}
                      id={optionId(i)}
                      role="option"
                      aria-selected={i === active}
                      className="search-option"
                      // mousedown, not click: the input's blur would close the list first.
                      onMouseDown={(e) => {
                        e.preventDefault();
                        choose(hit);
                      }}
                      onMouseEnter={() => setActive(i)}
                    >
                      <span className="search-hit-name">{localName(hit, lang)}</span>
                      {lang === 'en' && hit.nameEn && (
                        <span className="search-hit-alt" lang="zh-CN">
                          {hit.name}
                        </span>
                      )}
                      {lang === 'zh' && hit.nameEn && (
                        <span className="search-hit-alt" lang="en">
                          {hit.nameEn}
                        </span>
                      )}
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ul>
        {results.status === 'ready' && results.total > flat.length && (
          // More hits than the list shows: say how many, so the user knows to type more.
          <p className="search-note search-more">{t.shell.searchMore(flat.length, results.total, results.capped)}</p>
        )}
      </div>
    </div>
  );
}
