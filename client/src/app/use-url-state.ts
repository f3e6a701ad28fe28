import { useCallback, useEffect, useState } from 'react';
import { parseUrlState, serializeUrlState, type UrlState } from '../shared/url/url-state';

/**
 * URL-backed view state. Changes push a history entry so Back returns to the
 * previous chain/language; popstate brings the UI along.
 */
export function useUrlState(): [UrlState, (patch: Partial<UrlState>) => void] {
  const [state, setState] = useState<UrlState>(() => parseUrlState(window.location.search));

  useEffect(() => {
    const onPopState = () => setState(parseUrlState(window.location.search));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const update = useCallback((patch: Partial<UrlState>) => {
    const current = parseUrlState(window.location.search);
    const next = { ...current, ...patch };
    const search = serializeUrlState(next, window.location.search);
    if (search !== window.location.search) {
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      window.history.pushState(null, '', url);
    }
    setState(next);
  }, []);

  return [state, update];
}
