import { useT } from '../shared/i18n/context';
import { useExploreT } from '../features/explore/messages';
import type { Lang } from '../shared/i18n/lang';
import type { NavPatch, View } from '../shared/nav/search';
import { NewItemMenu } from '../features/edit/EditActions';
import { LanguageSwitch } from '../shared/ui/LanguageSwitch';
import { SearchBox } from '../features/search/SearchBox';
import { UserMenu } from '../features/session/SignIn';
import { useCanEdit } from '../features/edit/editor-context';

/** The views the primary navigation offers, in reading order. */
export const NAV_VIEWS = ['home', 'chain', 'park', 'compare', 'analyst', 'explore'] as const satisfies readonly View[];

interface HeaderProps {
  view: View;
  onNavigate: (patch: NavPatch) => void;
  onLangChange: (lang: Lang) => void;
}

export function Header({ view, onNavigate, onLangChange }: HeaderProps) {
  const t = useT();
  const et = useExploreT();
  // The sheet import is for editors (and admins); others are not offered it.
  const views: ReadonlyArray<Exclude<View, 'embed'>> = useCanEdit() ? [...NAV_VIEWS, 'import'] : NAV_VIEWS;
  return (
    <header className="app-header">
      <h1>{t.appTitle}</h1>
      <nav className="primary-nav" aria-label={t.shell.navLabel}>
        {views.map((v) => (
          <button
            key={v}
            type="button"
            aria-current={v === view ? 'page' : undefined}
            // Changing screens closes the detail panel; chain/park selections are kept.
            onClick={() => onNavigate({ view: v, node: null })}
          >
            {v === 'explore' ? et.nav : t.shell.nav[v]}
          </button>
        ))}
      </nav>
      <SearchBox onNavigate={onNavigate} />
      <div className="header-tools">
        <NewItemMenu />
        <UserMenu />
        <LanguageSwitch onChange={onLangChange} />
      </div>
    </header>
  );
}
