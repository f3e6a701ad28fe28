import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../shared/i18n/context';
import { useExploreT } from '../features/explore/messages';
import type { Lang } from '../shared/i18n/lang';
import type { NavPatch, View } from '../shared/nav/search';
import { NewItemMenu } from '../features/edit/EditActions';
import { LanguageSwitch } from '../shared/ui/LanguageSwitch';
import { SearchBox } from '../features/search/SearchBox';
import { UserMenu } from '../features/session/SignIn';
import { useSession } from '../features/session/use-session';
import { useCanEdit } from '../features/edit/editor-context';

/** The views the primary navigation offers, in reading order. */
export const NAV_VIEWS = ['home', 'chain', 'park', 'region', 'compare', 'analyst', 'explore'] as const satisfies readonly View[];

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
  // Below ~768 px the navigation and tools fold behind a menu button (CSS decides when the
  // button shows); on wider screens `open` has no visible effect.
  const [open, setOpen] = useState(false);
  // Signing in or out from the folded menu finishes what it was opened for: fold it again, so the
  // phone shows the view (a chain map below a long open menu started under the fold).
  const { signedIn } = useSession();
  const [wasSignedIn, setWasSignedIn] = useState(signedIn);
  if (wasSignedIn !== signedIn) {
    setWasSignedIn(signedIn);
    setOpen(false);
  }
  const menuId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  return (
    <header className="app-header" data-menu-open={open}>
      <h1>{t.appTitle}</h1>
      <button
        ref={toggle}
        type="button"
        className="menu-toggle"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">☰ </span>
        {t.shell.menuButton}
      </button>
      <nav id={menuId} className="primary-nav" aria-label={t.shell.navLabel}>
        {views.map((v) => (
          <button
            key={v}
            type="button"
            aria-current={v === view ? 'page' : undefined}
            // Changing screens closes the detail panel (and the phone menu); chain/park selections are kept.
            onClick={() => {
              setOpen(false);
              onNavigate({ view: v, node: null });
            }}
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
