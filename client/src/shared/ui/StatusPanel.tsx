import type { ApiError } from '../api/errors';
import { useT } from '../i18n/context';
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

export function EmptyPanel() {
  const t = useT();
  return (
    <div className="status-panel" role="status">
      <h2>{t.emptyTitle}</h2>
      <p>{t.emptyHint}</p>
    </div>
  );
}

function describe(error: ApiError, t: Messages): string {
  switch (error.kind) {
    case 'network':
      return t.errorNetwork;
    case 'http':
      return t.errorHttp(error.status);
    case 'graphql':
      return t.errorGraphql(error.message);
    case 'parse':
      return t.errorParse;
    default:
      return t.errorUnknown;
  }
}

export function ErrorPanel({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  const t = useT();
  return (
    <div className="status-panel status-error" role="alert">
      <h2>{t.errorTitle}</h2>
      <p>{describe(error, t)}</p>
      <button type="button" onClick={onRetry}>
        {t.retry}
      </button>
    </div>
  );
}
