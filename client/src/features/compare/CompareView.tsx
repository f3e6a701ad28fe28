import '../park/park.css';
import { PARK_CHOICES_QUERY } from '../park/queries';
import { COMPARE_PARKS_QUERY } from './queries';
import type { CompareParks, GapStatus, ParkChoice } from '../park/types';
import type { ParkChoicesQuery } from '../../gql/graphql';
import { useParkPages } from '../../shared/api/use-park-pages';
import { ParkFilter, ParkPager, shownPage } from '../../shared/ui/ParkFinder';
import { ErrorPanel, LoadingPanel } from '../../shared/ui/StatusPanel';
import { DataTable, type TableColumn, type TableSort } from '../../shared/ui/DataTable';
import { QueryStatus, StatusGlyph } from '../park/QueryStatus';
import { useChains } from '../../shared/api/use-chains';
import { useGraphQLQuery } from '../../shared/api/query';
import { isUnauthenticated } from '../session/use-session';
import { SignInPrompt } from '../session/SignIn';
import { useLang, useT } from '../../shared/i18n/context';
import { localName } from '../../shared/i18n/lang';
import { useParkT } from '../park/messages';
import type { NavPatch } from '../../shared/nav/search';

type Row = CompareParks['rows'][number];

/** The chain's parks listed per page. */
const COMPARE_PAGE_SIZE = 50;

