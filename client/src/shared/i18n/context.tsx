import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { en } from './en';
import { DEFAULT_LANG, type Lang } from './lang';
import type { Messages } from './messages';
import { zh } from './zh';

export const MESSAGES: Record<Lang, Messages> = { zh, en };

interface I18nValue {
  lang: Lang;
  t: Messages;
}

const I18nContext = createContext<I18nValue>({ lang: DEFAULT_LANG, t: MESSAGES[DEFAULT_LANG] });

/** The language itself lives in the URL (see state/); this only distributes it. */
export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo(() => ({ lang, t: MESSAGES[lang] }), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useT(): Messages {
  return useContext(I18nContext).t;
}

export function useLang(): Lang {
  return useContext(I18nContext).lang;
}
