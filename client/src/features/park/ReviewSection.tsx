import type { FirmRow, InstitutionRef, ProjectReview } from './types';
import { useLang } from '../../shared/i18n/context';
import { localName } from '../../shared/i18n/lang';
import { useParkT } from './messages';
import { excludedReasonText } from './score-messages';
import type { NavPatch } from '../../shared/nav/search';
import { DataTable, type TableColumn } from '../../shared/ui/DataTable';
import { PROJECT_STATUSES } from '../../shared/ui/format';

// Lifecycle order, so the bars read as a funnel from signing to full capacity.
// The funnel starts at signing: a planned project has not entered it.
const FUNNEL = PROJECT_STATUSES.filter((s) => s !== 'PLANNED');

type Rate = ProjectReview['rates'][number];

/** 项目回头看: projects by stage, the five rates with what they count, and who serves the chain. */
export function ReviewSection({
  review,
  leading,
  institutions,
  fileParts,
  onNavigate,
}: {
  review: ProjectReview;
  leading: FirmRow[];
  institutions: InstitutionRef[];
  fileParts: string[];
  onNavigate: (patch: NavPatch) => void;
}) {
  const p = useParkT();
  const lang = useLang();
  const counts = new Map<string, number>();
  for (const pr of review.counted) counts.set(pr.status ?? '', (counts.get(pr.status ?? '') ?? 0) + 1);
  const max = Math.max(1, ...counts.values());
  const stages = FUNNEL.filter((s) => counts.has(s));

  const rateColumns: TableColumn<Rate>[] = [
    { key: 'label', header: p.rates, value: (r) => p.rateLabel[r.key] ?? r.label },
    { key: 'numerator', header: p.numerator, value: (r) => r.numerator },
    { key: 'denominator', header: p.denominator, value: (r) => r.denominator },
    { key: 'rate', header: '%', value: (r) => (r.rate == null ? null : Math.round(r.rate * 1000) / 10) },
    { key: 'projects', header: p.colProjects, value: (r) => r.projects.map((x) => localName(x, lang)).join('、') || null },
  ];

  return (
    <section className="park-section" aria-labelledby="review-h">
      <h3 id="review-h">{p.reviewHeading}</h3>
      <h4>{p.funnel}</h4>
      {stages.length === 0 ? (
        <p className="section-status">{p.emptyTable}</p>
      ) : (
        <ul className="funnel">
          {stages.map((s) => (
            <li key={s}>
              <span className="funnel-label">{p.projectStatus[s] ?? s}</span>
              <span className="funnel-bar" aria-hidden="true">
                <span style={{ width: `${(counts.get(s)! / max) * 100}%` }} />
              </span>
              <span className="funnel-count">{counts.get(s)}</span>
            </li>
          ))}
        </ul>
      )}
      <DataTable caption={p.rates} columns={rateColumns} rows={review.rates} rowKey={(r) => r.key} fileParts={fileParts} />
      {review.excluded.length > 0 && (
        <details>
          <summary>
            {p.excluded} ({review.excluded.length})
          </summary>
          <ul>
            {review.excluded.map((x) => (
              <li key={x.project.id}>
                {localName(x.project, lang)} — {excludedReasonText(x, lang)}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="two-col">
        <div>
          <h4>{p.leadingFirms}</h4>
          {leading.length === 0 ? (
            <p className="muted">{p.emptyTable}</p>
          ) : (
            <ul>
              {leading.map((f) => (
                <li key={f.id}>
                  <button type="button" className="link" onClick={() => onNavigate({ node: f.id })}>
                    {localName(f, lang)}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h4>{p.institutions}</h4>
          {institutions.length === 0 ? (
            <p className="muted">{p.emptyTable}</p>
          ) : (
            <ul>
              {institutions.map((i) => (
                <li key={i.id}>
                  <button type="button" className="link" onClick={() => onNavigate({ node: i.id })}>
                    {localName(i, lang)}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
