import type { ReactNode } from 'react';
import type { ApiError } from '../api/errors';
import { useLang, useT } from '../i18n/context';
import type { Lang } from '../i18n/lang';
import { wordApiError } from '../api/error-words';
import type { Messages } from '../i18n/messages';

// Loading, empty and error states share one look, so the page is never blank.

export function LoadingPanel() {
  const t = useT();
  return (
    <div className="status-panel" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <p>{t.loading}</p>
    </div>
  );
}

/** One line saying a part of the page is loading, where a whole LoadingPanel would be too big. */
export function LoadingLine({ className, small, children }: { className: string; small?: boolean; children: ReactNode }) {
  return (
    <p className={className} role="status" aria-live="polite">
      <span className={small ? 'spinner spinner-small' : 'spinner'} aria-hidden="true" /> {children}
    </p>
  );
}

export function EmptyPanel() {
  const t = useT();
  return (
    <div className="status-panel" role="status">
      <h2>{t.emptyTitle}</h2>
      <p>{t.emptyHint}</p>
    </div>
  );
}

export function describeApiError(error: ApiError, t: Messages, lang: Lang): string {
  switch (error.kind) {
    case 'network':
      return t.errorNetwork;
    case 'http':
      return t.errorHttp(error.status);
    case 'graphql':
      // The server's code in the user's words; its English text only for a code we do not know.
      return t.errorGraphql(wordApiError(error, lang) ?? error.message);
    case 'parse':
      return t.errorParse;
    default:
      return t.errorUnknown;
  }
}

export function ErrorPanel({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  const t = useT();
  const lang = useLang();
  return (
    <div className="status-panel status-error" role="alert">
      <h2>{t.errorTitle}</h2>
      <p>{describeApiError(error, t, lang)}</p>
      <button type="button" onClick={onRetry}>
        {t.retry}
      </button>
    </div>
  );
}
