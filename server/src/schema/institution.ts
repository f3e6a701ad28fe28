import { builder } from '../builder.js';
import { institutionKinds } from '../domain/vocabulary.js';
import { enumValues } from './vocabulary-enums.js';
import { CitedRef } from './cited.js';
import { ChainLinkRef, figuresOf } from './common.js';
import { linked, linkedOne, nodeOf } from './links.js';
import { FigureRef, InstitutionRef, ParkRef, RegionRef, type InstitutionRow, type ParkRow, type RegionRow } from './refs.js';

export const InstitutionKind = builder.enumType('InstitutionKind', {
  values: enumValues(institutionKinds),
});

InstitutionRef.implement({
  description: 'An institution that serves chains: institute, school or bank (院长、校长、行长).',
  interfaces: [CitedRef],
  fields: (t) => ({
    name: t.exposeString('name'),
    nameEn: t.exposeString('nameEn', { nullable: true }),
    kind: t.field({ type: InstitutionKind, resolve: (i) => i.kind as 'college' }),
    status: t.string({ description: 'operating or planned', resolve: (i) => i.status ?? 'operating' }),
    established: t.exposeString('established', { nullable: true }),
    note: t.exposeString('note', { nullable: true }),
    parent: t.field({
      type: InstitutionRef,
      nullable: true,
      resolve: (i, _a, ctx) => linkedOne<InstitutionRow>(ctx, i.id, 'PART_OF', 'out', 'Institution'),
    }),
    park: t.field({ type: ParkRef, nullable: true, resolve: (i, _a, ctx) => linkedOne<ParkRow>(ctx, i.id, 'IN_PARK', 'out', 'Park') }),
    region: t.field({
      type: RegionRef,
      nullable: true,
      resolve: (i, _a, ctx) => linkedOne<RegionRow>(ctx, i.id, 'IN_REGION', 'out', 'Region'),
    }),
    serves: t.field({ type: [ChainLinkRef], resolve: (i, _a, ctx) => linked(ctx, i.id, 'SERVES', 'out', 'Chain') }),
    figures: t.field({ type: [FigureRef], resolve: (i, _a, ctx) => figuresOf(ctx, i.id) }),
  }),
});

builder.queryFields((t) => ({
  institutions: t.field({
    type: [InstitutionRef],
    resolve: async (_r, _a, ctx) =>
      (await ctx.db.read<{ node: InstitutionRow }>('api/by-label', { label: 'Institution' })).map((r) => r.node),
  }),
  institution: t.field({
    type: InstitutionRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => nodeOf<InstitutionRow>(ctx, String(id), 'Institution'),
  }),
}));
