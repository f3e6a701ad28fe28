// gapReport, compareParks and chainMap: where a chain stands in a park or region (补链 analysis).
// The rules live in ../analysis/ (pure, unit-tested); this file resolves arguments, runs the
// batched reads and shapes the results.
import { requireRole } from '../auth/viewer.js';
import { builder } from '../builder.js';
import { PartialDate } from '../domain/bounds.js';
import type { Context } from '../context.js';
import { descendants, type SegmentGap } from '../analysis/gap.js';
import { checkAsOf, gapReports, loadCandidates, loadChain, loadScopes, scopeArg, badInput, type Scope, type ScopeGap } from '../analysis/fetch.js';
import { CompletenessRef, GapStatusEnum, SegmentGapRef, type NearbyRow, type SegmentGapRow } from './gap-types.js';
import type { DateRange } from '../analysis/date-range.js';
import { DateRangeRef, GraphElementsRef, type GraphEdgeRow, type GraphNodeRow } from './graph-elements.js';
import { nodeOf } from './links.js';
import { ChainRef, ParkRef, RegionRef, SegmentRef, type ChainRow, type ParkRow, type RegionRow, type SegmentRow } from './refs.js';
import type { FlowRow } from '../loaders.js';

interface GapReportRow extends ScopeGap {
  chainId: string;
  asOf: string | null;
}

const GapReportRef = builder.objectRef<GapReportRow>('GapReport').implement({
  description: 'Per segment of a chain: present, pipeline or missing in a park (with sub-parks) or a region.',
  fields: (t) => ({
    chain: t.field({ type: ChainRef, resolve: (r, _a, ctx) => nodeOf<ChainRow>(ctx, r.chainId, 'Chain') as Promise<ChainRow> }),
    park: t.field({ type: ParkRef, nullable: true, resolve: (r, _a, ctx) => (r.scope.kind === 'park' ? nodeOf<ParkRow>(ctx, r.scope.id, 'Park') : null) }),
    region: t.field({ type: RegionRef, nullable: true, resolve: (r, _a, ctx) => (r.scope.kind === 'region' ? nodeOf<RegionRow>(ctx, r.scope.id, 'Region') : null) }),
    asOf: t.string({ nullable: true, resolve: (r) => r.asOf }),
    parkIds: t.idList({ description: 'Every park counted (the park and its sub-parks, or all parks in the region).', resolve: (r) => r.scope.parkIds }),
    segments: t.field({ type: [SegmentGapRef], resolve: (r) => r.segments }),
    completeness: t.field({ type: CompletenessRef, resolve: (r) => r.completeness }),
    dateRange: t.field({
      type: DateRangeRef,
      nullable: true,
      description: 'The span of the dated evidence in the scope (whatever the asOf): what a replay by year can cover. Null when nothing is dated.',
      resolve: (r) => r.dateRange,
    }),
  }),
});

/** Nearest supply for every segment from one candidates query: same city, else same province. */
async function withNearby(ctx: Context, chainId: string, scope: Scope, gaps: SegmentGap[]): Promise<SegmentGapRow[]> {
  const candidates = await loadCandidates(ctx.db, chainId, scope);
  const desc = descendants(gaps.map((g) => g.segment));
  return gaps.map((g) => {
    const ids = desc.get(g.segment.id)!;
    const near = (level: 'CITY' | 'PROVINCE', regionId: string | null): NearbyRow[] =>
      regionId === null
        ? []
        : candidates
            .filter((c) => ids.has(c.segmentId) && c.regionIds.includes(regionId))
            .map((c) => ({ enterpriseId: c.enterprise.id, parkId: c.parkId, segmentId: c.segmentId, inferred: c.inferred, nearness: level }));
    const seen = new Set<string>();
    const nearby = [...near('CITY', scope.cityId), ...near('PROVINCE', scope.provinceId)].filter((n) => !seen.has(n.enterpriseId) && !!seen.add(n.enterpriseId));
    return { ...g, nearby: nearby.slice(0, 5) };
  });
}

interface CompareRow {
  chainId: string;
  segments: string[];
  reports: ScopeGap[];
}

const CompareParkRowRef = builder.objectRef<ScopeGap>('CompareParksRow').implement({
  fields: (t) => ({
    park: t.field({ type: ParkRef, resolve: (r, _a, ctx) => nodeOf<ParkRow>(ctx, r.scope.id, 'Park') as Promise<ParkRow> }),
    statuses: t.field({ type: [GapStatusEnum], description: 'One per segment, in the order of `segments`.', resolve: (r) => r.segments.map((s) => s.status) }),
    completeness: t.field({ type: CompletenessRef, resolve: (r) => r.completeness }),
  }),
});

