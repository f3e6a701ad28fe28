import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { isApiError } from '../../shared/api/errors';
import { isUnauthenticated, useSession } from './use-session';
import { useT } from '../../shared/i18n/context';
import type { Messages } from '../../shared/i18n/messages';
import { trapFocus } from '../../shared/ui/trap-focus';

/** Puts a failed sign-in in words; the server's codes tell wrong credentials from a rate limit. */
function describeSignInError(error: unknown, t: Messages): string {
  if (isApiError(error)) {
    if (error.graphqlErrors.some((e) => e.extensions?.['code'] === 'RATE_LIMITED')) return t.shell.signInRateLimited;
    if (isUnauthenticated(error)) return t.shell.signInWrong;
    if (error.kind === 'network') return t.errorNetwork;
    return t.shell.signInFailed(error.message);
  }
  return t.shell.signInFailed(String(error));
}

/** The sign-in dialog; open whenever the session says so (header button, sign-in prompts). */
export function SignInDialog() {
  const t = useT();
  const session = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const errorId = useId();
  const firstField = useRef<HTMLInputElement>(null);
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    if (!session.signInOpen) return;
    // Remember what had focus so closing the dialog gives it back.
    opener.current = document.activeElement;
    setError(null);
    setPassword('');
    firstField.current?.focus();
    return () => {
      if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
    };
  }, [session.signInOpen]);

  if (!session.signInOpen) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await session.signIn(username.trim(), password);
    } catch (e) {
      setError(describeSignInError(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && session.closeSignIn()}>
      <div
        className="modal sign-in-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={(e) => {
          if (e.key === 'Tab') trapFocus(e);
          if (e.key !== 'Escape') return;
          e.stopPropagation(); // only the dialog closes, not a detail panel behind it
          session.closeSignIn();
        }}
      >
        <h2 id={titleId}>{t.shell.signInTitle}</h2>
        <form onSubmit={submit} aria-describedby={error ? errorId : undefined}>
          <label>
            {t.shell.username}
            <input
              ref={firstField}
              name="username"
              autoComplete="username"
              required
              value={username}
              onChange={(e) => setUsername(e.target.value)}
            />
          </label>
          <label>
            {t.shell.password}
            <input
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </label>
          {error && (
            <p id={errorId} className="form-error" role="alert">
              {error}
            </p>
          )}
          <div className="modal-actions">
            <button type="button" className="secondary" onClick={session.closeSignIn}>
              {t.shell.cancel}
            </button>
            <button type="submit" disabled={busy}>
              {busy ? t.shell.signingIn : t.shell.signIn}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}

/** Header corner: a sign-in button, or who is signed in with a sign-out button. */
export function UserMenu() {
  const t = useT();
  const session = useSession();
  if (!session.signedIn) {
    return (
      <button type="button" className="sign-in-button" onClick={session.openSignIn}>
        {t.shell.signIn}
      </button>
    );
  }
  return (
    <div className="user-menu" role="group" aria-label={t.shell.userMenuLabel}>
      {session.me && (
        <span className="user-name">
          {session.me.username}
          <span className="user-role">{t.shell.role[session.me.role]}</span>
        </span>
      )}
      <button type="button" className="secondary" onClick={() => void session.signOut()}>
        {t.shell.signOut}
      </button>
    </div>
  );
}

/** What a view shows instead of content that needs a signed-in user. */
export function SignInPrompt({ hint }: { hint?: string }) {
  const t = useT();
  const session = useSession();
  return (
    <div className="status-panel sign-in-prompt" role="status">
      <h2>{t.shell.signInRequired}</h2>
      <p>{hint ?? t.shell.signInRequiredHint}</p>
      <button type="button" onClick={session.openSignIn}>
        {t.shell.signIn}
      </button>
    </div>
  );
}
