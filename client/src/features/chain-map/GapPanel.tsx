import { useGraphQLQuery } from '../../shared/api/query';
import { LoadingLine } from '../../shared/ui/StatusPanel';
import { useLang } from '../../shared/i18n/context';
import { localName } from '../../shared/i18n/lang';
import type { NavPatch } from '../../shared/nav/search';
import { isUnauthenticated } from '../session/use-session';
import { SignInPrompt } from '../session/SignIn';
import { StatusGlyph } from '../park/QueryStatus';
import { TargetItem } from '../park/TargetItem';
import { useParkT } from '../park/messages';
import { NEAREST_SUPPLY_QUERY, SEGMENT_GAP_QUERY } from './gap-panel-queries';
import { useGapPanelT } from './gap-panel-messages';

/** The map a segment was selected on: the chain and the park or region whose gaps it shows. */
export interface GapScope {
  chainId: string;
  parkId: string | null;
  regionId: string | null;
  asOf: string | null;
}

/** How many candidates the panel lists; the rest are one click away on the park's target list. */
export const PANEL_CANDIDATES = 5;

/**
 * For a segment missing (or only in the pipeline, or present only by inference) in the scope:
 * why it is a gap and which documents say so, the nearest supply, and the best candidates with
 * their score parts. Renders nothing for a segment the scope has.
 */
export function GapPanel({ segmentId, scope, onNavigate }: { segmentId: string; scope: GapScope; onNavigate: (patch: NavPatch) => void }) {
  const g = useGapPanelT();
  const p = useParkT();
  const lang = useLang();
  const where = { chainId: scope.chainId, parkId: scope.parkId, regionId: scope.parkId ? null : scope.regionId };
  const gap = useGraphQLQuery(SEGMENT_GAP_QUERY, { ...where, segmentId, limit: PANEL_CANDIDATES }, (d) => d.targets);
  const nearest = useGraphQLQuery(NEAREST_SUPPLY_QUERY, { ...where, asOf: scope.asOf }, (d) =>
    d.gapReport.segments.find((s) => s.segment.id === segmentId),
  );

  if (gap.status === 'loading') {
    return (
      <LoadingLine className="status-panel" small>
        {g.loading}
      </LoadingLine>
    );
  }
  if (gap.status === 'error') {
    if (isUnauthenticated(gap.error)) return <SignInPrompt hint={g.signIn} />;
    return (
      <p className="status-panel" role="alert">
        {gap.error.message}
      </p>
    );
  }
  const list = gap.data;
  const evidence = list?.gaps.find((x) => x.segment.id === segmentId);
  // The segment is there (by the document's word): the panel has nothing to add.
  if (!list || !evidence || (evidence.status === 'PRESENT' && !evidence.inferredOnly)) return null;
  const status = evidence.status === 'PIPELINE' || evidence.status === 'MISSING' ? evidence.status : 'MISSING';
  const supply = nearest.status === 'ready' ? (nearest.data?.nearestSupply ?? []) : null;

  return (
    <section className="gap-panel" aria-labelledby="gap-panel-h" data-testid="gap-panel" data-reason={evidence.reasonKey}>
      <h4 id="gap-panel-h">{g.heading}</h4>
      <p className="gap-reason">
        <StatusGlyph status={evidence.inferredOnly ? 'MISSING' : status} label={p.status[status]} />{' '}
        {g.reason(evidence.reasonKey, !!scope.parkId, evidence.since ?? null)}
      </p>
      <p className="muted">
        {g.asOf(scope.asOf)}
        {scope.asOf && ` · ${g.candidatesToday}`}
      </p>
      {evidence.projects.length > 0 && (
        <>
          <h5>{g.localProjects}</h5>
          <ul className="detail-links">
            {evidence.projects.map((x) => (
              <li key={x.id}>
                <button type="button" onClick={() => onNavigate({ node: x.id })}>
                  {localName(x, lang)}
                </button>
                {x.status && <small> {p.projectStatus[x.status] ?? x.status}</small>}
              </li>
            ))}
          </ul>
        </>
      )}
      {evidence.inferredOnly && evidence.enterprises.length > 0 && (
        <>
          <h5>{g.inferredFirms}</h5>
          <ul className="detail-links">
            {evidence.enterprises.map((e) => (
              <li key={e.id}>
                <button type="button" onClick={() => onNavigate({ node: e.id })}>
                  {localName(e, lang)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <h5>{g.sources}</h5>
      {evidence.sources.length === 0 ? (
        <p className="muted">{g.noSources}</p>
      ) : (
        <ol className="detail-sources" data-testid="gap-sources">
          {evidence.sources.map((s) => (
            <li key={s.id}>
              <cite>{lang === 'en' ? (s.titleEn ?? s.title) : s.title}</cite>
              {s.publisher && <> · {s.publisher}</>}
              {s.date && <> · {s.dateApprox ? `${g.approx} ${s.date}` : s.date}</>}
            </li>
          ))}
        </ol>
      )}
      <h5>{g.nearest}</h5>
      {supply === null ? (
        <p className="muted" role="status">
          {g.loading}
        </p>
      ) : supply.length === 0 ? (
        <p className="muted">{g.noNearest}</p>
      ) : (
        <ul className="detail-links" data-testid="gap-nearest">
          {supply.map((s) => (
            <li key={s.enterprise.id}>
              <button type="button" onClick={() => onNavigate({ node: s.enterprise.id })}>
                {localName(s.enterprise, lang)}
              </button>
              <small>
                {' '}
                {s.park ? `${localName(s.park, lang)} · ` : ''}
                {g.nearness[s.nearness] ?? s.nearness}
              </small>
            </li>
          ))}
        </ul>
      )}
      <h5>{list.items.length > 0 ? g.candidates(list.items.length, list.total) : g.noCandidates}</h5>
      {list.items.length > 0 && (
        <ol className="targets gap-candidates">
          {list.items.map((c, i) => (
            <TargetItem key={`${c.enterprise.id}-${i}`} candidate={c} onOpen={(id) => onNavigate({ node: id })} />
          ))}
        </ol>
      )}
      {scope.parkId && (
        <button
          type="button"
          className="link-button"
          onClick={() => onNavigate({ view: 'park', park: scope.parkId, chain: scope.chainId, tab: 'targets', node: null })}
        >
          {g.allTargets} →
        </button>
      )}
    </section>
  );
}
