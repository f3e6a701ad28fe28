import { lazy, Suspense, useCallback, useEffect, useId, useRef, useState } from 'react';
import type { Role } from '../../shared/api/types';
import { atLeast, runCypher, useRunner } from './use-analyst';
import { useLang, useT } from '../../shared/i18n/context';
import { useAnalystT } from './messages';
import type { Vocabulary } from './CypherEditor';
import { describeAnalystError } from './errors';
import { ResultView } from './ResultView';

// Dynamic import: CodeMirror lands in its own chunk, fetched when this panel first shows.
const CypherEditor = lazy(() => import('./CypherEditor'));

const VOCABULARY_QUERY = `CALL db.labels() YIELD label WITH collect(label) AS labels
CALL db.relationshipTypes() YIELD relationshipType WITH labels, collect(relationshipType) AS types
CALL db.propertyKeys() YIELD propertyKey RETURN labels, types, collect(propertyKey) AS keys`;

const EMPTY_VOCAB: Vocabulary = { labels: [], relationshipTypes: [], propertyKeys: [] };

/** Labels, relationship types and property keys for completion; none if it fails. */
function useVocabulary(enabled: boolean): Vocabulary {
  const [vocab, setVocab] = useState(EMPTY_VOCAB);
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    runCypher(VOCABULARY_QUERY, {}, controller.signal).then(
      (r) => {
        const [labels, types, keys] = (r.rows[0] ?? []) as string[][];
        setVocab({ labels: labels ?? [], relationshipTypes: types ?? [], propertyKeys: keys ?? [] });
      },
      () => undefined, // completion is a convenience; the editor works without it
    );
    return () => controller.abort();
  }, [enabled]);
  return vocab;
}

export interface CypherPanelProps {
  role: Role | null;
  initialQuery?: string;
  headless?: boolean;
}

/** Ad-hoc read-only Cypher for analysts; shown disabled, with the reason, to others. */
export function CypherPanel({ role, initialQuery = '', headless }: CypherPanelProps) {
  const t = useT();
  const lang = useLang();
  const a = useAnalystT();
  const allowed = atLeast(role, 'ANALYST');
  const [query, setQuery] = useState(initialQuery);
  const [paramsText, setParamsText] = useState('{}');
  const [paramsError, setParamsError] = useState<string | null>(null);
  const { state, run } = useRunner();
  const vocabulary = useVocabulary(allowed);
  const paramsId = useId();
  const latest = useRef({ query, paramsText });
  latest.current = { query, paramsText };

  const submit = useCallback(() => {
    const { query: q, paramsText: p } = latest.current;
    if (!q.trim()) return;
    let params: unknown;
    try {
      params = p.trim() ? JSON.parse(p) : {};
    } catch {
      params = null;
    }
    if (params === null || typeof params !== 'object' || Array.isArray(params)) {
      setParamsError(a.paramsJsonInvalid);
      return;
    }
    setParamsError(null);
    run((signal) => runCypher(q, params as Record<string, unknown>, signal));
  }, [a, run]);

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
      {problem && (
        <p className="analyst-error" role="alert" data-code={problem.code}>
          {problem.message}
          {problem.detail && (
            <small className="analyst-error-detail">
              {' '}
              {a.databaseSays}: <code>{problem.detail}</code>
            </small>
          )}
        </p>
      )}
      {state.status === 'running' && (
        <p role="status" className="analyst-muted">
          {a.running}
        </p>
      )}
      {state.status === 'done' && <ResultView result={state.result} name="cypher" headless={headless} />}
    </section>
  );
}
