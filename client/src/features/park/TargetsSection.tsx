import type { TargetList } from './types';
import { useLang } from '../../shared/i18n/context';
import { localName } from '../../shared/i18n/lang';
import { useParkT } from './messages';
import { scorePartText } from './score-messages';
import type { UrlState } from '../../shared/url/url-state';

const fmt = (n: number) => (Math.round(n * 10) / 10).toString();

/** 招商目标: ranked candidates; each score is shown as the parts it sums. */
export function TargetsSection({ targets, onNavigate }: { targets: TargetList; onNavigate: (patch: Partial<UrlState>) => void }) {
  const p = useParkT();
  const lang = useLang();
  return (
    <section className="park-section" aria-labelledby="targets-h">
      <h3 id="targets-h">{p.targetsHeading}</h3>
      {targets.items.length === 0 ? (
        <p className="section-status">{p.noTargets}</p>
      ) : (
        <>
          <p className="muted">{p.targetsHint(targets.total)}</p>
          <ol className="targets">
            {targets.items.map((c, i) => {
              const max = Math.max(...c.parts.map((x) => Math.abs(x.points)), 1);
              const where = c.park ? localName(c.park, lang) : c.enterprise.region ? localName(c.enterprise.region, lang) : '—';
              return (
                <li key={`${c.enterprise.id}-${c.gapSegment.id}-${i}`} className="target">
                  <div className="target-head">
                    <button type="button" className="link" onClick={() => onNavigate({ node: c.enterprise.id })}>
                      {localName(c.enterprise, lang)}
                    </button>
                    <span className="target-score" aria-label={`${p.score} ${fmt(c.score)}`}>
                      {p.score} <strong>{fmt(c.score)}</strong>
                    </span>
                  </div>
                  <p className="muted">
                    {p.fills}
                    {p.sep}
                    {localName(c.gapSegment, lang)} · {p.where}
                    {p.sep}
                    {where}
                    {c.inferred && ` · ${p.inferred}`}
                  </p>
                  <ul className="score-parts" aria-label={p.score}>
                    {c.parts.map((part) => (
                      <li key={part.key}>
                        <span className="part-label">{scorePartText(part, lang)}</span>
                        <span className="part-bar" aria-hidden="true">
                          <span className={part.points < 0 ? 'neg' : ''} style={{ width: `${(Math.abs(part.points) / max) * 100}%` }} />
                        </span>
                        <span className="part-points">
                          {part.points > 0 ? '+' : ''}
                          {fmt(part.points)}
                        </span>
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
