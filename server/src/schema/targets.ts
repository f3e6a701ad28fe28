// targets: candidate enterprises for a park's or region's missing and weak segments (招商目录),
// ranked by a score whose parts are returned. Rules: ../domain/targets.ts and gap-reason.ts.
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { scopeArg, scopeGap, topCandidates } from '../data/analysis.js';
import { loadChainMapData } from '../data/chain-map.js';
import { targetIndexFor } from '../data/target-index.js';
import { badInput, notFound } from '../domain/errors.js';
import {
  filterTargets,
  rankTargets,
  type ScoredCandidate,
  type ScorePart,
  type ScoreValues,
  type TargetFilters,
} from '../domain/targets.js';
import type { SegmentGap } from '../domain/gap.js';
import { gapReason } from '../domain/gap-reason.js';
import { linked, nodeOf } from './links.js';
import {
  EnterpriseRef,
  ParkRef,
  ProjectRef,
  SegmentRef,
  SourceRef,
  type EnterpriseRow,
  type ParkRow,
  type ProjectRow,
  type SegmentRow,
  type SourceRow,
} from './refs.js';

const ScoreValuesRef = builder.objectRef<ScoreValues>('ScorePartValues').implement({
  description: 'The facts a score part rests on, for wording it in any language; only the fields of its key are set.',
  fields: (t) => ({
    relevance: t.string({
      nullable: true,
      description: 'relevance: EXACT, SUB_SEGMENT, PARENT_SEGMENT or INDUSTRY (an industry that maps to several segments; weaker).',
      resolve: (v) => v.relevance ?? null,
    }),
    industryName: t.string({
      nullable: true,
      description: 'relevance INDUSTRY: the industry (申万) behind the match.',
      resolve: (v) => v.industryName ?? null,
    }),
    fit: t.string({
      nullable: true,
      description: 'inferred: "loose" for a loose industry mapping; null for a document\'s inference.',
      resolve: (v) => v.fit ?? null,
    }),
    present: t.field({
      type: [EnterpriseRef],
      nullable: true,
      description: 'presence: firms of its group (itself, parent or subsidiary) already located near the scope: an expansion lead.',
      resolve: async (v, _a, ctx) =>
        v.presentIds
          ? ((await Promise.all(v.presentIds.map((id) => nodeOf<EnterpriseRow>(ctx, id, 'Enterprise')))).filter(Boolean) as EnterpriseRow[])
          : null,
    }),
    role: t.string({
      nullable: true,
      description: 'role: the best-scoring role, e.g. anchor, leading, little_giant.',
      resolve: (v) => v.role ?? null,
    }),
    salesYi: t.float({
      nullable: true,
      description: 'size: the largest stated sales figure in 亿元 (100 million CNY).',
      resolve: (v) => v.salesYi ?? null,
    }),
    capacityProduct: t.string({
      nullable: true,
      description: 'capacity: the product of the stated capacity.',
      resolve: (v) => v.capacity?.product ?? null,
    }),
    capacityValue: t.float({ nullable: true, resolve: (v) => v.capacity?.value ?? null }),
    capacityUnit: t.string({ nullable: true, resolve: (v) => v.capacity?.unit ?? null }),
    supplyPartners: t.field({
      type: [EnterpriseRef],
      nullable: true,
      description: 'supply: enterprises in the park or region it supplies or that supply it.',
      resolve: async (v, _a, ctx) =>
        v.supplyPartnerIds
          ? ((await Promise.all(v.supplyPartnerIds.map((id) => nodeOf<EnterpriseRow>(ctx, id, 'Enterprise')))).filter(
              Boolean,
            ) as EnterpriseRow[])
          : null,
    }),
    proximity: t.string({
      nullable: true,
      description: 'proximity: CITY, PROVINCE or NEIGHBOUR_PROVINCE.',
      resolve: (v) => v.proximity ?? null,
    }),
  }),
});

const ScorePartRef = builder.objectRef<ScorePart>('ScorePart').implement({
  description: 'One named part of a target score; the parts sum to the score.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'relevance, role, size, capacity, supply, proximity, presence or inferred.' }),
    label: t.exposeString('label', { description: 'The part in English; `values` holds its facts for other wordings.' }),
    points: t.exposeFloat('points'),
    values: t.field({ type: ScoreValuesRef, resolve: (p) => p.values }),
  }),
});

type TargetRow = ScoredCandidate & { parkId: string | null };

