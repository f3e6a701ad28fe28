import '../park/park.css';
import { PARKS_QUERY } from '../park/queries';
import { COMPARE_PARKS_QUERY } from './queries';
import type { CompareParks, GapStatus, ParkSummary } from '../park/types';
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
  const parks = useGraphQLQuery(PARKS_QUERY, chain ? { chainId: chain } : null, (d) => d.parks);
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
      {[parks, matrix].some((q) => q.status === 'error' && isUnauthenticated(q.error)) ? (
        <SignInPrompt hint={p.signInHint} />
      ) : (
        <>
          <QueryStatus state={parks} retry={parks.retry}>
            {(list) => (
              <fieldset className="compare-parks">
                <legend>{p.compareChoose}</legend>
                {withChosen(list ?? [], parkIds, matrix.status === 'ready' ? matrix.data : null).length === 0 && (
                  <p className="muted">{p.noParks}</p>
                )}
                {withChosen(list ?? [], parkIds, matrix.status === 'ready' ? matrix.data : null).map((park) => (
                  <label key={park.id}>
                    <input type="checkbox" checked={parkIds.includes(park.id)} onChange={() => toggle(park.id)} />
                    {localName(park, lang)}
                  </label>
                ))}
              </fieldset>
            )}
          </QueryStatus>
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
 * The chain's parks plus any chosen park that does not list the chain (a link may name it):
 * it still needs a checkbox, or it could never be unchosen.
 */
function withChosen(
  list: ParkSummary[],
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
