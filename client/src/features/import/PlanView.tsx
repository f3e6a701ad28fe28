// The dry-run plan: counts, every error by row and column (and the error sheet), the mapping
// step for unknown headers, the uncertain matches with a decision per row, the plan row by row.
import { useState } from 'react';
import { useImportT } from './messages';
import { showValue, type Decisions, type Mapping, type SheetReport } from './plan-model';

const COUNT_KEYS = ['read', 'create', 'update', 'match', 'skip', 'errors'] as const;

export function PlanCounts({ report }: { report: SheetReport }) {
  const t = useImportT();
  return (
    <dl className="import-counts">
      {COUNT_KEYS.map((k) => (
        <div key={k} data-count={k}>
          <dt>{t.counts[k]}</dt>
          <dd>{report.counts[k]}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ErrorList({ report, onErrorSheet }: { report: SheetReport; onErrorSheet: () => void }) {
  const t = useImportT();
  if (report.errors.length === 0) return null;
  return (
    <section aria-label={t.errorsTitle(report.errors.length)} className="import-errors">
      <h4>{t.errorsTitle(report.errors.length)}</h4>
      <button type="button" onClick={onErrorSheet}>
        {t.errorSheet}
      </button>
      <div className="import-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t.row}</th>
              <th scope="col">{t.column}</th>
              <th scope="col">{t.problem}</th>
            </tr>
          </thead>
          <tbody>
            {report.errors.map((e, i) => (
              <tr key={i} data-testid="import-error">
                <td>{e.line}</td>
                <td>{e.field}</td>
                <td>{e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/**
 * Header → column (or ignored) for the headers the template does not know, as the dry run lists
 * them (unknownHeaders), offering the kind's columns it gives (columns); pre-filled from memory.
 */
export function MappingStep(props: { report: SheetReport; remembered: Mapping; onApply: (m: Mapping) => void }) {
  const t = useImportT();
  const headers = props.report.unknownHeaders;
  const [mapping, setMapping] = useState<Mapping>(() =>
    Object.fromEntries(headers.filter((h) => props.remembered[h] !== undefined).map((h) => [h, props.remembered[h]!])),
  );
  if (headers.length === 0) return null;
  const done = headers.every((h) => mapping[h] !== undefined);
  return (
    <section aria-label={t.mappingTitle} className="import-mapping">
      <h4>{t.mappingTitle}</h4>
      <p>{t.mappingHint}</p>
      {headers.map((h) => (
        <label key={h}>
          <span>
            {t.header} “{h}”
          </span>
          <select
            value={mapping[h] === undefined ? '__' : mapping[h] === '' ? '__ignore' : mapping[h]}
            onChange={(e) => {
              const v = e.target.value;
              setMapping((m) => {
                const next = { ...m };
                if (v === '__') delete next[h];
                else next[h] = v === '__ignore' ? '' : v;
                return next;
              });
            }}
          >
            <option value="__">{t.pickColumn}</option>
            <option value="__ignore">{t.ignore}</option>
            {props.report.columns.map((c) => (
              <option key={c.key} value={c.key}>
                {c.header}
              </option>
            ))}
          </select>
        </label>
      ))}
      <button type="button" disabled={!done} onClick={() => props.onApply(mapping)}>
        {t.applyMapping}
      </button>
    </section>
  );
}

export function ReviewDecisions(props: {
  report: SheetReport;
  decisions: Decisions;
  onDecide: (line: number, choice: string | null) => void;
}) {
  const t = useImportT();
  const { review } = props.report;
  if (review.length === 0) return null;
  return (
    <section aria-label={t.reviewTitle(review.length)} className="import-review">
      <h4>{t.reviewTitle(review.length)}</h4>
      <p>{t.reviewHint}</p>
      <ul>
        {review.map((r) => (
          <li key={r.line}>
            <label>
              <span>
                {t.row} {r.line}: {r.name}
              </span>
              <select
                aria-label={`${t.decision} ${t.row} ${r.line}`}
                value={props.decisions[r.line] ?? ''}
                onChange={(e) => props.onDecide(r.line, e.target.value || null)}
              >
                <option value="">{t.undecided}</option>
                <option value="new">{t.decideNew}</option>
                <option value="skip">{t.decideSkip}</option>
                {r.candidates.map((c) => (
                  <option key={c.id} value={c.id}>
                    {t.decideAs(c.name, c.why)}
                  </option>
                ))}
              </select>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function PlanTable({ report }: { report: SheetReport }) {
  const t = useImportT();
  if (report.rows.length === 0) return null;
  const total = report.counts.read;
  return (
    <section aria-label={t.planTitle} className="import-plan">
      <h4>{t.planTitle}</h4>
      {report.rows.length < total && <p>{t.planMore(report.rows.length, total)}</p>}
      <div className="import-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t.row}</th>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.action}</th>
              <th scope="col">{t.reason}</th>
              <th scope="col">{t.changes}</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((r) => (
              <tr key={r.line} data-action={r.action}>
                <td>{r.line}</td>
                <td>{r.name}</td>
                <td>{t.actions[r.action] ?? r.action}</td>
                <td>{r.reason ?? ''}</td>
                <td>
                  {r.changes.length > 0 && (
                    <ul className="import-changes">
                      {r.changes.map((c) => (
                        <li key={c.field}>
                          {c.field}: {showValue(c.before) || t.empty} → {showValue(c.after) || t.empty}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
