// 申万 (Shenwan 2021) level-3 industries from the listed-company data set and the mapping table
// (seeds/industries.yaml) that ties each to chain segments. Not a `Node`: industries are a
// classification the firms carry, not a place in a chain (domain/vocabulary.ts apiNodeLabels).
import { builder } from '../builder.js';
import { linked, nodeOf } from './links.js';
import { EnterpriseRef, IndustryRef, SegmentRef, SourceRef, type IndustryRow, type SegmentRow, type SourceRow } from './refs.js';
import type { NodeRow } from '../loaders.js';

const str = (v: unknown) => (typeof v === 'string' ? v : null);

const IndustryMappingRef = builder.objectRef<NodeRow>('IndustryMapping').implement({
  description: 'One row of the mapping table: an industry stands for this segment, exactly or loosely, and why.',
  fields: (t) => ({
    segment: t.field({ type: SegmentRef, resolve: (r) => r as SegmentRow }),
    fit: t.string({
      description: '"exact": the industry is the segment; "loose": it mostly is (reason says what else it holds).',
      resolve: (r) => str(r.__rel?.fit) ?? 'loose',
    }),
    reason: t.string({ nullable: true, resolve: (r) => str(r.__rel?.reason) }),
    reasonEn: t.string({ nullable: true, resolve: (r) => str(r.__rel?.reasonEn) }),
  }),
});

IndustryRef.implement({
  description:
    'A 申万 2021 level-3 industry (data set: A-share listed companies). Mapped to one segment of a chain, its firms sit in that segment; mapped to several, firms carry only the industry — a weaker match for targets.',
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code', { description: 'Six-digit 申万 code.' }),
    name: t.exposeString('name'),
    nameEn: t.exposeString('nameEn', { nullable: true }),
    sector: t.exposeString('sector', { nullable: true, description: 'Level-1 industry (一级行业).' }),
    subsector: t.exposeString('subsector', { nullable: true, description: 'Level-2 industry (二级行业).' }),
    segments: t.field({
      type: [IndustryMappingRef],
      description: 'The segments it maps to, with fit and reason.',
      resolve: (i, _a, ctx) => linked(ctx, i.id, 'MAPS_TO', 'out', 'Segment'),
    }),
    sources: t.field({
      type: [SourceRef],
      description: 'The data set and the mapping table (the template).',
      resolve: (i, _a, ctx) => linked<SourceRow>(ctx, i.id, 'CITED_IN', 'out', 'Source'),
    }),
  }),
});

builder.objectField(EnterpriseRef, 'industries', (t) =>
  t.field({
    type: [IndustryRef],
    description: 'Its 申万 industries (listed firms, from the data set).',
    resolve: (e, _a, ctx) => linked<IndustryRow>(ctx, e.id, 'IN_INDUSTRY', 'out', 'Industry'),
  }),
);

builder.objectField(SegmentRef, 'industries', (t) =>
  t.field({
    type: [IndustryRef],
    description: 'Industries the mapping table ties to this segment.',
    resolve: (s, _a, ctx) => linked<IndustryRow>(ctx, s.id, 'MAPS_TO', 'in', 'Industry'),
  }),
);

builder.queryFields((t) => ({
  industries: t.field({
    type: [IndustryRef],
    description: 'Every mapped industry, by code.',
    resolve: async (_r, _a, ctx) =>
      (await ctx.db.read<{ node: IndustryRow }>('api/by-label', { label: 'Industry' }))
        .map((r) => r.node)
        .sort((a, b) => a.code.localeCompare(b.code)),
  }),
  industry: t.field({
    type: IndustryRef,
    nullable: true,
    args: { id: t.arg.id({ required: true, description: 'Industry id, e.g. sw.630501.' }) },
    resolve: (_r, { id }, ctx) => nodeOf<IndustryRow>(ctx, String(id), 'Industry'),
  }),
}));
