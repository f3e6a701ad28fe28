import './park.css';
import { PARK_QUERY } from './queries';
import type { ParkDetail } from './types';
import { ParkHeader } from './ParkHeader';
import { ParkList } from './ParkList';
import { ParkTabs } from './ParkTabs';
import { QueryStatus } from './QueryStatus';
import { leadChainOf } from './lead-chain';
import { DashboardSection } from './DashboardSection';
import { PARK_DASHBOARD_QUERY } from './dashboard-queries';
import { useGraphQLQuery } from '../../shared/api/query';
import { isUnauthenticated } from '../session/use-session';
import { SignInPrompt } from '../session/SignIn';
import { useLang } from '../../shared/i18n/context';
import { localName } from '../../shared/i18n/lang';
import { useParkT } from './messages';
import type { NavPatch, ParkTab } from '../../shared/nav/search';

type Navigate = (patch: NavPatch) => void;

/** The page investment-promotion staff work from: one park, one chain. */
export function ParkView({
  parkId,
  chainId,
  asOf,
  tab = 'gaps',
  onNavigate,
}: {
  parkId: string | null;
  chainId: string | null;
  asOf: string | null;
  /** The open tab below the key figures. */
  tab?: ParkTab;
  onNavigate: Navigate;
}) {
  const park = useGraphQLQuery(PARK_QUERY, parkId ? { id: parkId } : null, (d) => d.park);
  const p = useParkT();

  if (!parkId) {
    return (
      <div className="park-view">
        <ParkList onChoose={(id) => onNavigate({ park: id })} />
      </div>
    );
  }
  return (
    <div className="park-view">
      <button type="button" className="link" onClick={() => onNavigate({ park: null })}>
        ← {p.back}
      </button>
      <QueryStatus state={park} retry={park.retry}>
        {(detail) =>
          detail ? (
            <ParkPage park={detail} chainId={chainId ?? leadChainOf(detail)} asOf={asOf} tab={tab} onNavigate={onNavigate} />
          ) : (
            <p className="section-status">{p.noParks}</p>
          )
        }
      </QueryStatus>
    </div>
  );
}

const THIS_YEAR = new Date().getFullYear();
const YEARS = Array.from({ length: 12 }, (_, i) => String(THIS_YEAR - i));

function ParkPage({
  park,
  chainId,
  asOf,
  tab,
  onNavigate,
}: {
  park: ParkDetail;
  chainId: string | null;
  asOf: string | null;
  tab: ParkTab;
  onNavigate: Navigate;
}) {
  const p = useParkT();
  const lang = useLang();
  const dashboard = useGraphQLQuery(PARK_DASHBOARD_QUERY, { id: park.id }, (d) => d.park?.dashboard ?? null);
  const chain = park.chains.find((c) => c.chain.id === chainId)?.chain;
  const fileParts = [localName(park, lang), chain ? localName(chain, lang) : (chainId ?? '')];
  const institutions = park.institutions.filter((i) => i.serves.some((s) => s.chain.id === chainId));

  return (
    <article className="park-page">
      <ParkHeader park={park} chainId={chainId} onNavigate={onNavigate} />
      <div className="park-tools">
        <label>
          {p.asOf}{' '}
          <select value={asOf ?? ''} onChange={(e) => onNavigate({ asOf: e.target.value || null })}>
            <option value="">{p.asOfNow}</option>
            {asOf && !YEARS.includes(asOf) && <option value={asOf}>{asOf}</option>}
            {YEARS.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        {chainId && (
          <button type="button" onClick={() => onNavigate({ view: 'compare', chain: chainId, parks: [park.id] })}>
            {p.compareHeading}
          </button>
        )}
      </div>
      {/* One sign-in prompt for the page (the key figures ask first), not one per section. */}
      {dashboard.status === 'error' && isUnauthenticated(dashboard.error) ? (
        <SignInPrompt hint={p.signInHint} />
      ) : (
        <>
          <QueryStatus state={dashboard} retry={dashboard.retry}>
            {(d) => d && <DashboardSection dashboard={d} chainId={chainId} onNavigate={onNavigate} />}
          </QueryStatus>
          {!chainId ? (
            <p className="section-status">{p.chooseChain}</p>
          ) : (
            <ParkTabs tab={tab} institutions={institutions} scope={{ parkId: park.id, chainId, asOf, fileParts, onNavigate }} />
          )}
        </>
      )}
    </article>
  );
}
