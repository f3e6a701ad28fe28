import './park.css';
import type { TargetList } from './types';
import { useLang } from '../../shared/i18n/context';
import { localName } from '../../shared/i18n/lang';
import { useParkT } from './messages';
import { scorePartText } from './score-messages';

export type TargetCandidate = TargetList['items'][number];

const fmt = (n: number) => (Math.round(n * 10) / 10).toString();

/** One ranked candidate: its name (opens its details), score, the gap it fills, and the parts the score sums. */
export function TargetItem({ candidate: c, onOpen }: { candidate: TargetCandidate; onOpen: (enterpriseId: string) => void }) {
  const p = useParkT();
  const lang = useLang();
  const max = Math.max(...c.parts.map((x) => Math.abs(x.points)), 1);
  const where = c.park ? localName(c.park, lang) : c.enterprise.region ? localName(c.enterprise.region, lang) : '—';
  return (
    <li className="target" data-testid="target-candidate">
      <div className="target-head">
        <button type="button" className="link" onClick={() => onOpen(c.enterprise.id)}>
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
      {c.enterprise.stockCode && (
        <p className="muted target-listed">
          {p.listedAs(c.enterprise.stockCode, c.enterprise.industries.map((i) => localName(i, lang)).join('、'))}
        </p>
      )}
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
}
