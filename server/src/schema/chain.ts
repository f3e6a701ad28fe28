import { builder } from '../builder.js';
import { CitedRef } from './cited.js';
import { linked, nodeOf } from './links.js';
import { ChainRef, ParkRef, SegmentRef, type ChainRow, type ParkRow, type SegmentRow } from './refs.js';
import { FlowRef } from './refs.js';

ChainRef.implement({
  description: 'An industrial chain (产业链), e.g. 光伏 photovoltaics.',
  interfaces: [CitedRef],
  fields: (t) => ({
    name: t.exposeString('name'),
    nameEn: t.exposeString('nameEn', { nullable: true }),
    description: t.exposeString('description', { nullable: true }),
    descriptionEn: t.exposeString('descriptionEn', { nullable: true }),
    templateVersion: t.exposeInt('templateVersion', {
      nullable: true,
      description: 'Version of the segment template; each change of template maps the old segment ids onto the new ones.',
    }),
    segments: t.field({
      type: [SegmentRef],
      description: 'Segments upstream → downstream (by `order`).',
      resolve: (c, _a, ctx) => ctx.loaders.chainSegments.load(c.id) as Promise<SegmentRow[]>,
    }),
    flows: t.field({
      type: [FlowRef],
      description: 'Flows with at least one end in this chain, cross-chain flows included.',
      resolve: (c, _a, ctx) => ctx.loaders.chainFlows.load(c.id),
    }),
    parks: t.field({
      type: [ParkRef],
      description: 'Parks that grow this chain.',
      resolve: (c, _a, ctx) => linked<ParkRow>(ctx, c.id, 'GROWS', 'in', 'Park'),
    }),
  }),
});

builder.queryFields((t) => ({
  chains: t.field({
    type: [ChainRef],
    description: 'All chains, the fullest templates first. Chains without a template (no segment yet) only with includeEmpty.',
    args: { includeEmpty: t.arg.boolean({ defaultValue: false, description: 'Also list chains that have no segment yet.' }) },
    resolve: async (_r, args, ctx) =>
      (await ctx.db.read<{ node: ChainRow }>('api/chains', { includeEmpty: args.includeEmpty === true })).map((r) => r.node),
  }),
  chain: t.field({
    type: ChainRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => nodeOf<ChainRow>(ctx, String(id), 'Chain'),
  }),
}));
