import { useEffect, useId, useState } from 'react';
import { regionsForParks, SCOPE_OPTIONS_QUERY, SCOPE_PAGE_SIZE, type ScopePark } from './scope-queries';
import type { ScopeOptionsQuery } from '../../gql/graphql';
import { getSessionToken, onSessionChange } from '../../shared/api/session-token';
import { useParkPages } from '../../shared/api/use-park-pages';
import { shownPage } from '../../shared/ui/ParkFinder';
import { ParkListFilter } from '../../shared/ui/ParkSelect';
import { useLang } from '../../shared/i18n/context';
import { localName } from '../../shared/i18n/lang';
import { useScopeT } from './scope-messages';

export interface Scope {
  park: string | null;
  region: string | null;
}

interface ScopePickerProps {
  chainId: string;
  value: Scope;
  onChange: (scope: Scope) => void;
}

/** True while a session token is held; follows sign-in and sign-out. */
export function useSignedIn(): boolean {
  const [signedIn, setSignedIn] = useState(() => getSessionToken() != null);
  useEffect(() => onSessionChange((token) => setSignedIn(token != null)), []);
  return signedIn;
}

// One <select> for both kinds, so the choice stays a single keyboard stop; values say the kind.
const encode = (s: Scope) => (s.park ? `park:${s.park}` : s.region ? `region:${s.region}` : '');
function decode(value: string): Scope {
  if (value.startsWith('park:')) return { park: value.slice(5), region: null };
  if (value.startsWith('region:')) return { park: null, region: value.slice(7) };
  return { park: null, region: null };
}

/**
 * The park or region a chain map shows its local picture for: the chain's parks, then the
 * regions they sit in (province → city → district). Parks and regions are not public
 * (server/src/auth/public-read.ts), so anonymous users get a hint; a scope already in the URL
 * still draws publicly. A chain with more parks than one list holds (a national graph) gets a
 * filter box: the list then holds the parks whose name, or whose region's name, has the text.
 */
export function ScopePicker({ chainId, value, onChange }: ScopePickerProps) {
  const st = useScopeT();
  const lang = useLang();
  const id = useId();
  const signedIn = useSignedIn();
  const pages = useParkPages<ScopePark, ScopeOptionsQuery>(SCOPE_OPTIONS_QUERY, signedIn ? { chainId } : null, SCOPE_PAGE_SIZE);
  const page = shownPage(pages);

  if (!signedIn) return <p className="park-picker-hint">{st.signInHint}</p>;
  if (pages.state.status === 'error')
    return (
      <p className="park-picker-hint" role="alert">
        {st.error}
      </p>
    );
  const loading = !page;
  const parks = page?.parks ?? [];
  const regions = regionsForParks(parks);
  const current = encode(value);
  const known = !current || parks.some((p) => `park:${p.id}` === current) || regions.some((r) => `region:${r.id}` === current);
  return (
    <div className="park-picker">
      <label htmlFor={id}>{st.label}</label>
      <ParkListFilter pages={pages} controls={id} />
      <select
        id={id}
        value={current}
        disabled={loading}
        data-testid="scope-picker"
        onChange={(event) => onChange(decode(event.currentTarget.value))}
      >
        <option value="">{loading ? st.loading : st.none}</option>
        {/* A scope from a link that is not in the lists (another chain's park) stays selectable. */}
        {!known && !loading && <option value={current}>{value.park ?? value.region}</option>}
        {parks.length > 0 && (
          <optgroup label={st.parks}>
            {parks.map((p) => (
              <option key={p.id} value={`park:${p.id}`}>
                {localName(p, lang)}
              </option>
            ))}
          </optgroup>
        )}
        {regions.length > 0 && (
          <optgroup label={st.regions}>
            {regions.map((r) => (
              <option key={r.id} value={`region:${r.id}`}>
                {'\u00a0\u00a0'.repeat(r.depth)}
                {localName(r, lang)}
                {lang === 'en' ? ` (${st.level[r.level] ?? r.level})` : ''}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </div>
  );
}
