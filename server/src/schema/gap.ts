// gapReport, compareParks and chainMap: where a chain stands in a park or region (补链 analysis).
// The rules live in ../domain/ (pure, unit-tested: gap statuses, nearest supply, chain-map
// elements) and the reads in ../data/analysis.ts; this file declares the types and maps arguments.
import { builder } from '../builder.js';
import { PartialDate } from '../domain/bounds.js';
import type { Context } from '../context.js';
import type { Completeness, SegmentGap } from '../domain/gap.js';
import { chainMapElements } from '../domain/chain-map.js';
import { nearestSupply } from '../domain/nearby.js';
import { badInput } from '../domain/errors.js';
import {
  checkAsOf,
  gapReports,
  loadNearbyCandidates,
  loadChain,
  loadScopes,
  scopeArg,
  scopeGap,
  type Scope,
  type ScopeGap,
} from '../data/analysis.js';
import { loadChainMapData } from '../data/chain-map.js';
import { CompletenessRef, GapStatusEnum, SegmentGapRef, type SegmentGapRow } from './gap-types.js';
import type { DateRange } from '../domain/date-range.js';
import { DateRangeRef, GraphElementsRef, type GraphElementsRow } from './graph-elements.js';
import { nodeOf } from './links.js';
import { ChainRef, ParkRef, RegionRef, SegmentRef, type ChainRow, type ParkRow, type RegionRow, type SegmentRow } from './refs.js';

interface GapReportRow extends ScopeGap {
  chainId: string;
  asOf: string | null;
}

const GapReportRef = builder.objectRef<GapReportRow>('GapReport').implement({
  description: 'Per segment of a chain: present, pipeline or missing in a park (with sub-parks) or a region.',
  fields: (t) => ({
    chain: t.field({ type: ChainRef, resolve: (r, _a, ctx) => nodeOf<ChainRow>(ctx, r.chainId, 'Chain') as Promise<ChainRow> }),
    park: t.field({
      type: ParkRef,
      nullable: true,
      resolve: (r, _a, ctx) => (r.scope.kind === 'park' ? nodeOf<ParkRow>(ctx, r.scope.id, 'Park') : null),
    }),
    region: t.field({
      type: RegionRef,
      nullable: true,
      resolve: (r, _a, ctx) => (r.scope.kind === 'region' ? nodeOf<RegionRow>(ctx, r.scope.id, 'Region') : null),
    }),
    asOf: t.string({ nullable: true, resolve: (r) => r.asOf }),
    parkIds: t.idList({
      description: 'Every park counted (the park and its sub-parks, or all parks in the region).',
      resolve: (r) => r.scope.parkIds,
    }),
    segments: t.field({ type: [SegmentGapRef], resolve: (r) => r.segments }),
    completeness: t.field({ type: CompletenessRef, resolve: (r) => r.completeness }),
    dateRange: t.field({
      type: DateRangeRef,
      nullable: true,
      description:
        'The span of the dated evidence in the scope (whatever the asOf): what a replay by year can cover. Null when nothing is dated.',
      resolve: (r) => r.dateRange,
    }),
  }),
});

/**
 * Nearest supply for every segment from one query of the province's firms (same city, else same province),
 * read once and only when a segment's `nearestSupply` is asked for.
 */
function withNearby(ctx: Context, chainId: string, scope: Scope, gaps: SegmentGap[]): SegmentGapRow[] {
  let all: Promise<SegmentGapRow[]> | undefined;
  const read = () => (all ??= loadNearbyCandidates(ctx.db, chainId, scope, gaps).then((c) => nearestSupply(scope, gaps, c)));
  return gaps.map((g, i) => ({ ...g, nearbyOf: async () => (await read())[i]!.nearby ?? [] }));
}

interface CompareRow {
  chainId: string;
  segments: string[];
  reports: ScopeGap[];
}