const CompareParksRef = builder.objectRef<CompareRow>('CompareParks').implement({
  description: 'A parks × segments matrix of gap statuses (rows: parks, columns: segments).',
  fields: (t) => ({
    chain: t.field({ type: ChainRef, resolve: (r, _a, ctx) => nodeOf<ChainRow>(ctx, r.chainId, 'Chain') as Promise<ChainRow> }),
    segments: t.field({
      type: [SegmentRef],
      resolve: async (r, _a, ctx) => (await Promise.all(r.segments.map((id) => nodeOf<SegmentRow>(ctx, id, 'Segment')))) as SegmentRow[],
    }),
    rows: t.field({ type: [CompareParkRowRef], resolve: (r) => r.reports }),
  }),
});

builder.queryFields((t) => ({
  gapReport: t.field({
    type: GapReportRef,
    description: 'Gap report (补链): each segment of the chain present, pipeline or missing, optionally as of a past date. Needs the viewer role.',
    args: {
      chainId: t.arg.id({ required: true }),
      parkId: t.arg.id(),
      regionId: t.arg.id(),
      asOf: t.arg.string({ validate: PartialDate.optional().nullable(), description: 'YYYY, YYYY-MM or YYYY-MM-DD: evaluate at the end of that period.' }),
    },
    resolve: async (_r, args, ctx) => {
      requireRole(ctx.viewer, 'viewer');
      const wanted = scopeArg(args);
      const asOf = checkAsOf(args.asOf);
      const [chain, [scope]] = await Promise.all([loadChain(ctx.db, String(args.chainId)), loadScopes(ctx.db, [wanted])]);
      const [report] = await gapReports(ctx.db, chain, [scope!], asOf);
      const segments = await withNearby(ctx, chain.chain.id, scope!, report!.segments);
      return { ...report!, segments, chainId: chain.chain.id, asOf };
    },
  }),
  compareParks: t.field({
    type: CompareParksRef,
    description: 'Parks × segments matrix of gap statuses, each park with its sub-parks. Needs the viewer role.',
    args: {
      chainId: t.arg.id({ required: true }),
      parkIds: t.arg.idList({ required: true }),
      asOf: t.arg.string({ validate: PartialDate.optional().nullable() }),
    },
    resolve: async (_r, args, ctx) => {
      requireRole(ctx.viewer, 'viewer');
      const ids = [...new Set(args.parkIds.map(String))];
      if (ids.length === 0 || ids.length > 50) throw badInput('Give between 1 and 50 parkIds.');
      const asOf = checkAsOf(args.asOf);
      const [chain, scopes] = await Promise.all([
        loadChain(ctx.db, String(args.chainId)),
        loadScopes(ctx.db, ids.map((id) => ({ kind: 'park' as const, id }))),
      ]);
      const reports = await gapReports(ctx.db, chain, scopes, asOf);
      return { chainId: chain.chain.id, segments: reports[0]?.segments.map((s) => s.segment.id) ?? [], reports };
    },
  }),
  // public: chain map — the embeddable widget shows it to anonymous users, so no requireRole here.
  chainMap: t.field({
    type: GraphElementsRef,
    description: 'The chain’s segments and flows (cross-chain ends included) for Cytoscape, with gap statuses for a park or region. Public.',
    args: {
      chainId: t.arg.id({ required: true }),
      parkId: t.arg.id(),
      regionId: t.arg.id(),
      asOf: t.arg.string({ validate: PartialDate.optional().nullable(), description: 'Statuses as of YYYY, YYYY-MM or YYYY-MM-DD (see gapReport).' }),
      includeEnterprises: t.arg.boolean({ defaultValue: false }),
      enterpriseLimit: t.arg.int({ defaultValue: 100, description: 'At most this many enterprise nodes, and at most this many project nodes; `truncated` when cut.' }),
      includeProjects: t.arg.boolean({
        defaultValue: false,
        description:
          'With a park or region: add its local projects (type Project, `status` = how each counts: PRESENT, PIPELINE or LOST; data.statusAt = its lifecycle status at asOf) with FOR_SEGMENT edges. Projects whose status at asOf cannot be known are left out.',
      }),
    },
    resolve: async (_r, args, ctx) => {
      if (args.parkId != null && args.regionId != null) throw badInput('Give at most one of parkId and regionId.');
      const limit = args.enterpriseLimit ?? 100;
      if (limit < 0 || limit > 500) throw badInput('enterpriseLimit must be between 0 and 500.');
      const asOf = checkAsOf(args.asOf);
      const chain = await loadChain(ctx.db, String(args.chainId));
      const flows = (await ctx.loaders.chainFlows.load(chain.chain.id)) as FlowRow[];
      let gaps: SegmentGap[] | null = null;
      let dateRange: DateRange | null = null;
      if (args.parkId != null || args.regionId != null) {
        const [scope] = await loadScopes(ctx.db, [scopeArg(args)]);
        const [report] = await gapReports(ctx.db, chain, [scope!], asOf);
        gaps = report!.segments;
        dateRange = report!.dateRange;
      }
      // Public maps carry names (they are for portals) but never money: investment amounts only
      // for a signed-in viewer (docs/security.md, "Public surface").
      const include = { enterprises: args.includeEnterprises === true, projects: args.includeProjects === true, money: ctx.viewer.role !== null };
      return { ...chainMapElements(chain.chain.id, chain.segments, flows, gaps, include, limit), dateRange };
    },
  }),
}));

