// The region view (区域): drill province → city → district → park as a tile grid, each tile
// coloured by the chosen chain's completeness (regionOverview: the chain map's rule and figure
// for that region or park). No map boundary data: a CSS grid of links that wraps on a phone.
import './region.css';
import type { MouseEvent, ReactNode } from 'react';
import { useGraphQLQuery } from '../../shared/api/query';
import { useLang } from '../../shared/i18n/context';
import { localName } from '../../shared/i18n/lang';
import type { NavPatch } from '../../shared/nav/search';
import { ErrorPanel, LoadingPanel } from '../../shared/ui/StatusPanel';
import { BANDS, bandLook } from './bands';
import { useRegionT } from './messages';
import { REGION_OVERVIEW_QUERY } from './queries';
import { RegionTile } from './RegionTile';
import type { Place, RegionOverview } from './types';

type Navigate = (patch: NavPatch) => void;
type HrefFor = (patch: NavPatch) => string;

export default function RegionView({
  regionId,
  chainId,
  onNavigate,
  hrefFor,
}: {
  regionId: string | null;
  chainId: string | null;
  onNavigate: Navigate;
  hrefFor: HrefFor;
}) {
  const t = useRegionT();
  const state = useGraphQLQuery(REGION_OVERVIEW_QUERY, { id: regionId }, (d) => d.regionOverview);
  const data = state.status === 'ready' ? state.data : null;
  return (
    <div className="region-view">
      <h2>{t.title}</h2>
      <p className="muted">{t.hint}</p>
      {state.status === 'error' ? (
        <ErrorPanel error={state.error} onRetry={state.retry} />
      ) : data ? (
        <Overview data={data} chainId={chainId} onNavigate={onNavigate} hrefFor={hrefFor} />
      ) : (
        <LoadingPanel />
      )}
    </div>
  );
}

/** What the tiles and the breadcrumb draw from, and how they navigate. */
interface PlaceProps {
  data: RegionOverview;
  chainId: string | null;
  onNavigate: Navigate;
  hrefFor: HrefFor;
}

function Overview({ data, chainId, onNavigate, hrefFor }: PlaceProps) {
  const t = useRegionT();
  const lang = useLang();
  // The chain in the URL when it has a template, else the fullest template (the server's order).
  const chain = data.chains.find((c) => c.id === chainId)?.id ?? data.chains[0]?.id ?? null;
  const grid = (places: Place[]) => (
    <ul className="region-grid">
      {places.map((p) => (
        <li key={`${p.kind}:${p.id}`}>
          <RegionTile place={p} chainId={chain} onNavigate={onNavigate} hrefFor={hrefFor} />
        </li>
      ))}
    </ul>
  );
  return (
    <>
      <div className="region-tools">
        <Breadcrumb data={data} chainId={chain} onNavigate={onNavigate} hrefFor={hrefFor} />
        {data.chains.length > 0 ? (
          <label>
            {t.chainLabel}{' '}
            <select value={chain ?? ''} onChange={(e) => onNavigate({ chain: e.target.value || null })}>
              {data.chains.map((c) => (
                <option key={c.id} value={c.id}>
                  {localName(c, lang)}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <p className="muted">{t.noChains}</p>
        )}
      </div>
      {data.region && (
        <div className="region-summary">
          <RegionTile place={data.region} chainId={chain} onNavigate={onNavigate} hrefFor={hrefFor} />
        </div>
      )}
      <Legend />
      {data.children.length > 0 && (
        <section aria-label={t.regionsHeading}>
          <h3>{t.regionsHeading}</h3>
          {grid(data.children)}
        </section>
      )}
      {data.parks.length > 0 && (
        <section aria-label={t.parksHeading}>
          <h3>{t.parksHeading}</h3>
          {grid(data.parks)}
        </section>
      )}
      {data.children.length === 0 && data.parks.length === 0 && <p className="muted">{t.empty}</p>}
    </>
  );
}

function Breadcrumb({ data, chainId, onNavigate, hrefFor }: PlaceProps) {
  const t = useRegionT();
  const lang = useLang();
  const link = (id: string | null, label: string): ReactNode => {
    const patch: NavPatch = { region: id, chain: chainId };
    const onClick = (e: MouseEvent) => {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      onNavigate(patch);
    };
    return (
      <a href={hrefFor(patch)} onClick={onClick}>
        {label}
      </a>
    );
  };
  const current = data.region ? localName(data.region, lang) : t.top;
  return (
    <nav className="region-breadcrumb" aria-label={t.breadcrumbLabel}>
      <ol>
        {data.region && <li>{link(null, t.top)}</li>}
        {data.path.map((step) => (
          <li key={step.id}>{link(step.id, localName(step, lang))}</li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}

function Legend() {
  const t = useRegionT();
  return (
    <ul className="region-legend" aria-label={t.legendLabel}>
      {BANDS.map((band) => {
        const look = bandLook(band);
        return (
          <li key={band}>
            <span
              className="region-swatch"
              style={{ background: look.fill, borderColor: look.border, color: look.text }}
              aria-hidden="true"
            >
              {look.glyph}
            </span>
            {t.band[band]}
          </li>
        );
      })}
      <li>
        <span className="region-swatch region-swatch-none" aria-hidden="true" />
        {t.noParksBand}
      </li>
    </ul>
  );
}