export const TargetRef = builder.objectRef<TargetRow>('TargetCandidate').implement({
  description: 'An enterprise elsewhere that could fill a gap, with why it ranks where it does.',
  fields: (t) => ({
    enterprise: t.field({
      type: EnterpriseRef,
      resolve: (r, _a, ctx) => nodeOf<EnterpriseRow>(ctx, r.candidate.enterprise.id, 'Enterprise') as Promise<EnterpriseRow>,
    }),
    park: t.field({
      type: ParkRef,
      nullable: true,
      description: 'Where it is now, when known.',
      resolve: (r, _a, ctx) => (r.parkId ? nodeOf<ParkRow>(ctx, r.parkId, 'Park') : null),
    }),
    gapSegment: t.field({
      type: SegmentRef,
      description: 'The missing or weak segment it would fill.',
      resolve: (r, _a, ctx) => nodeOf<SegmentRow>(ctx, r.gapSegmentId, 'Segment') as Promise<SegmentRow>,
    }),
    segment: t.field({
      type: SegmentRef,
      description: 'The segment the enterprise is mapped to.',
      resolve: (r, _a, ctx) => nodeOf<SegmentRow>(ctx, r.candidate.segmentId, 'Segment') as Promise<SegmentRow>,
    }),
    relevance: t.string({ description: 'EXACT, SUB_SEGMENT, PARENT_SEGMENT or INDUSTRY.', resolve: (r) => r.relevance }),
    inferred: t.boolean({ resolve: (r) => r.candidate.inferred }),
    basis: t.string({
      nullable: true,
      description: 'How the firm was placed in the segment, when inferred (e.g. its 申万 industry).',
      resolve: (r) => r.candidate.basis ?? null,
    }),
    score: t.exposeFloat('score'),
    parts: t.field({ type: [ScorePartRef], resolve: (r) => r.parts }),
  }),
});

interface GapRow {
  gap: SegmentGap;
  scopeRootId: string;
}

const TargetGapRef = builder.objectRef<GapRow>('TargetGap').implement({
  description: 'Why a segment is on the list: the evidence behind its status and the documents that state it.',
  fields: (t) => ({
    segment: t.field({
      type: SegmentRef,
      resolve: (r, _a, ctx) => nodeOf<SegmentRow>(ctx, r.gap.segment.id, 'Segment') as Promise<SegmentRow>,
    }),
    status: t.string({ description: 'MISSING, PIPELINE or PRESENT (only by inference, or when asked for).', resolve: (r) => r.gap.status }),
    inferredOnly: t.boolean({ resolve: (r) => r.gap.inferredOnly }),
    reasonKey: t.string({
      description: 'NO_LOCAL_FIRM, PIPELINE_ONLY, INFERRED_ONLY or PRESENT: word it from this.',
      resolve: (r) => gapReason(r.gap).key,
    }),
    since: t.string({
      nullable: true,
      description: 'PIPELINE_ONLY: the earliest stated date of those projects.',
      resolve: (r) => gapReason(r.gap).since,
    }),
    enterprises: t.field({
      type: [EnterpriseRef],
      description: 'Local firms behind the status (for INFERRED_ONLY: the inferred ones).',
      resolve: async (r, _a, ctx) =>
        (
          await Promise.all(
            r.gap.enterprises.filter((e) => e.counts !== 'EXCLUDED').map((e) => nodeOf<EnterpriseRow>(ctx, e.enterprise.id, 'Enterprise')),
          )
        ).filter(Boolean) as EnterpriseRow[],
    }),
    projects: t.field({
      type: [ProjectRef],
      description: 'Local projects behind the status (pipeline or lost).',
      resolve: async (r, _a, ctx) =>
        (await Promise.all(r.gap.projects.map((p) => nodeOf<ProjectRow>(ctx, p.project.id, 'Project')))).filter(Boolean) as ProjectRow[],
    }),
    sources: t.field({
      type: [SourceRef],
      description: 'Documents that say so: those of the park or region, of the segment, and of each firm and project above.',
      resolve: async (r, _a, ctx) => {
        const ids = [
          r.scopeRootId,
          r.gap.segment.id,
          ...r.gap.enterprises.map((e) => e.enterprise.id),
          ...r.gap.projects.map((p) => p.project.id),
        ];
        const all = (await Promise.all(ids.map((id) => linked<SourceRow>(ctx, id, 'CITED_IN', 'out', 'Source')))).flat();
        return [...new Map(all.map((s) => [s.id, s])).values()];
      },
    }),
  }),
});

interface TargetList {
  total: number;
  gapSegmentIds: string[];
  gaps: GapRow[];
  items: TargetRow[];
}

