import { useLang, useT } from '../i18n/context';
import { LANGS, HTML_LANG, type Lang } from '../i18n/lang';

// Each option is written in its own language, so it is findable whatever is shown now.
const OPTION_LABEL: Record<Lang, string> = { zh: '中文', en: 'English' };

export function LanguageSwitch({ onChange }: { onChange: (lang: Lang) => void }) {
  const t = useT();
  const current = useLang();
  return (
    <div className="language-switch" role="group" aria-label={t.languageSwitchLabel}>
      {LANGS.map((lang) => (
        <button key={lang} type="button" lang={HTML_LANG[lang]} aria-pressed={lang === current} onClick={() => onChange(lang)}>
          {OPTION_LABEL[lang]}
        </button>
      ))}
    </div>
  );
}
