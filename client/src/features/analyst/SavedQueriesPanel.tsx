import { useState, type FormEvent } from 'react';
import type { SavedQuery } from '../../shared/api/types';
import { useLang, useT } from '../../shared/i18n/context';
import { useAnalystT } from './messages';
import { runSavedQuery, useRunner } from './use-analyst';
import { describeAnalystError } from './errors';
import { ParamForm } from './ParamForm';
import { collectParams, initialRaw, type RawValue } from './params';
import { ResultView } from './ResultView';

/**
 * A saved query's description is its Chinese lines then its English lines joined with a space
 * (docs/analyst-queries.md); the Chinese part ends in 。, so split there for the language shown.
 */
export function localDescription(description: string, lang: 'zh' | 'en'): string {
  const m = /。\s+(?=[A-Za-z])/.exec(description);
  if (!m) return description;
  return lang === 'en' ? description.slice(m.index + m[0].length) : description.slice(0, m.index + 1);
}

function initialValues(q: SavedQuery): Record<string, RawValue> {
  return Object.fromEntries(q.params.map((p) => [p.name, initialRaw(p)]));
}

/** The saved-query list, the chosen query's parameter form, and its result. */
export function SavedQueriesPanel({ queries, headless }: { queries: SavedQuery[]; headless?: boolean }) {
  const t = useT();
  const a = useAnalystT();
  const lang = useLang();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [values, setValues] = useState<Record<string, RawValue>>({});
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const { state, run, reset } = useRunner();
  const selected = queries.find((q) => q.id === selectedId) ?? null;
  const title = (q: SavedQuery) => (lang === 'en' ? q.titleEn || q.title : q.title);

  const choose = (q: SavedQuery) => {
    setSelectedId(q.id);
    setValues(initialValues(q));
    setLocalErrors({});
    reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!selected) return;
    const { params, errors } = collectParams(selected.params, values);
    setLocalErrors(Object.fromEntries(Object.entries(errors).map(([k, e]) => [k, a[e]])));
    if (Object.keys(errors).length > 0) return;
    run((signal) => runSavedQuery(selected.id, params, signal));
  };

  const problem = state.status === 'error' ? describeAnalystError(state.error, t, a, lang) : null;
  // The API's complaint about one parameter goes next to that parameter.
  const errors = problem?.param ? { ...localErrors, [problem.param]: problem.message } : localErrors;

  return (
    <div className="analyst-saved">
      <nav className="analyst-saved-list" aria-label={a.savedListLabel}>
        {queries.length === 0 ? (
          <p className="analyst-muted">{a.savedEmpty}</p>
        ) : (
          <ul>
            {queries.map((q) => (
              <li key={q.id}>
                <button type="button" aria-current={q.id === selectedId ? 'true' : undefined} onClick={() => choose(q)}>
                  {title(q)}
                </button>
              </li>
            ))}
          </ul>
        )}
      </nav>
      <div className="analyst-saved-main">
        {!selected ? (
          <p className="analyst-muted">{a.chooseQuery}</p>
        ) : (
          <form onSubmit={submit} noValidate aria-label={title(selected)}>
            <h3>{title(selected)}</h3>
            <p className="analyst-description">{localDescription(selected.description, lang)}</p>
            <fieldset>
              <legend>{a.paramsHeading}</legend>
              <ParamForm
                params={selected.params}
                values={values}
                errors={errors}
                onChange={(name, v) => setValues((old) => ({ ...old, [name]: v }))}
              />
            </fieldset>
            <button type="submit" className="analyst-run" disabled={state.status === 'running'}>
              {state.status === 'running' ? a.running : a.run}
            </button>
          </form>
        )}
        {problem && !problem.param && (
          <p className="analyst-error" role="alert">
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
        {state.status === 'done' && selected && <ResultView result={state.result} name={selected.id} headless={headless} />}
      </div>
    </div>
  );
}
