// Plain TS (no React) so graph/ code can label nodes by language too.

export type Lang = 'zh' | 'en';

export const LANGS: readonly Lang[] = ['zh', 'en'];
export const DEFAULT_LANG: Lang = 'zh';

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}

/** BCP 47 tag for <html lang>, so screen readers and fonts pick the right script. */
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/** Anything with a Chinese name and an optional English one (chains, segments). */
export interface Named {
  name: string;
  nameEn?: string | null;
}

/** Chinese is authoritative; English falls back to it when missing. */
export function localName(item: Named, lang: Lang): string {
  return lang === 'en' ? (item.nameEn ?? item.name) : item.name;
}
