// Object types shared by the gap report, park comparison and targets (analysis results).
import { builder } from '../builder.js';
import type { CompletenessPart, Completeness, EnterpriseEvidence, ProjectEvidence } from '../domain/gap.js';
import type { NearbyRow, SegmentGapWithNearby } from '../domain/nearby.js';
import { nodeOf } from './links.js';
import {
  EnterpriseRef,
  ParkRef,
  ProjectRef,
  SegmentRef,
  type EnterpriseRow,
  type ParkRow,
  type ProjectRow,
  type SegmentRow,
} from './refs.js';

export const GapStatusEnum = builder.enumType('GapStatus', {
  description: 'A segment in a park or region: 已有 / 在建或签约 / 缺失.',
  values: {
    PRESENT: { description: 'An operating local enterprise (or operating local project) in the segment or a sub-segment.' },
    PIPELINE: {
      description: 'Only projects (or firms whose only evidence is such a project) planned, signed, building, topped out or in trial.',
    },
    MISSING: { description: 'Nothing local in the segment or its sub-segments.' },
  } as const,
});

export const EvidenceCountsEnum = builder.enumType('EvidenceCounts', {
  description: 'How one enterprise or project counts toward its segment’s status.',
  values: {
    PRESENT: { description: 'Counts as present.' },
    PIPELINE: { description: 'Counts as pipeline.' },
    LOST: { description: 'A lost project: does not count.' },
    EXCLUDED: { description: 'Left out because its status or date as of asOf cannot be known; see reason.' },
  } as const,
});

const segmentOf = (id: string) => (_p: unknown, _a: unknown, ctx: Parameters<typeof nodeOf>[0]) => nodeOf<SegmentRow>(ctx, id, 'Segment');

export const GapEnterpriseRef = builder.objectRef<EnterpriseEvidence>('GapEnterprise').implement({
  description: 'A local enterprise behind a segment status.',
  fields: (t) => ({
    enterprise: t.field({
      type: EnterpriseRef,
      resolve: (r, _a, ctx) => nodeOf<EnterpriseRow>(ctx, r.enterprise.id, 'Enterprise') as Promise<EnterpriseRow>,
    }),
    segment: t.field({
      type: SegmentRef,
      description: 'The segment it is mapped to (may be a sub-segment).',
      resolve: (r, a, ctx) => segmentOf(r.segmentId)(r, a, ctx) as Promise<SegmentRow>,
    }),
    park: t.field({ type: ParkRef, resolve: (r, _a, ctx) => nodeOf<ParkRow>(ctx, r.parkId, 'Park') as Promise<ParkRow> }),
    inferred: t.exposeBoolean('inferred'),
    basis: t.string({ nullable: true, resolve: (r) => r.basis ?? null }),
    counts: t.field({ type: EvidenceCountsEnum, resolve: (r) => r.counts }),
    reason: t.exposeString('reason'),
    evidenceDate: t.string({
      nullable: true,
      description: 'founded, else the date of the first document reporting it.',
      resolve: (r) => r.evidenceDate ?? null,
    }),
  }),
});

export const GapProjectRef = builder.objectRef<ProjectEvidence>('GapProject').implement({
  description: 'A local project behind a segment status.',
  fields: (t) => ({
    project: t.field({
      type: ProjectRef,
      resolve: (r, _a, ctx) => nodeOf<ProjectRow>(ctx, r.project.id, 'Project') as Promise<ProjectRow>,
    }),
    segment: t.field({ type: SegmentRef, resolve: (r, a, ctx) => segmentOf(r.segmentId)(r, a, ctx) as Promise<SegmentRow> }),
    park: t.field({ type: ParkRef, resolve: (r, _a, ctx) => nodeOf<ParkRow>(ctx, r.parkId, 'Park') as Promise<ParkRow> }),
    inferred: t.exposeBoolean('inferred'),
    basis: t.string({ nullable: true, resolve: (r) => r.basis ?? null }),
    statusAt: t.string({ nullable: true, description: 'Project status at asOf (or now); null when unknown.', resolve: (r) => r.statusAt }),
    counts: t.field({ type: EvidenceCountsEnum, resolve: (r) => r.counts }),
    reason: t.exposeString('reason'),
  }),
});