/** Parks × segments: which segment each park has, is building, or lacks. */
export function CompareView({
  chainId,
  parkIds,
  onlyMissing = false,
  sort = null,
  onNavigate,
}: {
  chainId: string | null;
  parkIds: string[];
  /** Show only the segments some chosen park lacks. */
  onlyMissing?: boolean;
  /** The sorted column's key, `-` in front when descending (as in the URL). */
  sort?: string | null;
  onNavigate: (patch: NavPatch) => void;
}) {
  const p = useParkT();
  const lang = useLang();
  const chains = useChains();
  const chain = chainId ?? (chains.status === 'ready' ? (chains.chains[0]?.id ?? null) : null);
  // The chain's parks, a page at a time with a name filter (a chain of a national graph grows in hundreds).
  const pages = useParkPages<ParkChoice, ParkChoicesQuery>(PARK_CHOICES_QUERY, chain ? { chainId: chain } : null, COMPARE_PAGE_SIZE);
  const page = shownPage(pages);
  const matrix = useGraphQLQuery(
    COMPARE_PARKS_QUERY,
    chain && parkIds.length > 0 ? { chainId: chain, parkIds, asOf: null } : null,
    (d) => d.compareParks,
  );

  const toggle = (id: string) => onNavigate({ parks: parkIds.includes(id) ? parkIds.filter((x) => x !== id) : [...parkIds, id] });

  return (
    <div className="park-view compare-view">
      <h2>{p.compareHeading}</h2>
      <p className="muted">{p.compareHint}</p>
      <div className="park-tools">
        <label>
          {lang === 'zh' ? '产业链' : 'Chain'}{' '}
          <select value={chain ?? ''} onChange={(e) => onNavigate({ chain: e.target.value || null, parks: [] })}>
            {chains.status === 'ready' &&
              chains.chains.map((c) => (
                <option key={c.id} value={c.id}>
                  {localName(c, lang)}
                </option>
              ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={onlyMissing} onChange={(e) => onNavigate({ missing: e.target.checked || null })} />
          {p.compareOnlyMissing}
        </label>
      </div>
      {[pages.state, matrix].some((q) => q.status === 'error' && isUnauthenticated(q.error)) ? (
        <SignInPrompt hint={p.signInHint} />
      ) : (
        <>
          {pages.state.status === 'error' ? (
            <ErrorPanel error={pages.state.error} onRetry={pages.state.retry} />
          ) : !page ? (
            <LoadingPanel />
          ) : (
            <fieldset className="compare-parks">
              <legend>{p.compareChoose}</legend>
              <ParkFilter pages={pages} />
              {withChosen(page.parks, parkIds, matrix.status === 'ready' ? matrix.data : null).length === 0 && !pages.settledText && (
                <p className="muted">{p.noParks}</p>
              )}
              {withChosen(page.parks, parkIds, matrix.status === 'ready' ? matrix.data : null).map((park) => (
                <label key={park.id}>
                  <input type="checkbox" checked={parkIds.includes(park.id)} onChange={() => toggle(park.id)} />
                  {localName(park, lang)}
                </label>
              ))}
              <ParkPager pages={pages} />
            </fieldset>
          )}
          {parkIds.length === 0 ? (
            <p className="section-status">{p.compareNone}</p>
          ) : (
            <QueryStatus state={matrix} retry={matrix.retry}>
              {(m) =>
                m && (
                  <Matrix
                    data={m}
                    onlyMissing={onlyMissing}
                    sort={parseSort(sort)}
                    fileParts={[chain ?? '', lang === 'zh' ? '园区对比' : 'compare']}
                    onNavigate={onNavigate}
                  />
                )
              }
            </QueryStatus>
          )}
        </>
      )}
    </div>
  );
}

/**
 * The page of the chain's parks plus any chosen park it does not hold (on another page, or not
 * listing the chain: a link may name it): it still needs a checkbox, or it could never be unchosen.
 */
function withChosen(
  list: { id: string; name: string; nameEn: string | null }[],
  chosen: string[],
  matrix: CompareParks | null,
): { id: string; name: string; nameEn: string | null }[] {
  const extra = (matrix?.rows ?? []).map((r) => r.park).filter((x) => chosen.includes(x.id) && !list.some((l) => l.id === x.id));
  return [...list, ...extra];
}

/** `key` or `-key` (descending) from the URL. */
function parseSort(sort: string | null): TableSort {
  if (!sort) return null;
  return sort.startsWith('-') ? { key: sort.slice(1), dir: 'descending' } : { key: sort, dir: 'ascending' };
}

function Matrix({
  data,
  onlyMissing,
  sort,
  fileParts,
  onNavigate,
}: {
  data: CompareParks;
  onlyMissing: boolean;
  sort: TableSort;
  fileParts: string[];
  onNavigate: (patch: NavPatch) => void;
}) {
  const p = useParkT();
  const t = useT();
  const lang = useLang();
  // Segments in stage order (上游, 中游, 下游), so each stage's columns sit under one group header.
  const stageRank = { UPSTREAM: 0, MIDSTREAM: 1, DOWNSTREAM: 2 } as Record<string, number>;
  const segments = data.segments
    .map((s, i) => ({ s, i }))
    .filter(({ i }) => !onlyMissing || data.rows.some((r) => r.statuses[i] === 'MISSING'))
    .sort((a, b) => (stageRank[a.s.stage] ?? 3) - (stageRank[b.s.stage] ?? 3) || a.i - b.i);
  const columns: TableColumn<Row>[] = [
    {
      key: 'park',
      header: p.colPark,
      value: (r) => localName(r.park, lang),
      render: (r) => (
        <button type="button" className="link nowrap" onClick={() => onNavigate({ view: 'park', park: r.park.id })}>
          {localName(r.park, lang)}
        </button>
      ),
    },
    { key: 'score', header: `${p.completeness} (%)`, value: (r) => r.completeness.percent },
    ...segments.map(({ s, i }): TableColumn<Row> => ({
      key: s.id,
      header: localName(s, lang),
      group: t.stage[s.stage as keyof typeof t.stage] ?? s.stage,
      value: (r) => p.status[r.statuses[i] as GapStatus],
      render: (r) => <StatusGlyph status={r.statuses[i] as GapStatus} label={p.status[r.statuses[i] as GapStatus]} />,
    })),
  ];
  return (
    <DataTable
      caption={p.compareHeading}
      columns={columns}
      rows={data.rows}
      rowKey={(r) => r.park.id}
      fileParts={fileParts}
      sort={sort}
      onSortChange={(next) => onNavigate({ sort: next ? `${next.dir === 'descending' ? '-' : ''}${next.key}` : null })}
    />
  );
}
