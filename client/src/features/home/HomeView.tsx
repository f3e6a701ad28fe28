import type { MouseEvent, ReactNode } from 'react';
import { withDepth } from '../../shared/api/park-options';
import { useParkPages } from '../../shared/api/use-park-pages';
import { ParkFilter, ParkPager, shownPage } from '../../shared/ui/ParkFinder';
import { HOME_PAGE_SIZE, HOME_PARKS_QUERY } from './queries';
import type { ParkSummary } from '../../shared/api/types';
import type { HomeParksQuery } from '../../gql/graphql';
import { SignInPrompt } from '../session/SignIn';
import { ErrorPanel, LoadingPanel } from '../../shared/ui/StatusPanel';
import type { ChainsState } from '../../shared/api/use-chains';
import { useSession } from '../session/use-session';
import { useLang, useT } from '../../shared/i18n/context';
import { localName } from '../../shared/i18n/lang';
import type { NavPatch } from '../../shared/nav/search';

type Navigate = (patch: NavPatch) => void;
/** The URL a navigation leads to (the app's router builds it). */
type HrefFor = (patch: NavPatch) => string;

/** A real link (opens in a new tab, copies as a URL) that navigates in place on a plain click. */
function NavLink(props: { patch: NavPatch; onNavigate: Navigate; hrefFor: HrefFor; title?: string; children: ReactNode }) {
  const { patch, onNavigate, hrefFor, title, children } = props;
  const href = hrefFor(patch);
  const onClick = (e: MouseEvent) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    onNavigate(patch);
  };
  return (
    <a href={href} onClick={onClick} title={title}>
      {children}
    </a>
  );
}

function ParksSection({ onNavigate, hrefFor }: { onNavigate: Navigate; hrefFor: HrefFor }) {
  const t = useT();
  const lang = useLang();
  const session = useSession();
  const pages = useParkPages<ParkSummary, HomeParksQuery>(HOME_PARKS_QUERY, session.signedIn ? {} : null, HOME_PAGE_SIZE);
  const page = shownPage(pages);

  let body;
  if (!session.signedIn) body = <SignInPrompt hint={t.shell.homeParksSignIn} />;
  else if (pages.state.status === 'error') body = <ErrorPanel error={pages.state.error} onRetry={pages.state.retry} />;
  else if (!page) body = <LoadingPanel />;
  else if (page.total === 0 && !pages.settledText) body = <p className="muted">{t.shell.homeParksEmpty}</p>;
  else
    body = (
      <>
        <ParkFilter pages={pages} />
        {page.parks.length > 0 && (
          <table className="home-parks" aria-busy={pages.state.status === 'loading'}>
            <thead>
              <tr>
                <th scope="col">{t.shell.homeParks}</th>
                <th scope="col">{t.shell.parkChains}</th>
                <th scope="col" className="num">
                  {t.shell.enterprisesHeading}
                </th>
                <th scope="col" className="num">
                  {t.shell.projectsHeading}
                </th>
              </tr>
            </thead>
            <tbody>
              {withDepth(page.parks).map(({ park, depth }) => (
                <tr key={park.id} data-depth={depth}>
                  <th scope="row" style={{ paddingLeft: `${0.6 + depth * 1.2}rem` }}>
                    <NavLink patch={{ view: 'park', park: park.id, chain: null, node: null }} onNavigate={onNavigate} hrefFor={hrefFor}>
                      {localName(park, lang)}
                    </NavLink>
                    <span className="park-meta">
                      {t.shell.parkKind[park.kind]}
                      {park.region && ` · ${localName(park.region, lang)}`}
                    </span>
                  </th>
                  <td>
                    {park.chains.length === 0 ? (
                      <span className="muted">{t.shell.noChains}</span>
                    ) : (
                      <ul className="chips">
                        {park.chains.map(({ chain }) => (
                          <li key={chain.id}>{localName(chain, lang)}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td className="num">{park.enterprises.totalCount}</td>
                  <td className="num">{park.projects.totalCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <ParkPager pages={pages} />
        <p className="muted note">{t.shell.rollUpNote}</p>
      </>
    );

  return (
    <section className="home-section" aria-labelledby="home-parks">
      <h3 id="home-parks">{t.shell.homeParks}</h3>
      {body}
    </section>
  );
}

/** The start page: the chains, and (signed in) the parks with their key figures. */
export function HomeView({
  chainsState,
  onNavigate,
  hrefFor,
}: {
  chainsState: ChainsState & { retry: () => void };
  onNavigate: Navigate;
  hrefFor: HrefFor;
}) {
  const t = useT();
  const lang = useLang();
  let chains;
  if (chainsState.status === 'loading') chains = <LoadingPanel />;
  else if (chainsState.status === 'error') chains = <ErrorPanel error={chainsState.error} onRetry={chainsState.retry} />;
  else if (chainsState.chains.length === 0) chains = <p className="muted">{t.emptyHint}</p>;
  else
    chains = (
      <ul className="home-chains">
        {chainsState.chains.map((chain) => (
          <li key={chain.id} className="home-card">
            <h4>
              <NavLink
                patch={{ view: 'chain', chain: chain.id, node: null }}
                onNavigate={onNavigate}
                hrefFor={hrefFor}
                title={t.shell.openChainMap}
              >
                {localName(chain, lang)}
              </NavLink>
            </h4>
            <p className="muted">{t.segmentCount(chain.segments.length)}</p>
          </li>
        ))}
      </ul>
    );

  return (
    <div className="home-view">
      <h2>{t.shell.homeTitle}</h2>
      <section className="home-section" aria-labelledby="home-chains">
        <h3 id="home-chains">{t.shell.homeChains}</h3>
        {chains}
      </section>
      <ParksSection onNavigate={onNavigate} hrefFor={hrefFor} />
    </div>
  );
}
