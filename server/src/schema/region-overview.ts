// Query.regionOverview: the drill-down province → city → park with completeness per chain (the
// region view's tiles). Reads and the shared completeness path in ../data/region-overview.ts.
// Public like chainMap with a region scope (auth/public-read.ts): names, counts and the
// completeness figure the public map already gives; the Region and Park types stay closed.
import { builder } from '../builder.js';
import { regionOverview, type ChainFigure, type PlaceFigures, type RegionOverview, type RegionPlace } from '../data/region-overview.js';
import { CompletenessRef } from './gap-types.js';
import { nodeOf } from './links.js';
import { ChainRef, type ChainRow } from './refs.js';

const PlaceKind = builder.enumType('RegionOverviewKind', {
  values: { REGION: { description: 'A region: its parks at every depth.' }, PARK: { description: 'A park with its sub-parks.' } } as const,
});

const RegionStepRef = builder.objectRef<RegionPlace>('RegionStep').implement({
  description: 'A region above the one shown (the breadcrumb), by name only.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    nameEn: t.string({ nullable: true, resolve: (r) => r.nameEn ?? null }),
    level: t.exposeString('level'),
  }),
});

const ChainFigureRef = builder.objectRef<ChainFigure>('RegionChainFigure').implement({
  description: 'The completeness of one chain in a region or park: what chainMap gives for the same scope.',
  fields: (t) => ({
    chainId: t.exposeID('chainId'),
    completeness: t.field({ type: CompletenessRef, resolve: (c) => c.completeness }),
  }),
});

const PlaceFiguresRef = builder.objectRef<PlaceFigures>('RegionOverviewPlace').implement({
  description: 'A region or a park in the region overview, with its counts and completeness per templated chain.',
  fields: (t) => ({
    kind: t.field({ type: PlaceKind, resolve: (p) => (p.kind === 'park' ? 'PARK' : 'REGION') }),
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    nameEn: t.string({ nullable: true, resolve: (p) => p.nameEn }),
    level: t.string({ nullable: true, description: 'province, city, district or county; null for a park.', resolve: (p) => p.level }),
    parks: t.exposeInt('parks', { description: 'Parks counted: every park in the scope, sub-parks included.' }),
    firms: t.exposeInt('firms', { description: 'Firms located in those parks, each once.' }),
    chains: t.field({
      type: [ChainFigureRef],
      description: 'One per templated chain, in the order of RegionOverview.chains.',
      resolve: (p) => p.chains,
    }),
  }),
});

const RegionOverviewRef = builder.objectRef<RegionOverview>('RegionOverview').implement({
  description: 'A region (or the top: every province), the regions under it and the parks placed directly in it.',
  fields: (t) => ({
    region: t.field({ type: PlaceFiguresRef, nullable: true, description: 'Null at the top.', resolve: (o) => o.region }),
    path: t.field({ type: [RegionStepRef], description: 'Its ancestors, province first.', resolve: (o) => o.path }),
    chains: t.field({
      type: [ChainRef],
      description: 'The chains with a template, fullest first.',
      resolve: async (o, _a, ctx) => (await Promise.all(o.chainIds.map((id) => nodeOf<ChainRow>(ctx, id, 'Chain')))) as ChainRow[],
    }),
    children: t.field({ type: [PlaceFiguresRef], resolve: (o) => o.children }),
    parks: t.field({ type: [PlaceFiguresRef], description: 'Parks placed directly in the region.', resolve: (o) => o.parks }),
  }),
});

builder.queryFields((t) => ({
  // public: like chainMap with a region scope (auth/public-read.ts), so no authScopes here.
  regionOverview: t.field({
    type: RegionOverviewRef,
    description:
      'Drill-down by region: completeness per templated chain (the rule and path of chainMap with regionId / parkId), parks and firms, for the region, each region under it and each park directly in it. Null id: every province. Public.',
    args: { id: t.arg.id() },
    resolve: (_r, { id }, ctx) => regionOverview(ctx.db, id == null ? null : String(id)),
  }),
}));
