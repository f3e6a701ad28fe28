import { builder } from '../builder.js';
import { enterpriseRoles, type ValueOf } from '../domain/vocabulary.js';
import { enumValues } from './vocabulary-enums.js';
import { CitedRef } from './cited.js';
import { ChainLinkRef, figuresOf, SegmentLinkRef } from './common.js';
import { EnterpriseConnection, readFilteredConnection } from './connection.js';
import { linked, linkedOne, linkProps, nodeOf } from './links.js';
import {
  EnterpriseRef,
  FigureRef,
  ParkRef,
  ProjectRef,
  RegionRef,
  type EnterpriseRow,
  type ParkRow,
  type ProjectRow,
  type RegionRow,
} from './refs.js';

export const EnterpriseRole = builder.enumType('EnterpriseRole', {
  values: enumValues(enterpriseRoles),
});
type RoleValue = ValueOf<typeof enterpriseRoles>;

const SupplyLinkRef = builder.objectRef<EnterpriseRow>('SupplyLink').implement({
  description: 'A known supply relationship between two enterprises.',
  fields: (t) => ({
    enterprise: t.field({ type: EnterpriseRef, resolve: (e) => e }),
    inferred: t.boolean({ resolve: (e) => linkProps(e).inferred }),
    basis: t.string({ nullable: true, resolve: (e) => linkProps(e).basis }),
  }),
});

EnterpriseRef.implement({
  description: 'An enterprise (企业).',
  interfaces: [CitedRef],
  fields: (t) => ({
    name: t.exposeString('name'),
    nameEn: t.exposeString('nameEn', { nullable: true }),
    shortName: t.exposeString('shortName', { nullable: true }),
    aliases: t.stringList({ resolve: (e) => e.aliases ?? [] }),
    roles: t.field({ type: [EnterpriseRole], resolve: (e) => (e.roles ?? []) as RoleValue[] }),
    founded: t.exposeString('founded', { nullable: true }),
    stockCode: t.exposeString('stockCode', {
      nullable: true,
      description: 'Six-digit A-share stock code, when listed (source: the listed-company data set).',
    }),
    exchange: t.exposeString('exchange', { nullable: true, description: 'SSE (上海证券交易所) or SZSE (深圳证券交易所).' }),
    listedOn: t.exposeString('listedOn', { nullable: true }),
    creditCode: t.exposeString('creditCode', { nullable: true, description: '统一社会信用代码, check digit verified.' }),
    statusMarks: t.exposeStringList('statusMarks', { nullable: true, description: 'Exchange status marks on the short name (ST, *ST).' }),
    products: t.stringList({ resolve: (e) => e.products ?? [] }),
    note: t.exposeString('note', { nullable: true }),
    park: t.field({
      type: ParkRef,
      nullable: true,
      resolve: (e, _a, ctx) => linkedOne<ParkRow>(ctx, e.id, 'LOCATED_IN', 'out', 'Park'),
    }),
    region: t.field({
      type: RegionRef,
      nullable: true,
      description: 'Set when the documents give a region but no park.',
      resolve: (e, _a, ctx) => linkedOne<RegionRow>(ctx, e.id, 'IN_REGION', 'out', 'Region'),
    }),
    segments: t.field({
      type: [SegmentLinkRef],
      resolve: (e, _a, ctx) => linked(ctx, e.id, 'IN_SEGMENT', 'out', 'Segment'),
    }),
    chains: t.field({
      type: [ChainLinkRef],
      description: 'Chains the enterprise belongs to where no segment is known, and chains it anchors.',
      resolve: (e, _a, ctx) => linked(ctx, e.id, 'IN_CHAIN', 'out', 'Chain'),
    }),
    suppliesTo: t.field({
      type: [SupplyLinkRef],
      resolve: (e, _a, ctx) => linked<EnterpriseRow>(ctx, e.id, 'SUPPLIES', 'out', 'Enterprise'),
    }),
    suppliedBy: t.field({
      type: [SupplyLinkRef],
      resolve: (e, _a, ctx) => linked<EnterpriseRow>(ctx, e.id, 'SUPPLIES', 'in', 'Enterprise'),
    }),
    projects: t.field({
      type: [ProjectRef],
      description: 'Projects this enterprise invests in.',
      resolve: (e, _a, ctx) => linked<ProjectRow>(ctx, e.id, 'BY', 'in', 'Project'),
    }),
    figures: t.field({ type: [FigureRef], resolve: (e, _a, ctx) => figuresOf(ctx, e.id) }),
  }),
});

builder.queryField('enterprise', (t) =>
  t.field({
    type: EnterpriseRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => nodeOf<EnterpriseRow>(ctx, String(id), 'Enterprise'),
  }),
);

builder.queryField('enterprises', (t) =>
  t.connection(
    {
      type: EnterpriseRef,
      description: 'Enterprises, filtered (all filters must hold), ordered by id.',
      args: {
        parkId: t.arg.id({ description: 'In this park or any of its sub-parks (一区多园).' }),
        chainId: t.arg.id({ description: 'In this chain, directly or through one of its segments.' }),
        segmentId: t.arg.id({ description: 'In this segment or one of its sub-segments.' }),
        role: t.arg({ type: EnterpriseRole }),
        regionId: t.arg.id({ description: 'In this region at any level below it.' }),
      },
      resolve: (_r, args, ctx) =>
        readFilteredConnection<EnterpriseRow>(
          ctx,
          'api/enterprises',
          {
            parkId: args.parkId == null ? null : String(args.parkId),
            chainId: args.chainId == null ? null : String(args.chainId),
            segmentId: args.segmentId == null ? null : String(args.segmentId),
            role: args.role ?? null,
            regionId: args.regionId == null ? null : String(args.regionId),
          },
          args,
        ),
    },
    EnterpriseConnection,
  ),
);
