import { DEFAULT_LANG, isLang, type Lang } from '../i18n/lang';

/** The screens of the app; each is one `?view=` value. */
export const VIEWS = ['home', 'chain', 'park', 'compare', 'analyst', 'explore'] as const;
export type View = (typeof VIEWS)[number];

/**
 * The view state that a shared link must reproduce, e.g.
 * `?view=park&park=ls-etdz&chain=semi&asOf=2023&lang=en`.
 * Defaults are left out of the URL so plain links stay plain.
 */
export interface UrlState {
  lang: Lang;
  /** The screen; the chain map when absent (the first screen the app had). */
  view: View;
  /** Selected chain id; null means "the first chain". */
  chain: string | null;
  /** Park or region whose local picture the views show (gaps, statuses). */
  park: string | null;
  region: string | null;
  /** Evaluate statuses as of this date (YYYY, YYYY-MM or YYYY-MM-DD). */
  asOf: string | null;
  /** The node whose details are open (any id). */
  node: string | null;
  /** Parks compared on one chain (compare view). */
  parks: string[];
}

const textParams = ['chain', 'park', 'region', 'asOf', 'node'] as const;

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const lang = params.get('lang');
  const view = params.get('view');
  const text = (name: (typeof textParams)[number]) => params.get(name) || null;
  return {
    lang: isLang(lang) ? lang : DEFAULT_LANG,
    view: (VIEWS as readonly string[]).includes(view ?? '') ? (view as View) : 'chain',
    chain: text('chain'),
    park: text('park'),
    region: text('region'),
    asOf: text('asOf'),
    node: text('node'),
    parks: (params.get('parks') ?? '').split(',').filter(Boolean),
  };
}

/** Rewrites only our params, keeping any others a link might carry. */
export function serializeUrlState(state: UrlState, currentSearch = ''): string {
  const params = new URLSearchParams(currentSearch);
  const set = (name: string, value: string | null | undefined, fallback?: string) => {
    if (!value || value === fallback) params.delete(name);
    else params.set(name, value);
  };
  set('lang', state.lang, DEFAULT_LANG);
  set('view', state.view, 'chain');
  for (const name of textParams) set(name, state[name]);
  set('parks', state.parks.join(','));
  const query = params.toString();
  return query ? `?${query}` : '';
}
