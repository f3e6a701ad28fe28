// The filter box and pager of a paged park list (shared/api/use-park-pages.ts).
import { useId } from 'react';
import type { ParkPage, ParkPages } from '../api/use-park-pages';
import { useT } from '../i18n/context';
import './park-finder.css';

/** The page on screen: the answer, or while the next one loads, the one before it. */
export function shownPage<T>(pages: ParkPages<T>): ParkPage<T> | null {
  const { state } = pages;
  if (state.status === 'ready') return state.data;
  return state.status === 'loading' ? (state.stale ?? null) : null;
}

/** The text filter, with which parks of how many are listed. */
export function ParkFilter<T>({ pages }: { pages: ParkPages<T> }) {
  const t = useT().parkFinder;
  const id = useId();
  const page = shownPage(pages);
  return (
    <div className="park-finder">
      <label htmlFor={id}>{t.label}</label>
      <input id={id} type="search" value={pages.text} placeholder={t.placeholder} onChange={(e) => pages.setText(e.currentTarget.value)} />
      <span className="muted" role="status">
        {page && page.total > 0 ? t.showing(page.offset + 1, page.offset + page.parks.length, page.total) : ''}
        {page && page.total === 0 && pages.settledText ? t.noMatch(pages.settledText) : ''}
      </span>
    </div>
  );
}

/** Previous and next page, when the list has more than one. */
export function ParkPager<T>({ pages }: { pages: ParkPages<T> }) {
  const t = useT().parkFinder;
  const page = shownPage(pages);
  if (!page || (page.offset === 0 && !page.nextCursor)) return null;
  return (
    <div className="park-pager">
      <button type="button" disabled={page.offset === 0} onClick={pages.previous}>
        {t.previous}
      </button>
      <button type="button" disabled={!page.nextCursor} onClick={pages.next}>
        {t.next}
      </button>
    </div>
  );
}