export type { NearbyRow } from '../domain/nearby.js';

export const NearbySupplyRef = builder.objectRef<NearbyRow>('NearbySupply').implement({
  description: 'An enterprise in the segment (or a sub-segment) elsewhere in the same city, else province.',
  fields: (t) => ({
    enterprise: t.field({
      type: EnterpriseRef,
      resolve: (r, _a, ctx) => nodeOf<EnterpriseRow>(ctx, r.enterpriseId, 'Enterprise') as Promise<EnterpriseRow>,
    }),
    park: t.field({ type: ParkRef, nullable: true, resolve: (r, _a, ctx) => (r.parkId ? nodeOf<ParkRow>(ctx, r.parkId, 'Park') : null) }),
    segment: t.field({ type: SegmentRef, resolve: (r, a, ctx) => segmentOf(r.segmentId)(r, a, ctx) as Promise<SegmentRow> }),
    inferred: t.exposeBoolean('inferred'),
    nearness: t.string({ description: 'CITY or PROVINCE.', resolve: (r) => r.nearness }),
  }),
});

/**
 * `nearbyOf`: nearest supply read on demand (gapReport reads every candidate of the chain for it,
 * the costliest statement of the report, so only when a query selects `nearestSupply`).
 */
export type SegmentGapRow = SegmentGapWithNearby & { nearbyOf?: () => Promise<NearbyRow[]> };

export const SegmentGapRef = builder.objectRef<SegmentGapRow>('SegmentGap').implement({
  description: 'One segment’s status with everything behind it.',
  fields: (t) => ({
    segment: t.field({
      type: SegmentRef,
      resolve: (g, _a, ctx) => nodeOf<SegmentRow>(ctx, g.segment.id, 'Segment') as Promise<SegmentRow>,
    }),
    status: t.field({ type: GapStatusEnum, resolve: (g) => g.status }),
    viaSubSegment: t.exposeBoolean('viaSubSegment', {
      description: 'The status comes only from sub-segments (HJT cells make cells present).',
    }),
    inferredOnly: t.exposeBoolean('inferredOnly', { description: 'Everything behind the status is an inferred mapping.' }),
    enterprises: t.field({ type: [GapEnterpriseRef], resolve: (g) => g.enterprises }),
    projects: t.field({ type: [GapProjectRef], resolve: (g) => g.projects }),
    nearestSupply: t.field({
      type: [NearbySupplyRef],
      description: 'Up to 5: same city first, then same province.',
      resolve: async (g) => (g.nearbyOf ? await g.nearbyOf() : (g.nearby ?? [])),
    }),
  }),
});

const CompletenessPartRef = builder.objectRef<CompletenessPart>('CompletenessPart').implement({
  fields: (t) => ({
    segment: t.field({ type: SegmentRef, resolve: (p, _a, ctx) => nodeOf<SegmentRow>(ctx, p.segmentId, 'Segment') as Promise<SegmentRow> }),
    status: t.field({ type: GapStatusEnum, resolve: (p) => p.status }),
    inferredOnly: t.exposeBoolean('inferredOnly'),
    weight: t.exposeFloat('weight', { description: 'present 1, pipeline 0.5, missing 0; halved when inferred only.' }),
  }),
});

export const CompletenessRef = builder.objectRef<Completeness>('Completeness').implement({
  description: 'Chain completeness: mean weight over the top-level segments (sub-segments roll up).',
  fields: (t) => ({
    score: t.exposeFloat('score', { description: '0 … 1.' }),
    percent: t.exposeInt('percent', { description: 'The score as a whole percentage: the figure every view shows.' }),
    counted: t.exposeInt('counted'),
    present: t.exposeInt('present'),
    pipeline: t.exposeInt('pipeline'),
    missing: t.exposeInt('missing'),
    parts: t.field({ type: [CompletenessPartRef], resolve: (c) => c.parts }),
  }),
});
