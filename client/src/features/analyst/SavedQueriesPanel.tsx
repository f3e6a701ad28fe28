import { useState, type FormEvent } from 'react';
import { useControllable } from '../../shared/hooks/use-controllable';
import type { SavedQuery } from '../../shared/api/types';
import { useLang, useT } from '../../shared/i18n/context';
import { useAnalystT } from './messages';
import { sameRequest, useRun, type RunRequest } from './use-analyst';
import { describeAnalystError } from './errors';
import { ParamForm } from './ParamForm';
import { collectParams, initialRaw, type RawValue } from './params';
import { RunOutcome } from './RunOutcome';

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

/** What a link reproduces: the chosen query, and the values it was run with (null: not run). */
export interface SavedSelection {
  query: string | null;
  values: Record<string, RawValue> | null;
}

const NOTHING: SavedSelection = { query: null, values: null };

/** The run a selection asks for; none before Run, or while a value does not parse. */
function requestOf(selected: SavedQuery | null, values: Record<string, RawValue> | null): RunRequest | null {
  if (!selected || !values) return null;
  const { params, errors } = collectParams(selected.params, values);
  return Object.keys(errors).length > 0 ? null : { kind: 'saved', id: selected.id, params };
}

interface SavedQueriesPanelProps {
  queries: SavedQuery[];
  headless?: boolean;
  /** Controlled by the URL in the app; the panel keeps its own when these are absent (tests). */
  selection?: SavedSelection;
  onSelection?: (next: SavedSelection) => void;
}

/** The saved-query list, the chosen query's parameter form, and its result. */
export function SavedQueriesPanel({ queries, headless, selection, onSelection }: SavedQueriesPanelProps) {
  const t = useT();
  const a = useAnalystT();
  const lang = useLang();
  const [chosen, setChosen] = useControllable(selection, onSelection, NOTHING);
  // The form being edited, until it is run; starts from the values of the link (or the defaults).
  const [draft, setDraft] = useState<{ id: string; values: Record<string, RawValue> } | null>(null);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const selected = queries.find((q) => q.id === chosen.query) ?? null;
  const selectedId = selected?.id ?? null;
  const values = !selected ? {} : draft?.id === selected.id ? draft.values : { ...initialValues(selected), ...(chosen.values ?? {}) };
  const request = requestOf(selected, chosen.values);
  const { state, rerun } = useRun(request);
  const title = (q: SavedQuery) => (lang === 'en' ? q.titleEn || q.title : q.title);

  const choose = (q: SavedQuery) => {
    setChosen({ query: q.id, values: null });
    setDraft(null);
    setLocalErrors({});
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!selected) return;
    const { errors } = collectParams(selected.params, values);
    setLocalErrors(Object.fromEntries(Object.entries(errors).map(([k, e]) => [k, a[e]])));
    if (Object.keys(errors).length > 0) return;
    if (sameRequest(requestOf(selected, values), request)) rerun();
    else setChosen({ query: selected.id, values });
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
                onChange={(name, v) => setDraft({ id: selected.id, values: { ...values, [name]: v } })}
              />
            </fieldset>
            <button type="submit" className="analyst-run" disabled={state.status === 'running'}>
              {state.status === 'running' ? a.running : a.run}
            </button>
          </form>
        )}
        <RunOutcome state={state} problem={problem && !problem.param ? problem : null} name={selected?.id ?? null} headless={headless} />
      </div>
    </div>
  );
}
