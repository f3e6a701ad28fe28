import { useState } from 'react';
import { CypherPanel } from './CypherPanel';
import { SavedQueriesPanel } from './SavedQueriesPanel';
import { SignInPrompt } from '../session/SignIn';
import { ErrorPanel, LoadingPanel } from '../../shared/ui/StatusPanel';
import { useSavedQueries } from './use-analyst';
import { isUnauthenticated, useSession } from '../session/use-session';
import { useAnalystT } from './messages';
import type { AnalystSearch, NavPatch } from '../../shared/nav/search';
import type { SavedSelection } from './SavedQueriesPanel';
import './analyst.css';

type Mode = 'saved' | 'cypher';

/** The analyst console: saved queries for viewers, a Cypher editor for analysts. */
export function AnalystView({ search, onNavigate }: { search: AnalystSearch; onNavigate: (patch: NavPatch) => void }) {
  const a = useAnalystT();
  const session = useSession();
  const saved = useSavedQueries();
  const mode: Mode = search.tab ?? 'saved';
  // Mounted on first visit and then only hidden, so each side keeps its query and result.
  const [cypherOpened, setCypherOpened] = useState(mode === 'cypher' || !!search.cypher);
  const choose = (m: Mode) => {
    onNavigate({ tab: m === 'saved' ? null : m });
    if (m === 'cypher') setCypherOpened(true);
  };
  const selection: SavedSelection = { query: search.query ?? null, values: search.values ?? null };
  const onSelection = (next: SavedSelection) => onNavigate({ query: next.query, values: next.values });
  const cypherRun = search.cypher ? { cypher: search.cypher, params: search.cparams ?? '{}' } : null;

  let savedPart;
  if (saved.status === 'loading') savedPart = <LoadingPanel />;
  else if (saved.status === 'error' && isUnauthenticated(saved.error)) savedPart = <SignInPrompt hint={a.signInNeeded} />;
  else if (saved.status === 'error') savedPart = <ErrorPanel error={saved.error} onRetry={saved.retry} />;
  else savedPart = <SavedQueriesPanel queries={saved.data} selection={selection} onSelection={onSelection} />;

  const tab = (m: Mode, label: string) => (
    <button
      type="button"
      role="tab"
      id={`analyst-tab-${m}`}
      aria-controls={`analyst-panel-${m}`}
      aria-selected={mode === m}
      onClick={() => choose(m)}
    >
      {label}
    </button>
  );

  return (
    <div className="analyst-view">
      <div className="analyst-head">
        <h1 className="analyst-title">{a.title}</h1>
        <div role="tablist" className="analyst-tabs analyst-modes">
          {tab('saved', a.savedHeading)}
          {tab('cypher', a.cypherHeading)}
        </div>
      </div>
      <section
        className="analyst-section"
        id="analyst-panel-saved"
        role="tabpanel"
        aria-labelledby="analyst-tab-saved"
        hidden={mode !== 'saved'}
      >
        {savedPart}
      </section>
      <div id="analyst-panel-cypher" role="tabpanel" aria-labelledby="analyst-tab-cypher" hidden={mode !== 'cypher'}>
        {(cypherOpened || mode === 'cypher') && (
          <CypherPanel
            role={session.me?.role ?? null}
            run={cypherRun}
            onRun={(next) =>
              onNavigate({ cypher: next?.cypher ?? null, cparams: next && next.params.trim() !== '{}' ? next.params : null })
            }
          />
        )}
      </div>
    </div>
  );
}
