import { lazy, Suspense, useCallback, useId, useRef, useState } from 'react';
import type { Role } from '../../shared/api/types';
import { atLeast, sameRequest, useRun, type RunRequest } from './use-analyst';
import { useLang, useT } from '../../shared/i18n/context';
import { useAnalystT } from './messages';
import type { Vocabulary } from './CypherEditor';
import { describeAnalystError } from './errors';
import { RunOutcome } from './RunOutcome';
import { CYPHER_QUERY } from './queries';
import { useGraphQLQuery } from '../../shared/api/query';
import { useControllable } from '../../shared/hooks/use-controllable';

// Dynamic import: CodeMirror lands in its own chunk, fetched when this panel first shows.
const CypherEditor = lazy(() => import('./CypherEditor'));

const VOCABULARY_QUERY = `CALL db.labels() YIELD label WITH collect(label) AS labels
CALL db.relationshipTypes() YIELD relationshipType WITH labels, collect(relationshipType) AS types
CALL db.propertyKeys() YIELD propertyKey RETURN labels, types, collect(propertyKey) AS keys`;

const EMPTY_VOCAB: Vocabulary = { labels: [], relationshipTypes: [], propertyKeys: [] };

/** Labels, relationship types and property keys for completion; none if it fails. */
function useVocabulary(enabled: boolean): Vocabulary {
  const vocab = useGraphQLQuery(CYPHER_QUERY, enabled ? { query: VOCABULARY_QUERY, params: {} } : null, (d): Vocabulary => {
    const [labels, types, keys] = ((d.cypher.rows as unknown[][])[0] ?? []) as string[][];
    return { labels: labels ?? [], relationshipTypes: types ?? [], propertyKeys: keys ?? [] };
  });
  // Completion is a convenience: the editor works without it, so a failure shows nothing.
  return vocab.status === 'ready' && vocab.data ? vocab.data : EMPTY_VOCAB;
}

/** What a link reproduces: the Cypher text run and its parameters as typed (JSON text). */
export interface CypherRun {
  cypher: string;
  params: string;
}

/** The parameters box as an object; null when it is not a JSON object. */
function parseParams(text: string): Record<string, unknown> | null {
  let params: unknown;
  try {
    params = text.trim() ? JSON.parse(text) : {};
  } catch {
    return null;
  }
  return params !== null && typeof params === 'object' && !Array.isArray(params) ? (params as Record<string, unknown>) : null;
}

function requestOf(run: CypherRun | null): RunRequest | null {
  const params = run && run.cypher.trim() ? parseParams(run.params) : null;
  return run && params ? { kind: 'cypher', query: run.cypher, params } : null;
}

export interface CypherPanelProps {
  role: Role | null;
  initialQuery?: string;
  headless?: boolean;
  /** The last run, controlled by the URL in the app; kept by the panel when absent (tests). */
  run?: CypherRun | null;
  onRun?: (next: CypherRun | null) => void;
}

/** Ad-hoc read-only Cypher for analysts; shown disabled, with the reason, to others. */
export function CypherPanel({ role, initialQuery = '', headless, run: runProp, onRun }: CypherPanelProps) {
  const t = useT();
  const lang = useLang();
  const a = useAnalystT();
  const allowed = atLeast(role, 'ANALYST');
  const [lastRun, setLastRun] = useControllable<CypherRun | null>(runProp, onRun, null);
  const [query, setQuery] = useState(lastRun?.cypher ?? initialQuery);
  const [paramsText, setParamsText] = useState(lastRun?.params ?? '{}');
  const [paramsError, setParamsError] = useState<string | null>(null);
  const request = allowed ? requestOf(lastRun) : null;
  const { state, rerun } = useRun(request);
  const vocabulary = useVocabulary(allowed);
  const paramsId = useId();
  const latest = useRef({ query, paramsText, request });
  latest.current = { query, paramsText, request };

  const submit = useCallback(() => {
    const { query: q, paramsText: p, request: current } = latest.current;
    if (!q.trim()) return;
    if (!parseParams(p)) {
      setParamsError(a.paramsJsonInvalid);
      return;
    }
    setParamsError(null);
    const next = { cypher: q, params: p };
    if (sameRequest(requestOf(next), current)) rerun();
    else setLastRun(next);
  }, [a, rerun, setLastRun]);

  if (!allowed) {
    const reason = role ? a.cypherDisabled(a.roleName[role] ?? role) : a.cypherSignIn;
    return (
      <section className="analyst-cypher is-disabled" aria-disabled="true">
        <h2>{a.cypherHeading}</h2>
        <p className="analyst-note" role="note">
          {reason}
        </p>
        <textarea aria-label={a.cypherLabel} disabled rows={3} value="" readOnly />
      </section>
    );
  }

  const problem = state.status === 'error' ? describeAnalystError(state.error, t, a, lang) : null;
  return (
    <section className="analyst-cypher" aria-label={a.cypherHeading}>
      <h2>{a.cypherHeading}</h2>
      <Suspense
        fallback={
          <p className="analyst-muted" role="status">
            {a.editorLoading}
          </p>
        }
      >
        <CypherEditor value={query} onChange={setQuery} onRun={submit} vocabulary={vocabulary} label={a.cypherLabel} />
      </Suspense>
      <div className="analyst-cypher-bar">
        <label htmlFor={paramsId}>{a.paramsJson}</label>
        <textarea
          id={paramsId}
          rows={1}
          value={paramsText}
          spellCheck={false}
          aria-invalid={paramsError ? true : undefined}
          onChange={(e) => setParamsText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              submit();
            }
          }}
        />
        <button type="button" className="analyst-run" onClick={submit} disabled={state.status === 'running'}>
          {state.status === 'running' ? a.running : a.run}
        </button>
        <span className="analyst-muted">{a.cypherRunHint}</span>
      </div>
      {paramsError && (
        <p className="analyst-error" role="alert">
          {paramsError}
        </p>
      )}
      <RunOutcome state={state} problem={problem} name="cypher" headless={headless} />
    </section>
  );
}
