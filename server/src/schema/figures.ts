// Figures as first-class facts of places: the level each belongs to (province, city, district,
// county, park, sub-park), `figures` on Region, and `figureRollup` on Park and Region, which adds
// figures up only within one kind, unit, period, qualifier, chain and level (analysis/figure-rollup.ts).
import { builder } from '../builder.js';
import { rollupFigures, type FigureGroup } from '../domain/figure-rollup.js';
import { figuresOf, Qualifier, type QualifierValue } from './common.js';
import { ChainRef, FigureRef, ParkRef, RegionRef, type ChainRow, type FigureRow } from './refs.js';
import { nodeOf } from './links.js';
import type { Context } from '../context.js';

export const FigureOwnerLevel = builder.enumType('FigureOwnerLevel', {
  description: 'Who a figure is about.',
  values: {
    PROVINCE: { value: 'province', description: '省' },
    CITY: { value: 'city', description: '市' },
    DISTRICT: { value: 'district', description: '区' },
    COUNTY: { value: 'county', description: '县 / 县级市' },
    PARK: { value: 'park', description: '园区' },
    SUB_PARK: { value: 'sub_park', description: '分园 / 园中园' },
    ENTERPRISE: { value: 'enterprise', description: '企业' },
    INSTITUTION: { value: 'institution', description: '机构' },
  } as const,
});
type OwnerLevel = 'province' | 'city' | 'district' | 'county' | 'park' | 'sub_park' | 'enterprise' | 'institution';

interface ScopedFigure extends FigureRow {
  ownerId: string;
  ownerName: string;
  ownerLevel?: string | null;
  chainId?: string | null;
}

builder.objectField(FigureRef, 'ownerLevel', (t) =>
  t.field({
    type: FigureOwnerLevel,
    nullable: true,
    description: 'The level of the place (or the kind of node) the figure belongs to.',
    resolve: (f) => ((f as ScopedFigure).ownerLevel ?? null) as OwnerLevel | null,
  }),
);

const FigureGroupRef = builder.objectRef<FigureGroup<ScopedFigure>>('FigureGroup').implement({
  description:
    'Figures of one kind measured the same way (metric, unit, period, qualifier, chain, level) across the places of a scope, with their total when adding them up means something.',
  fields: (t) => ({
    metric: t.exposeString('metric'),
    unit: t.exposeString('unit'),
    period: t.exposeString('period', { nullable: true }),
    qualifier: t.field({ type: Qualifier, resolve: (g) => g.qualifier as QualifierValue }),
    ownerLevel: t.field({ type: FigureOwnerLevel, nullable: true, resolve: (g) => g.ownerLevel as OwnerLevel | null }),
    chain: t.field({
      type: ChainRef,
      nullable: true,
      resolve: (g, _a, ctx) => (g.chainId ? nodeOf<ChainRow>(ctx, g.chainId, 'Chain') : null),
    }),
    count: t.int({ resolve: (g) => g.figures.length }),
    total: t.float({
      nullable: true,
      description: 'Null for shares (%), "under" bounds, or when one place has two figures in the group.',
      resolve: (g) => g.total,
    }),
    totalQualifier: t.field({ type: Qualifier, nullable: true, resolve: (g) => g.totalQualifier as QualifierValue | null }),
    figures: t.field({ type: [FigureRef], resolve: (g) => g.figures }),
    ownerIds: t.idList({
      description: 'The place of each figure, in the order of `figures`.',
      resolve: (g) => g.figures.map((f) => f.ownerId),
    }),
  }),
});

async function scopeFigures(ctx: Context, scope: { parkId?: string; regionId?: string }): Promise<ScopedFigure[]> {
  const rows = await ctx.db.read<{ figure: ScopedFigure }>('api/scope-figures', {
    parkId: scope.parkId ?? null,
    regionId: scope.regionId ?? null,
  });
  return rows.map((r) => r.figure);
}

builder.objectField(RegionRef, 'figures', (t) =>
  t.field({
    type: [FigureRef],
    description: 'Figures about this region itself (city-wide, province-wide …).',
    resolve: (r, _a, ctx) => figuresOf(ctx, r.id),
  }),
);

builder.objectField(RegionRef, 'figureRollup', (t) =>
  t.field({
    type: [FigureGroupRef],
    description: 'The figures of this region, the regions below it and the parks in them, grouped so that only like figures add up.',
    resolve: async (r, _a, ctx) => rollupFigures(await scopeFigures(ctx, { regionId: r.id })),
  }),
);

builder.objectField(ParkRef, 'figureRollup', (t) =>
  t.field({
    type: [FigureGroupRef],
    description: 'The figures of this park and its sub-parks, grouped so that only like figures add up.',
    resolve: async (p, _a, ctx) => rollupFigures(await scopeFigures(ctx, { parkId: p.id })),
  }),
);
