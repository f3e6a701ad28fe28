import { DEFAULT_LANG, isLang, type Lang } from '../i18n/lang';

/** The screens of the app; each is one `?view=` value. */
export const VIEWS = ['home', 'chain', 'park', 'compare', 'analyst', 'explore', 'embed'] as const;
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
  /** Explore view: expanded nodes (`id`, `id~depth` or `id~depth~TYPE.TYPE`), see explore-url.ts. */
  expand: string[];
  /** Explore view: hidden node ids. */
  hide: string[];
  /** Explore view: path searches (`from~to~maxLength`). */
  paths: string[];
  /** Explore view: the layout (its default when absent). */
  layout: string | null;
}

const textParams = ['chain', 'park', 'region', 'asOf', 'node', 'layout'] as const;
const listParams = ['parks', 'expand', 'hide', 'paths'] as const;

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const lang = params.get('lang');
  const view = params.get('view');
  const text = (name: (typeof textParams)[number]) => params.get(name) || null;
  const list = (name: (typeof listParams)[number]) => (params.get(name) ?? '').split(',').filter(Boolean);
  return {
    lang: isLang(lang) ? lang : DEFAULT_LANG,
    view: (VIEWS as readonly string[]).includes(view ?? '') ? (view as View) : 'chain',
    chain: text('chain'),
    park: text('park'),
    region: text('region'),
    asOf: text('asOf'),
    node: text('node'),
    layout: text('layout'),
    parks: list('parks'),
    expand: list('expand'),
    hide: list('hide'),
    paths: list('paths'),
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
  for (const name of listParams) set(name, (state[name] ?? []).join(','));
  const query = params.toString();
  return query ? `?${query}` : '';
}
