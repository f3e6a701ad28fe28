import type { ParkChoicesQuery } from '../../gql/graphql';
import { useParkPages } from '../../shared/api/use-park-pages';
import { useLang, useT } from '../../shared/i18n/context';
import { localName } from '../../shared/i18n/lang';
import { ErrorPanel, LoadingPanel } from '../../shared/ui/StatusPanel';
import { ParkFilter, ParkPager, shownPage } from '../../shared/ui/ParkFinder';
import { useParkT } from './messages';
import { PARK_CHOICES_QUERY } from './queries';
import type { ParkChoice } from './types';

/** Parks per page of the chooser. */
const PAGE_SIZE = 50;

/** The park chooser shown when no park is in the URL: every park, a page at a time, with a filter. */
export function ParkList({ onChoose }: { onChoose: (id: string) => void }) {
  const p = useParkT();
  const kinds = useT().shell.parkKind;
  const lang = useLang();
  const pages = useParkPages<ParkChoice, ParkChoicesQuery>(PARK_CHOICES_QUERY, {}, PAGE_SIZE);
  const page = shownPage(pages);
  if (pages.state.status === 'error') return <ErrorPanel error={pages.state.error} onRetry={pages.state.retry} />;
  if (!page) return <LoadingPanel />;
  if (page.total === 0 && !pages.settledText) return <p className="section-status">{p.noParks}</p>;
  return (
    <section className="park-list" aria-labelledby="park-list-h">
      <h2 id="park-list-h">{p.parksHeading}</h2>
      <p className="hint">{p.parksHint}</p>
      <ParkFilter pages={pages} />
      <ul aria-busy={pages.state.status === 'loading'}>
        {page.parks.map((park) => (
          <li key={park.id}>
            <button type="button" onClick={() => onChoose(park.id)}>
              <strong>{localName(park, lang)}</strong>
              <span className="muted">
                {kinds[park.kind as keyof typeof kinds] ?? park.kind}
                {park.region ? ` · ${localName(park.region, lang)}` : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <ParkPager pages={pages} />
    </section>
  );
}
