// A select of parks that works on a graph of any size: it lists a page of them (sub-parks
// indented under their park) and, when there are more, shows a box to find the others by their
// name or their region's name. A chosen park the page does not hold stays selected, by name.
import type { ParkOptionsQuery } from '../../gql/graphql';
import { PARK_NAME_QUERY, PARK_OPTIONS_PAGE, PARK_OPTIONS_QUERY, withDepth, type ParkOption } from '../api/park-options';
import { useGraphQLQuery } from '../api/query';
import { useParkPages, type ParkPages } from '../api/use-park-pages';
import { useLang, useT } from '../i18n/context';
import { localName } from '../i18n/lang';
import { shownPage } from './ParkFinder';
import './park-finder.css';

export interface ParkSelectProps {
  id: string;
  value: string;
  onChange: (id: string) => void;
  /** The empty choice's label; without it there is none. */
  noneLabel?: string;
  /** Only parks growing this chain. */
  chainId?: string | null;
  name?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  required?: boolean;
}

/**
 * The filter box of a park list that holds one page (a select): how many of how many parks it
 * lists, or that none matches. Shown only when the list does not hold every park, or a text is
 * typed (a small graph's select needs no box).
 */
export function ParkListFilter<T>({ pages, controls }: { pages: ParkPages<T>; controls: string }) {
  const t = useT().parkFinder;
  const page = shownPage(pages);
  const listed = page?.parks.length ?? 0;
  const partial = page != null && (page.total > listed || pages.settledText !== '');
  if (!partial && pages.text === '') return null;
  return (
    <span className="park-select-filter">
      <input
        type="search"
        aria-label={t.label}
        aria-controls={controls}
        value={pages.text}
        placeholder={t.placeholder}
        onChange={(e) => pages.setText(e.currentTarget.value)}
      />
      <span className="muted" role="status">
        {page && page.total > listed ? t.more(listed, page.total) : ''}
        {page && page.total === 0 ? t.noMatch(pages.settledText) : ''}
      </span>
    </span>
  );
}

export function ParkSelect({ id, value, onChange, noneLabel, chainId, ...rest }: ParkSelectProps) {
  const lang = useLang();
  const pages = useParkPages<ParkOption, ParkOptionsQuery>(PARK_OPTIONS_QUERY, { chainId: chainId ?? null }, PARK_OPTIONS_PAGE);
  const page = shownPage(pages);
  const parks = page?.parks ?? [];
  const offPage = value !== '' && page != null && !parks.some((p) => p.id === value);
  const chosen = useGraphQLQuery(PARK_NAME_QUERY, offPage ? { id: value } : null, (d) => d.park);
  const chosenLabel = chosen.status === 'ready' && chosen.data ? localName(chosen.data, lang) : value;
  return (
    <span className="park-select">
      <ParkListFilter pages={pages} controls={id} />
      <select
        id={id}
        {...rest}
        value={value}
        aria-busy={pages.state.status === 'loading' || undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        {noneLabel !== undefined && <option value="">{noneLabel}</option>}
        {value && !parks.some((p) => p.id === value) && <option value={value}>{chosenLabel}</option>}
        {withDepth(parks).map(({ park, depth }) => (
          <option key={park.id} value={park.id}>
            {(depth > 0 ? '\u3000'.repeat(depth) + '└ ' : '') + localName(park, lang)}
          </option>
        ))}
      </select>
    </span>
  );
}
