import { builder } from '../builder.js';
import { regionLevels } from '../domain/vocabulary.js';
import { enumValues } from './vocabulary-enums.js';
import { CitedRef } from './cited.js';
import { connectionType, filterText, idOrNull, readConnection } from './connection.js';
import { linked, linkedOne, nodeOf } from './links.js';
import { ParkRef, RegionRef, type ParkRow, type RegionRow } from './refs.js';

export const RegionLevel = builder.enumType('RegionLevel', {
  values: enumValues(regionLevels),
});

RegionRef.implement({
  description: 'A province, city, district or county.',
  interfaces: [CitedRef],
  fields: (t) => ({
    name: t.exposeString('name'),
    nameEn: t.exposeString('nameEn', { nullable: true }),
    level: t.field({ type: RegionLevel, resolve: (r) => r.level as 'city' }),
    parent: t.field({
      type: RegionRef,
      nullable: true,
      resolve: (r, _a, ctx) => linkedOne<RegionRow>(ctx, r.id, 'PART_OF', 'out', 'Region'),
    }),
    children: t.field({
      type: [RegionRef],
      resolve: (r, _a, ctx) => linked<RegionRow>(ctx, r.id, 'PART_OF', 'in', 'Region'),
    }),
    parks: t.field({
      type: [ParkRef],
      description: 'Parks directly in this region (use Query.parks(regionId) for all levels below).',
      resolve: (r, _a, ctx) => linked<ParkRow>(ctx, r.id, 'IN_REGION', 'in', 'Park'),
    }),
  }),
});

const RegionConnection = connectionType<RegionRow>('Region', RegionRef);

builder.queryFields((t) => ({
  regions: t.field({
    type: [RegionRef],
    description: 'Regions, optionally of one level. At most 200: page through `regionsConnection` for more.',
    args: { level: t.arg({ type: RegionLevel }) },
    resolve: async (_r, { level }, ctx) => {
      const rows = (await ctx.db.read<{ node: RegionRow }>('api/by-label', { label: 'Region' })).map((r) => r.node);
      return level ? rows.filter((r) => r.level === level) : rows;
    },
  }),
  regionsConnection: t.connection(
    {
      type: RegionRef,
      description:
        'Regions page by page, for a graph with more regions than `regions` returns. Each region is followed by the regions in it. `query` matches the name, English name or id.',
      args: {
        level: t.arg({ type: RegionLevel }),
        parentId: t.arg.id({ description: 'Only regions in this one, at any level below it.' }),
        query: t.arg.string({ description: 'Text the region’s name, English name (any case) or id contains (blank: no filter).' }),
      },
      resolve: (_r, args, ctx) =>
        readConnection<RegionRow>(
          ctx,
          'api/regions-page',
          { level: args.level ?? null, parentId: idOrNull(args.parentId), query: filterText(args.query) },
          args,
        ),
    },
    RegionConnection,
  ),
  region: t.field({
    type: RegionRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => nodeOf<RegionRow>(ctx, String(id), 'Region'),
  }),
}));
