import type { ReactNode } from 'react';
import { useLang, useT } from '../../shared/i18n/context';
import { describeApiError, LoadingLine } from '../../shared/ui/StatusPanel';
import type { QueryState } from '../../shared/api/query';
import { isUnauthenticated } from '../session/use-session';
import { SignInPrompt } from '../session/SignIn';
import { useParkT } from './messages';
import { STATUS_LOOK } from '../../graph/palette';

/** Loading / error / sign-in for one section, so no section is ever blank. */
export function QueryStatus<T>({ state, retry, children }: { state: QueryState<T>; retry: () => void; children: (data: T) => ReactNode }) {
  const t = useT();
  const lang = useLang();
  const p = useParkT();
  if (state.status === 'loading') {
    return <LoadingLine className="section-status">{p.loading}</LoadingLine>;
  }
  if (state.status === 'error') {
    // The shared prompt opens the app's sign-in dialog (the data layer drops a dead token).
    if (isUnauthenticated(state.error)) return <SignInPrompt hint={p.signInHint} />;
    return (
      <div className="section-status status-error" role="alert">
        <p>{describeApiError(state.error, t, lang)}</p>
        <button type="button" onClick={retry}>
          {t.retry}
        </button>
      </div>
    );
  }
  return <>{children(state.data)}</>;
}

export function StatusGlyph({ status, label }: { status: 'PRESENT' | 'PIPELINE' | 'MISSING'; label: string }) {
  // Text plus a distinct shape, so the status never depends on colour alone.
  const look = STATUS_LOOK[status];
  const glyph = look.glyph;
  return (
    <span
      className={`gap-status gap-${status.toLowerCase()}`}
      style={{ color: look.text, background: look.fill, borderLeft: `3px solid ${look.border}`, paddingInline: 4 }}
    >
      <span aria-hidden="true">{glyph} </span>
      {label}
    </span>
  );
}