function chainMapElements(
  chainId: string,
  segments: Array<{ id: string; name: string; nameEn?: string | null; stage: string; order: number; parentId?: string | null }>,
  flows: FlowRow[],
  gaps: SegmentGap[] | null,
  include: { enterprises: boolean; projects: boolean; money: boolean },
  limit: number,
) {
  const status = new Map(gaps?.map((g) => [g.segment.id, g]) ?? []);
  const nodes: GraphNodeRow[] = segments.map((s) => ({
    id: s.id,
    type: 'Segment',
    label: s.name,
    labelEn: s.nameEn ?? null,
    kind: 'segment',
    stage: s.stage,
    order: s.order,
    status: status.get(s.id)?.status ?? null,
    parentId: s.parentId ?? null,
    data: { chainId, viaSubSegment: status.get(s.id)?.viaSubSegment ?? null, inferredOnly: status.get(s.id)?.inferredOnly ?? null },
  }));
  const have = new Set(nodes.map((n) => n.id));
  const edges: GraphEdgeRow[] = [];
  for (const f of flows) {
    for (const end of [f.from, f.to] as unknown as Array<Record<string, unknown>>) {
      const id = end.id as string;
      if (have.has(id)) continue;
      have.add(id);
      // A segment of another chain at the end of a cross-chain flow: drawn as a ghost node.
      nodes.push({ id, type: 'Segment', label: end.name as string, labelEn: (end.nameEn as string) ?? null, kind: 'external_segment', stage: (end.stage as string) ?? null, order: (end.order as number) ?? null, data: { chainId: end.chainId } });
    }
    edges.push({ id: `${f.fromId}->${f.toId}`, source: f.fromId, target: f.toId, type: 'FEEDS', kind: 'flow', crossChain: f.crossChain });
  }
  let truncated = false;
  if (include.enterprises && gaps) {
    const seen = new Set<string>();
    for (const g of gaps) {
      for (const e of g.enterprises) {
        if (e.segmentId !== g.segment.id || e.counts === 'EXCLUDED') continue;
        if (!seen.has(e.enterprise.id)) {
          if (seen.size >= limit) {
            truncated = true;
            continue;
          }
          seen.add(e.enterprise.id);
          nodes.push({ id: e.enterprise.id, type: 'Enterprise', label: e.enterprise.name, labelEn: (e.enterprise.nameEn as string) ?? null, kind: 'enterprise', status: e.counts, data: { parkId: e.parkId } });
        }
        edges.push({ id: `${e.enterprise.id}-IN_SEGMENT->${g.segment.id}`, source: e.enterprise.id, target: g.segment.id, type: 'IN_SEGMENT', kind: 'membership', inferred: e.inferred });
      }
    }
  }
  if (include.projects && gaps) truncated = addProjects(gaps, nodes, edges, limit, include.money) || truncated;
  return { nodes, edges, truncated };
}

/**
 * Local projects mapped straight to a segment (the gap report also lists a parent segment's
 * sub-segment projects; those hang on the sub-segment), as public as the enterprises beside
 * them: names and lifecycle status; the investment amount only when `money` (signed in). A
 * project whose status at asOf is unknown does not count (EXCLUDED) and is not drawn, as with
 * enterprises. Returns whether the limit cut any.
 */
function addProjects(gaps: SegmentGap[], nodes: GraphNodeRow[], edges: GraphEdgeRow[], limit: number, money: boolean): boolean {
  const seen = new Set<string>();
  let truncated = false;
  for (const g of gaps) {
    for (const p of g.projects) {
      if (p.segmentId !== g.segment.id || p.counts === 'EXCLUDED') continue;
      if (!seen.has(p.project.id)) {
        if (seen.size >= limit) {
          truncated = true;
          continue;
        }
        seen.add(p.project.id);
        const investment = money && typeof p.project.investmentCny === 'number' ? p.project.investmentCny : null;
        nodes.push({
          id: p.project.id,
          type: 'Project',
          label: p.project.name,
          labelEn: (p.project.nameEn as string) ?? null,
          kind: 'project',
          status: p.counts,
          data: { parkId: p.parkId, statusAt: p.statusAt, investmentCny: investment },
        });
      }
      edges.push({ id: `${p.project.id}-FOR_SEGMENT->${g.segment.id}`, source: p.project.id, target: g.segment.id, type: 'FOR_SEGMENT', kind: 'membership', inferred: p.inferred });
    }
  }
  return truncated;
}
