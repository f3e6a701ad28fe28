import type { ParkDashboardQuery } from '../../gql/graphql';
import { useLang } from '../../shared/i18n/context';
import { localName } from '../../shared/i18n/lang';
import { formatNumber } from '../../shared/ui/format';
import type { UrlState } from '../../shared/url/url-state';
import { useParkMapT } from '../chain-map/messages';
import { useDashboardT } from './dashboard-messages';
import { useParkT } from './messages';

export type Dashboard = NonNullable<ParkDashboardQuery['park']>['dashboard'];
type ChainCard = Dashboard['chains'][number];

const pct = (score: number) => `${Math.round(score * 100)}%`;

/** A small line of the completeness by year (and now), with its numbers as the accessible name. */
function Sparkline({ card, label }: { card: ChainCard; label: string }) {
  const scores = [...card.trend.map((p) => p.completeness.score), card.completeness.score];
  const w = 96;
  const h = 24;
  const step = scores.length > 1 ? w / (scores.length - 1) : 0;
  // Scaled to the series' own top (at least 20%): most chains sit low, and a change should show.
  const top = Math.max(0.2, ...scores);
  const y = (s: number) => (h - (s / top) * h).toFixed(1);
  const points = scores.map((s, i) => `${(i * step).toFixed(1)},${y(s)}`).join(' ');
  return (
    <svg className="sparkline" width={w} height={h} viewBox={`-2 -2 ${w + 4} ${h + 4}`} role="img" aria-label={label}>
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth={1.5} />
      <circle cx={(scores.length - 1) * step} cy={y(card.completeness.score)} r={2.5} fill="currentColor" />
    </svg>
  );
}

/** 园区概况: key figures as cards, projects by stage, and completeness per chain with its trend. */
export function DashboardSection({
  dashboard: d,
  chainId,
  onNavigate,
}: {
  dashboard: Dashboard;
  chainId: string | null;
  onNavigate: (patch: Partial<UrlState>) => void;
}) {
  const t = useDashboardT();
  const p = useParkT();
  const pt = useParkMapT();
  const lang = useLang();
  const projectCount = d.projects.reduce((n, s) => n + s.count, 0);
  const stated = d.projects.reduce((n, s) => n + s.withInvestment, 0);
  const invested = d.projects.reduce((n, s) => n + (s.investmentCny ?? 0), 0);
  const maxStage = Math.max(1, ...d.projects.map((s) => s.count));
  return (
    <section className="park-section dashboard" aria-labelledby="dashboard-h" data-testid="park-dashboard">
      <h3 id="dashboard-h">{t.heading}</h3>
      <dl className="key-figures">
        {(
          [
            ['enterprises', t.enterprises, d.enterprises],
            ['anchors', t.anchors, d.anchors],
            ['listed', t.listed, d.listed],
            ['projects', t.projects, projectCount],
          ] as const
        ).map(([key, label, value]) => (
          <div key={key} className="key-figure" data-figure={key}>
            <dt>{label}</dt>
            <dd>{formatNumber(value, lang)}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">{stated > 0 ? t.investment(pt.yi(formatNumber(invested / 1e8, lang)), stated, projectCount) : t.noInvestment}</p>
      <div className="dashboard-columns">
        {d.projects.length > 0 && (
          <div>
            <h4>{t.byStage}</h4>
            <ul className="stage-bars">
              {d.projects.map((s) => (
                <li key={s.status ?? 'none'} data-status={s.status ?? 'none'}>
                  <span>{s.status ? (p.projectStatus[s.status] ?? s.status) : t.statusUnknown}</span>
                  <span className="part-bar" aria-hidden="true">
                    <span style={{ width: `${(s.count / maxStage) * 100}%` }} />
                  </span>
                  <span className="part-points">{s.count}</span>
                </li>
              ))}
            </ul>
          </div>
        )}
        <div>
          <h4>{t.completeness}</h4>
          {d.chains.length === 0 ? (
            <p className="muted">{t.noChains}</p>
          ) : (
            <ul className="chain-cards">
              {d.chains.map((c) => {
                const name = localName(c.chain, lang);
                const history = [...c.trend.map((x) => `${x.year} ${pct(x.completeness.score)}`), `${t.now} ${pct(c.completeness.score)}`];
                return (
                  <li key={c.chain.id}>
                    <button
                      type="button"
                      className="chain-card"
                      aria-pressed={c.chain.id === chainId}
                      aria-label={`${t.open(name)} · ${pct(c.completeness.score)}`}
                      onClick={() => onNavigate({ chain: c.chain.id })}
                    >
                      <span className="chain-card-name">{name}</span>
                      <strong className="chain-card-score">{pct(c.completeness.score)}</strong>
                      <Sparkline card={c} label={t.trend(history)} />
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