const CompareParkRowRef = builder.objectRef<ScopeGap>('CompareParksRow').implement({
  fields: (t) => ({
    park: t.field({ type: ParkRef, resolve: (r, _a, ctx) => nodeOf<ParkRow>(ctx, r.scope.id, 'Park') as Promise<ParkRow> }),
    statuses: t.field({
      type: [GapStatusEnum],
      description: 'One per segment, in the order of `segments`.',
      resolve: (r) => r.segments.map((s) => s.status),
    }),
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

/** The arguments of a question about one chain in one place (a park or a region) at one time. */
function gapScopeArgs(asOfDescription: string) {
  return builder.args((t) => ({
    chainId: t.id({ required: true }),
    parkId: t.id(),
    regionId: t.id(),
    asOf: t.string({ validate: PartialDate.optional().nullable(), description: asOfDescription }),
  }));
}

builder.queryFields((t) => ({
  gapReport: t.field({
    type: GapReportRef,
    description:
      'Gap report (补链): each segment of the chain present, pipeline or missing, optionally as of a past date. Needs the viewer role.',
    args: gapScopeArgs('YYYY, YYYY-MM or YYYY-MM-DD: evaluate at the end of that period.'),
    authScopes: { viewer: true },
    resolve: async (_r, args, ctx) => {
      const wanted = scopeArg(args);
      const asOf = checkAsOf(args.asOf);
      // One round trip: the chain, the scope and its evidence (not the flows: only chainMap draws them).
      const { chain, scoped } = await loadChainMapData(ctx.db, String(args.chainId), wanted, { flows: false });
      const report = scopeGap(chain, scoped.scope, scoped.ev, asOf);
      const segments = withNearby(ctx, chain.chain.id, scoped.scope, report.segments);
      return { ...report, segments, chainId: chain.chain.id, asOf };
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
    authScopes: { viewer: true },
    resolve: async (_r, args, ctx) => {
      const ids = [...new Set(args.parkIds.map(String))];
      if (ids.length === 0 || ids.length > 50) throw badInput('Give between 1 and 50 parkIds.');
      const asOf = checkAsOf(args.asOf);
      const [chain, scopes] = await Promise.all([
        loadChain(ctx.db, String(args.chainId)),
        loadScopes(
          ctx.db,
          ids.map((id) => ({ kind: 'park' as const, id })),
        ),
      ]);
      const reports = await gapReports(ctx.db, chain, scopes, asOf);
      return { chainId: chain.chain.id, segments: reports[0]?.segments.map((s) => s.segment.id) ?? [], reports };
    },
  }),
  // public: chain map — the embeddable widget shows it to anonymous users, so no authScopes here.
  chainMap: t.field({
    type: GraphElementsRef,
    description:
      'The chain’s segments and flows (cross-chain ends included) for Cytoscape, with gap statuses for a park or region. Public.',
    args: {
      ...gapScopeArgs('Statuses as of YYYY, YYYY-MM or YYYY-MM-DD (see gapReport).'),
      includeEnterprises: t.arg.boolean({ defaultValue: false }),
      enterpriseLimit: t.arg.int({
        defaultValue: 100,
        description: 'At most this many enterprise nodes, and at most this many project nodes; `truncated` when cut.',
      }),
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
      const wanted = args.parkId != null || args.regionId != null ? scopeArg(args) : null;
      const { chain, flows, scoped } = await loadChainMapData(ctx.db, String(args.chainId), wanted);
      let gaps: SegmentGap[] | null = null;
      let dateRange: DateRange | null = null;
      let completeness: Completeness | null = null;
      let scopeName: GraphElementsRow['scope'] = null;
      if (scoped) {
        const { scope } = scoped;
        const report = scopeGap(chain, scope, scoped.ev, asOf);
        gaps = report.segments;
        dateRange = report.dateRange;
        completeness = report.completeness;
        scopeName = { kind: scope.kind, id: scope.id, name: scope.root.name, nameEn: scope.root.nameEn ?? null };
      }
      // Public maps carry names (they are for portals) but never money: investment amounts only
      // for a signed-in viewer (docs/security.md, "Public surface").
      const include = {
        enterprises: args.includeEnterprises === true,
        projects: args.includeProjects === true,
        money: ctx.viewer.role !== null,
      };
      return {
        ...chainMapElements(chain.chain.id, chain.segments, flows, gaps, include, limit),
        dateRange,
        completeness,
        scope: scopeName,
      };
    },
  }),
}));
