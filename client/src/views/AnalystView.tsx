import { CypherPanel } from '../components/analyst/CypherPanel';
import { SavedQueriesPanel } from '../components/analyst/SavedQueriesPanel';
import { SignInPrompt } from '../components/SignIn';
import { ErrorPanel, LoadingPanel } from '../components/StatusPanel';
import { useSavedQueries } from '../hooks/use-analyst';
import { isUnauthenticated, useSession } from '../hooks/use-session';
import { useT } from '../i18n/context';
import type { UrlState } from '../state/url-state';
import '../components/analyst/analyst.css';

/** The analyst console: saved queries for viewers, a Cypher editor for analysts. */
export function AnalystView(_props: { onNavigate: (patch: Partial<UrlState>) => void }) {
  const t = useT();
  const a = t.analyst;
  const session = useSession();
  const saved = useSavedQueries();

  let savedPart;
  if (saved.status === 'loading') savedPart = <LoadingPanel />;
  else if (saved.status === 'error' && isUnauthenticated(saved.error)) savedPart = <SignInPrompt hint={a.signInNeeded} />;
  else if (saved.status === 'error') savedPart = <ErrorPanel error={saved.error} onRetry={saved.retry} />;
  else savedPart = <SavedQueriesPanel queries={saved.data} />;

  return (
    <div className="analyst-view">
      <h1 className="analyst-title">{a.title}</h1>
      <section className="analyst-section" aria-labelledby="analyst-saved-heading">
        <h2 id="analyst-saved-heading">{a.savedHeading}</h2>
        {savedPart}
      </section>
      <CypherPanel role={session.me?.role ?? null} />
    </div>
  );
}
