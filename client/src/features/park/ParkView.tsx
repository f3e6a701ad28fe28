import './park.css';
import { FIVE_LISTS_QUERY, GAP_REPORT_QUERY, PARK_QUERY, PARKS_QUERY, PROJECT_REVIEW_QUERY, TARGETS_QUERY } from './queries';
import type { ParkDetail } from './types';
import { FiveListsSection } from './FiveListsSection';
import { GapSection } from './GapSection';
import { ParkHeader } from './ParkHeader';
import { ParkList } from './ParkList';
import { QueryStatus } from './QueryStatus';
import { ReviewSection } from './ReviewSection';
import { TargetsSection } from './TargetsSection';
import { DashboardSection } from './DashboardSection';
import { PARK_DASHBOARD_QUERY } from './dashboard-queries';
import { useGraphQLQuery } from '../../shared/api/query';
import { isUnauthenticated } from '../session/use-session';
import { SignInPrompt } from '../session/SignIn';
import { useLang } from '../../shared/i18n/context';
import { localName } from '../../shared/i18n/lang';
import { useParkT } from './messages';
import type { UrlState } from '../../shared/url/url-state';

type Navigate = (patch: Partial<UrlState>) => void;

/** The page investment-promotion staff work from: one park, one chain. */
export function ParkView({
  parkId,
  chainId,
  asOf,
  onNavigate,
}: {
  parkId: string | null;
  chainId: string | null;
  asOf: string | null;
  onNavigate: Navigate;
}) {
  const parks = useGraphQLQuery(PARKS_QUERY, parkId ? null : { chainId: null }, (d) => d.parks);
  const park = useGraphQLQuery(PARK_QUERY, parkId ? { id: parkId } : null, (d) => d.park);
  const p = useParkT();

  if (!parkId) {
    return (
      <div className="park-view">
        <QueryStatus state={parks} retry={parks.retry}>
          {(list) => <ParkList parks={list ?? []} onChoose={(id) => onNavigate({ park: id })} />}
        </QueryStatus>
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
            <ParkPage park={detail} chainId={chainId ?? detail.chains[0]?.chain.id ?? null} asOf={asOf} onNavigate={onNavigate} />
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
  onNavigate,
}: {
  park: ParkDetail;
  chainId: string | null;
  asOf: string | null;
  onNavigate: Navigate;
}) {
  const p = useParkT();
  const lang = useLang();
  const dashboard = useGraphQLQuery(PARK_DASHBOARD_QUERY, { id: park.id }, (d) => d.park?.dashboard ?? null);
  const gap = useGraphQLQuery(GAP_REPORT_QUERY, chainId ? { chainId, parkId: park.id, asOf } : null, (d) => d.gapReport);
  const targets = useGraphQLQuery(TARGETS_QUERY, chainId ? { chainId, parkId: park.id, limit: 10 } : null, (d) => d.targets);
  const lists = useGraphQLQuery(FIVE_LISTS_QUERY, chainId ? { id: park.id, chainId } : null, (d) => d.park?.fiveLists ?? null);
  const review = useGraphQLQuery(PROJECT_REVIEW_QUERY, chainId ? { id: park.id, chainId } : null, (d) => d.park?.projectReview ?? null);
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
      {/* One sign-in prompt for the page, not one per section. */}
      {[dashboard, gap, targets, lists, review].some((q) => q.status === 'error' && isUnauthenticated(q.error)) ? (
        <SignInPrompt hint={p.signInHint} />
      ) : (
        <>
          <QueryStatus state={dashboard} retry={dashboard.retry}>
            {(d) => d && <DashboardSection dashboard={d} chainId={chainId} onNavigate={onNavigate} />}
          </QueryStatus>
          {!chainId ? (
            <p className="section-status">{p.chooseChain}</p>
          ) : (
            <>
              <QueryStatus state={gap} retry={gap.retry}>
                {(report) =>
                  report && <GapSection report={report} chainId={chainId} parkId={park.id} fileParts={fileParts} onNavigate={onNavigate} />
                }
              </QueryStatus>
              <QueryStatus state={targets} retry={targets.retry}>
                {(list) =>
                  list && <TargetsSection targets={list} onNavigate={onNavigate} exportFrom={{ chainId, parkId: park.id, fileParts }} />
                }
              </QueryStatus>
              <QueryStatus state={lists} retry={lists.retry}>
                {(five) => five && <FiveListsSection lists={five} fileParts={fileParts} onNavigate={onNavigate} />}
              </QueryStatus>
              <QueryStatus state={review} retry={review.retry}>
                {(r) =>
                  r && (
                    <ReviewSection
                      review={r}
                      leading={lists.status === 'ready' ? (lists.data?.leadingFirms ?? []) : []}
                      institutions={institutions}
                      fileParts={fileParts}
                      onNavigate={onNavigate}
                    />
                  )
                }
              </QueryStatus>
            </>
          )}
        </>
      )}
    </article>
  );
}
