import type { AnalystProblem } from './errors';
import { useAnalystT } from './messages';
import { ResultView } from './ResultView';
import type { RunState } from './use-analyst';

interface RunOutcomeProps {
  state: RunState;
  /** The error to show under the form; null when there is none or it is shown elsewhere. */
  problem: AnalystProblem | null;
  /** The result's name (file name of its exports); null: no result to show. */
  name: string | null;
  headless?: boolean;
}

/** What a run came to, under either panel's form: its error, that it is running, or its result. */
export function RunOutcome({ state, problem, name, headless }: RunOutcomeProps) {
  const a = useAnalystT();
  return (
    <>
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
      {state.status === 'done' && name !== null && <ResultView result={state.result} name={name} headless={headless} />}
    </>
  );
}
