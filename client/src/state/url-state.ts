import { DEFAULT_LANG, isLang, type Lang } from '../i18n/lang';

/**
 * The view state that a shared link must reproduce: `?lang=en&chain=pv`.
 * Defaults are left out of the URL so plain links stay plain.
 */
export interface UrlState {
  lang: Lang;
  /** Selected chain id; null means "the first chain". */
  chain: string | null;
}

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const lang = params.get('lang');
  const chain = params.get('chain');
  return {
    lang: isLang(lang) ? lang : DEFAULT_LANG,
    chain: chain ? chain : null,
  };
}

/** Rewrites only our params, keeping any others a link might carry. */
export function serializeUrlState(state: UrlState, currentSearch = ''): string {
  const params = new URLSearchParams(currentSearch);
  if (state.lang === DEFAULT_LANG) params.delete('lang');
  else params.set('lang', state.lang);
  if (state.chain) params.set('chain', state.chain);
  else params.delete('chain');
  const query = params.toString();
  return query ? `?${query}` : '';
}