const TargetListRef = builder.objectRef<TargetList>('TargetList').implement({
  fields: (t) => ({
    total: t.exposeInt('total', { description: 'Candidates before limit/offset.' }),
    gapSegments: t.field({
      type: [SegmentRef],
      description: 'The segments targeted: the one asked for, or every missing, pipeline-only or inferred-only segment.',
      resolve: async (r, _a, ctx) =>
        (await Promise.all(r.gapSegmentIds.map((id) => nodeOf<SegmentRow>(ctx, id, 'Segment')))) as SegmentRow[],
    }),
    gaps: t.field({
      type: [TargetGapRef],
      description: 'Each targeted segment with why it is a gap and which documents say so.',
      resolve: (r) => r.gaps,
    }),
    items: t.field({ type: [TargetRef], resolve: (r) => r.items }),
  }),
});

/**
 * Ranked targets; shared with the park's five lists (investment leads). The gap report comes
 * first: only firms in segments that can match a gap are read, ranked in the database, and only
 * the first offset + limit (with ties) come back as rows (topCandidates).
 */
export async function findTargets(
  ctx: Context,
  args: {
    chainId: string;
    scope: { kind: 'park' | 'region'; id: string };
    segmentId?: string | null;
    limit: number;
    offset: number;
    filters?: TargetFilters;
  },
): Promise<TargetList> {
  // Two round trips after another: the chain, scope, evidence and the places around the scope in
  // one (as gapReport, plus the places), then the candidates.
  const filters = args.filters ?? {};
  const { chain, scoped, graphVersion } = await loadChainMapData(ctx.db, args.chainId, args.scope, { flows: false, places: filters });
  const scope = scoped.scope;
  if (args.segmentId && !chain.segments.some((s) => s.id === args.segmentId))
    throw notFound(`Segment "${args.segmentId}" is not in chain "${args.chainId}".`);
  const report = scopeGap(chain, scope, scoped.ev, null);
  const gaps = args.segmentId
    ? report.segments.filter((g) => g.segment.id === args.segmentId)
    : report.segments.filter((g) => g.status !== 'PRESENT' || g.inferredOnly);
  const gapIds = gaps.map((g) => g.segment.id);
  const parentOf = new Map(chain.segments.map((s) => [s.id, s.parentId ?? null]));
  // The targets index, if it describes the graph as the chain map found it (target-index.ts).
  const keys = targetIndexFor(ctx.db).current(graphVersion);
  const { total, rows } = await topCandidates(
    ctx.db,
    chain.chain.id,
    scope,
    gapIds,
    parentOf,
    filters,
    args.offset + args.limit,
    scoped.places,
    keys && { keys, own: scoped.ev.enterprises },
  );
  const parkOf = new Map(rows.map((c) => [c.enterprise.id, c.parkId]));
  const ranked = filterTargets(
    rankTargets(gapIds, parentOf, rows, new Set(), {
      cityId: scope.cityId,
      provinceId: scope.provinceId,
      neighbourProvinceIds: scope.neighbourProvinceIds,
    }),
    filters,
  );
  return {
    total,
    gapSegmentIds: gapIds,
    gaps: gaps.map((gap) => ({ gap, scopeRootId: scope.id })),
    items: ranked
      .slice(args.offset, args.offset + args.limit)
      .map((r) => ({ ...r, parkId: parkOf.get(r.candidate.enterprise.id) ?? null })),
  };
}

builder.queryFields((t) => ({
  targets: t.field({
    type: TargetListRef,
    description: 'Candidate enterprises for missing or weak segments, best first, with score parts. Needs the viewer role.',
    args: {
      chainId: t.arg.id({ required: true }),
      parkId: t.arg.id(),
      regionId: t.arg.id(),
      segmentId: t.arg.id({ description: 'Only this segment (else every missing or weak one).' }),
      provinceId: t.arg.id({ description: 'Only candidates in this province.' }),
      role: t.arg.string({ description: 'Only candidates with this role (anchor, leading, little_giant, listed …).' }),
      listedOnly: t.arg.boolean({ description: 'Only listed firms.' }),
      minScore: t.arg.float({ description: 'Only candidates scoring at least this.' }),
      limit: t.arg.int({ defaultValue: 20 }),
      offset: t.arg.int({ defaultValue: 0 }),
    },
    authScopes: { viewer: true },
    resolve: (_r, args, ctx) => {
      const limit = args.limit ?? 20;
      const offset = args.offset ?? 0;
      if (limit < 1 || limit > 100) throw badInput('limit must be between 1 and 100.');
      if (offset < 0) throw badInput('offset must not be negative.');
      return findTargets(ctx, {
        chainId: String(args.chainId),
        scope: scopeArg(args),
        segmentId: args.segmentId == null ? null : String(args.segmentId),
        limit,
        offset,
        filters: {
          provinceId: args.provinceId == null ? null : String(args.provinceId),
          role: args.role ?? null,
          listedOnly: args.listedOnly ?? null,
          minScore: args.minScore ?? null,
        },
      });
    },
  }),
}));
