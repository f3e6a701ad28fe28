import { builder } from '../builder.js';
import { stages } from '../domain/vocabulary.js';
import { enumValues } from './vocabulary-enums.js';
import { CitedRef } from './cited.js';
import { SegmentLinkRef } from './common.js';
import { batchedConnection, connectionType } from './connection.js';
import { linked, linkedOne, nodeOf } from './links.js';
import { prefetchPages, type PagedFields } from './lookahead.js';
import {
  ChainRef,
  EnterpriseRef,
  FlowRef,
  ProjectRef,
  SegmentRef,
  type ChainRow,
  type EnterpriseRow,
  type ProjectRow,
  type SegmentRow,
} from './refs.js';
import type { NodeRow } from '../loaders.js';

export const Stage = builder.enumType('Stage', {
  values: enumValues(stages),
});

/** Where a segment's batched connection reads its page (the field and `segment(id)`'s lookahead). */
const segmentPages = {
  enterprises: (args: { includeSubSegments?: boolean | null }) => ({
    query: 'api/segment-enterprise-page',
    params: { includeChildren: args.includeSubSegments === true },
  }),
} satisfies PagedFields;

SegmentRef.implement({
  description: 'A segment (环节) of a chain.',
  interfaces: [CitedRef],
  fields: (t) => ({
    name: t.exposeString('name'),
    nameEn: t.exposeString('nameEn', { nullable: true }),
    stage: t.field({ type: Stage, resolve: (s) => s.stage as 'upstream' }),
    order: t.exposeInt('order', { description: 'Position upstream → downstream within the chain.' }),
    products: t.exposeStringList('products', { nullable: true }),
    basis: t.exposeString('basis', {
      nullable: true,
      description: 'The classification the segment follows (GB/T 4754-2017, the Shenwan 2021 tree, a guideline or a source document).',
    }),
    formerIds: t.exposeStringList('formerIds', {
      nullable: true,
      description: 'Ids this segment had in earlier template versions (migrated onto it).',
    }),
    note: t.exposeString('note', { nullable: true }),
    chainId: t.id({
      resolve: async (s, _a, ctx) => s.chainId ?? (await linkedOne<ChainRow>(ctx, s.id, 'OF_CHAIN', 'out', 'Chain'))?.id ?? '',
    }),
    chain: t.field({
      type: ChainRef,
      resolve: async (s, _a, ctx) => {
        const chain = await linkedOne<ChainRow>(ctx, s.id, 'OF_CHAIN', 'out', 'Chain');
        if (!chain) throw new Error(`segment ${s.id} has no chain`);
        return chain;
      },
    }),
    parentId: t.id({
      nullable: true,
      resolve: async (s, _a, ctx) =>
        s.parentId !== undefined ? s.parentId : ((await linkedOne<SegmentRow>(ctx, s.id, 'SUB_SEGMENT_OF', 'out', 'Segment'))?.id ?? null),
    }),
    parent: t.field({
      type: SegmentRef,
      nullable: true,
      resolve: (s, _a, ctx) => linkedOne<SegmentRow>(ctx, s.id, 'SUB_SEGMENT_OF', 'out', 'Segment'),
    }),
    children: t.field({
      type: [SegmentRef],
      resolve: (s, _a, ctx) => linked<SegmentRow>(ctx, s.id, 'SUB_SEGMENT_OF', 'in', 'Segment'),
    }),
    enterpriseCount: t.int({
      description: 'Enterprises anywhere in the graph placed in this segment.',
      resolve: async (s, _a, ctx) =>
        typeof s.enterpriseCount === 'number' ? s.enterpriseCount : (await linked(ctx, s.id, 'IN_SEGMENT', 'in', 'Enterprise')).length,
    }),
    enterprises: t.connection(
      {
        type: SegmentEnterpriseRef,
        description: 'Enterprises in this segment, with whether the mapping is inferred; batched across segments.',
        args: { includeSubSegments: t.arg.boolean({ defaultValue: false, description: 'Include enterprises of sub-segments.' }) },
        resolve: (s, args, ctx) => batchedConnection<EnterpriseRow>(ctx, segmentPages.enterprises(args), s.id, args),
      },
      SegmentEnterpriseConnection,
    ),
    projects: t.field({
      type: [ProjectRef],
      resolve: (s, _a, ctx) => linked<ProjectRow>(ctx, s.id, 'FOR_SEGMENT', 'in', 'Project'),
    }),
    upstream: t.field({
      type: [SegmentRef],
      description: 'Segments that feed this one, in any chain.',
      resolve: (s, _a, ctx) => linked<SegmentRow>(ctx, s.id, 'FEEDS', 'in', 'Segment'),
    }),
    downstream: t.field({
      type: [SegmentRef],
      description: 'Segments this one feeds, in any chain.',
      resolve: (s, _a, ctx) => linked<SegmentRow>(ctx, s.id, 'FEEDS', 'out', 'Segment'),
    }),
  }),
});

const SegmentEnterpriseRef = builder.objectRef<EnterpriseRow>('SegmentEnterprise').implement({
  description: 'An enterprise placed in a segment, with how we know it.',
  fields: (t) => ({
    enterprise: t.field({ type: EnterpriseRef, resolve: (e) => e }),
    inferred: t.boolean({ resolve: (e) => e.__rel?.inferred === true }),
    basis: t.string({ nullable: true, resolve: (e) => (typeof e.__rel?.basis === 'string' ? e.__rel.basis : null) }),
  }),
});

const SegmentEnterpriseConnection = connectionType<EnterpriseRow>('SegmentEnterprise', SegmentEnterpriseRef);

FlowRef.implement({
  description: 'Goods flowing from one segment to another (上游 → 下游).',
  fields: (t) => ({
    fromId: t.exposeID('fromId'),
    toId: t.exposeID('toId'),
    crossChain: t.exposeBoolean('crossChain', { description: 'The two ends belong to different chains.' }),
    note: t.exposeString('note', { nullable: true }),
    from: t.field({ type: SegmentRef, resolve: (f) => f.from as SegmentRow }),
    to: t.field({ type: SegmentRef, resolve: (f) => f.to as SegmentRow }),
  }),
});

builder.queryField('segment', (t) =>
  t.field({
    type: SegmentRef,
    nullable: true,
    description: 'A segment by id; an id from an earlier template version resolves to the segment it migrated to.',
    args: { id: t.arg.id({ required: true }) },
    // With enterprises selected, the page is read first and brings the segment with it
    // (lookahead.ts). A former id finds no page; the lookup below then follows the migration.
    resolve: async (_r, { id }, ctx, info) => {
      const pages = prefetchPages(ctx, info, String(id), segmentPages);
      if (pages) await pages;
      const found = await nodeOf<SegmentRow>(ctx, String(id), 'Segment');
      if (found) return found;
      const [row] = await ctx.db.read<{ node: SegmentRow }>('api/segment-by-former-id', { id: String(id) });
      return row?.node ?? null;
    },
  }),
);

export { SegmentLinkRef };
export type { NodeRow };
