// targets: candidate enterprises for a park's or region's missing and weak segments (招商目录),
// ranked by a score whose parts are returned. Rules: ../analysis/targets.ts.
import { requireRole } from '../auth/viewer.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { badInput, gapReports, loadCandidates, loadChain, loadScopes, notFound, scopeArg } from '../analysis/fetch.js';
import { rankTargets, type ScoredCandidate, type ScorePart, type ScoreValues } from '../analysis/targets.js';
import { nodeOf } from './links.js';
import { EnterpriseRef, ParkRef, SegmentRef, type EnterpriseRow, type ParkRow, type SegmentRow } from './refs.js';

const ScoreValuesRef = builder.objectRef<ScoreValues>('ScorePartValues').implement({
  description: 'The facts a score part rests on, for wording it in any language; only the fields of its key are set.',
  fields: (t) => ({
    relevance: t.string({ nullable: true, description: 'relevance: EXACT, SUB_SEGMENT or PARENT_SEGMENT.', resolve: (v) => v.relevance ?? null }),
    role: t.string({ nullable: true, description: 'role: the best-scoring role, e.g. anchor, leading, little_giant.', resolve: (v) => v.role ?? null }),
    salesYi: t.float({ nullable: true, description: 'size: the largest stated sales figure in 亿元 (100 million CNY).', resolve: (v) => v.salesYi ?? null }),
    capacityProduct: t.string({ nullable: true, description: 'capacity: the product of the stated capacity.', resolve: (v) => v.capacity?.product ?? null }),
    capacityValue: t.float({ nullable: true, resolve: (v) => v.capacity?.value ?? null }),
    capacityUnit: t.string({ nullable: true, resolve: (v) => v.capacity?.unit ?? null }),
    supplyPartners: t.field({
      type: [EnterpriseRef],
      nullable: true,
      description: 'supply: enterprises in the park or region it supplies or that supply it.',
      resolve: async (v, _a, ctx) => (v.supplyPartnerIds ? ((await Promise.all(v.supplyPartnerIds.map((id) => nodeOf<EnterpriseRow>(ctx, id, 'Enterprise')))).filter(Boolean) as EnterpriseRow[]) : null),
    }),
    proximity: t.string({ nullable: true, description: 'proximity: CITY or PROVINCE.', resolve: (v) => v.proximity ?? null }),
  }),
});

const ScorePartRef = builder.objectRef<ScorePart>('ScorePart').implement({
  description: 'One named part of a target score; the parts sum to the score.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'relevance, role, size, capacity, supply, proximity or inferred.' }),
    label: t.exposeString('label', { description: 'The part in English; `values` holds its facts for other wordings.' }),
    points: t.exposeFloat('points'),
    values: t.field({ type: ScoreValuesRef, resolve: (p) => p.values }),
  }),
});

type TargetRow = ScoredCandidate & { parkId: string | null };

export const TargetRef = builder.objectRef<TargetRow>('TargetCandidate').implement({
  description: 'An enterprise elsewhere that could fill a gap, with why it ranks where it does.',
  fields: (t) => ({
    enterprise: t.field({ type: EnterpriseRef, resolve: (r, _a, ctx) => nodeOf<EnterpriseRow>(ctx, r.candidate.enterprise.id, 'Enterprise') as Promise<EnterpriseRow> }),
    park: t.field({ type: ParkRef, nullable: true, description: 'Where it is now, when known.', resolve: (r, _a, ctx) => (r.parkId ? nodeOf<ParkRow>(ctx, r.parkId, 'Park') : null) }),
    gapSegment: t.field({ type: SegmentRef, description: 'The missing or weak segment it would fill.', resolve: (r, _a, ctx) => nodeOf<SegmentRow>(ctx, r.gapSegmentId, 'Segment') as Promise<SegmentRow> }),
    segment: t.field({ type: SegmentRef, description: 'The segment the enterprise is mapped to.', resolve: (r, _a, ctx) => nodeOf<SegmentRow>(ctx, r.candidate.segmentId, 'Segment') as Promise<SegmentRow> }),
    relevance: t.string({ description: 'EXACT, SUB_SEGMENT or PARENT_SEGMENT.', resolve: (r) => r.relevance }),
    inferred: t.boolean({ resolve: (r) => r.candidate.inferred }),
    score: t.exposeFloat('score'),
    parts: t.field({ type: [ScorePartRef], resolve: (r) => r.parts }),
  }),
});

interface TargetList {
  total: number;
  gapSegmentIds: string[];
  items: TargetRow[];
}

const TargetListRef = builder.objectRef<TargetList>('TargetList').implement({
  fields: (t) => ({
    total: t.exposeInt('total', { description: 'Candidates before limit/offset.' }),
    gapSegments: t.field({
      type: [SegmentRef],
      description: 'The segments targeted: the one asked for, or every missing, pipeline-only or inferred-only segment.',
      resolve: async (r, _a, ctx) => (await Promise.all(r.gapSegmentIds.map((id) => nodeOf<SegmentRow>(ctx, id, 'Segment')))) as SegmentRow[],
    }),
    items: t.field({ type: [TargetRef], resolve: (r) => r.items }),
  }),
});

/** Ranked targets; shared with the park's five lists (investment leads). Three queries in all. */
export async function findTargets(
  ctx: Context,
  args: { chainId: string; scope: { kind: 'park' | 'region'; id: string }; segmentId?: string | null; limit: number; offset: number },
): Promise<TargetList> {
  const [chain, [scope]] = await Promise.all([loadChain(ctx.db, args.chainId), loadScopes(ctx.db, [args.scope])]);
  let gapIds: string[];
  if (args.segmentId) {
    if (!chain.segments.some((s) => s.id === args.segmentId)) throw notFound(`Segment "${args.segmentId}" is not in chain "${args.chainId}".`);
    gapIds = [args.segmentId];
  } else {
    const [report] = await gapReports(ctx.db, chain, [scope!], null);
    gapIds = report!.segments.filter((g) => g.status !== 'PRESENT' || g.inferredOnly).map((g) => g.segment.id);
  }
  const candidates = await loadCandidates(ctx.db, chain.chain.id, scope!);
  const parentOf = new Map(chain.segments.map((s) => [s.id, s.parentId ?? null]));
  const parkOf = new Map(candidates.map((c) => [c.enterprise.id, c.parkId]));
  const ranked = rankTargets(gapIds, parentOf, candidates, new Set(), { cityId: scope!.cityId, provinceId: scope!.provinceId });
  return {
    total: ranked.length,
    gapSegmentIds: gapIds,
    items: ranked.slice(args.offset, args.offset + args.limit).map((r) => ({ ...r, parkId: parkOf.get(r.candidate.enterprise.id) ?? null })),
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
      limit: t.arg.int({ defaultValue: 20 }),
      offset: t.arg.int({ defaultValue: 0 }),
    },
    resolve: (_r, args, ctx) => {
      requireRole(ctx.viewer, 'viewer');
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
      });
    },
  }),
}));
