import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { parkKinds } from '../domain/vocabulary.js';
import { enumValues } from './vocabulary-enums.js';
import { CitedRef } from './cited.js';
import { figuresOf } from './common.js';
import {
  batchedConnection,
  connectionType,
  EnterpriseConnection,
  filterText,
  idOrNull,
  ProjectConnection,
  readConnection,
} from './connection.js';
import { linked, linkedOne, nodeOf } from './links.js';
import { prefetchPages, type PagedFields } from './lookahead.js';
import {
  ChainRef,
  EnterpriseRef,
  FigureRef,
  InstitutionRef,
  ParkRef,
  ProjectRef,
  RegionRef,
  type ChainRow,
  type EnterpriseRow,
  type InstitutionRow,
  type ParkRow,
  type ProjectRow,
  type RegionRow,
} from './refs.js';

export const ParkKind = builder.enumType('ParkKind', {
  values: enumValues(parkKinds),
});

const ChainChiefRef = builder.objectRef<Record<string, unknown>>('ChainChief').implement({
  description: 'The chain-chief system (链长制) for one chain in one park.',
  fields: (t) => ({
    chief: t.string({
      nullable: true,
      description: 'The official, when a document names one.',
      resolve: (c) => (c.chief as string) ?? null,
    }),
    fourHeads: t.boolean({
      description: 'Chain chief, institute head, school head and bank head work together (四长协同).',
      resolve: (c) => c.fourHeads === true,
    }),
    note: t.string({ nullable: true, resolve: (c) => (c.note as string) ?? null }),
  }),
});

/** GROWS.rank, or null for a link written before ranks (sorted last). */
const rankOf = (chain: ChainRow): number | null => (typeof chain.__rel?.rank === 'number' ? chain.__rel.rank : null);

/** A park's chains by rank (then id), without the chains that have no segment unless asked. */
async function parkChains(ctx: Context, parkId: string, includeEmpty: boolean): Promise<ChainRow[]> {
  const chains = await linked<ChainRow>(ctx, parkId, 'GROWS', 'out', 'Chain');
  const kept = includeEmpty
    ? chains
    : (await Promise.all(chains.map(async (c) => ((await ctx.loaders.chainSegments.load(c.id)).length > 0 ? c : null)))).filter(
        (c): c is ChainRow => c !== null,
      );
  return [...kept].sort((a, b) => (rankOf(a) ?? Infinity) - (rankOf(b) ?? Infinity) || a.id.localeCompare(b.id));
}

interface ParkChainRow {
  chain: ChainRow;
  parkId: string;
}

const ParkChainRef = builder.objectRef<ParkChainRow>('ParkChain').implement({
  description: 'A chain a park grows.',
  fields: (t) => ({
    chain: t.field({ type: ChainRef, resolve: (pc) => pc.chain }),
    designation: t.string({ nullable: true, resolve: (pc) => (pc.chain.__rel?.designation as string) ?? null }),
    note: t.string({ nullable: true, resolve: (pc) => (pc.chain.__rel?.note as string) ?? null }),
    rank: t.int({
      nullable: true,
      description: 'Position in the park’s own list of chains, 1 = its lead chain (the seed lists the lead chain first).',
      resolve: (pc) => rankOf(pc.chain),
    }),
    chainChief: t.field({
      type: ChainChiefRef,
      nullable: true,
      resolve: async (pc, _a, ctx) => {
        const chiefs = await linked<ChainRow>(ctx, pc.parkId, 'CHAIN_CHIEF', 'out', 'Chain');
        return chiefs.find((c) => c.id === pc.chain.id)?.__rel ?? null;
      },
    }),
  }),
});

/**
 * Where each batched connection of a park reads its page: one definition for the field's resolver
 * and for `park(id)`'s lookahead, so both ask the DataLoader with the same key.
 */
type ParkPageArgs = { includeSubParks?: boolean | null };
const parkPages = {
  enterprises: (args: ParkPageArgs) => ({ query: 'api/park-enterprise-page', params: { rollup: args.includeSubParks !== false } }),
  projects: (args: ParkPageArgs) => ({ query: 'api/park-project-page', params: { rollup: args.includeSubParks !== false } }),
} satisfies PagedFields;

ParkRef.implement({
  description: 'A park or zone (园区); sub-parks nest under their parent.',
  interfaces: [CitedRef],
  fields: (t) => ({
    name: t.exposeString('name'),
    nameEn: t.exposeString('nameEn', { nullable: true }),
    kind: t.field({ type: ParkKind, resolve: (p) => p.kind as 'etdz' }),
    level: t.exposeString('level', { nullable: true, description: 'national, provincial or municipal, when stated.' }),
    areaKm2: t.exposeFloat('areaKm2', { nullable: true }),
    established: t.exposeString('established', { nullable: true }),
    note: t.exposeString('note', { nullable: true }),
    region: t.field({
      type: RegionRef,
      nullable: true,
      resolve: (p, _a, ctx) => linkedOne<RegionRow>(ctx, p.id, 'IN_REGION', 'out', 'Region'),
    }),
    parent: t.field({
      type: ParkRef,
      nullable: true,
      resolve: (p, _a, ctx) => linkedOne<ParkRow>(ctx, p.id, 'SUB_PARK_OF', 'out', 'Park'),
    }),
    subParks: t.field({
      type: [ParkRef],
      resolve: (p, _a, ctx) => linked<ParkRow>(ctx, p.id, 'SUB_PARK_OF', 'in', 'Park'),
    }),
    chains: t.field({
      type: [ParkChainRef],
      description: 'The chains the park grows, lead chain first (`rank`); chains without a template only with includeEmpty.',
      args: { includeEmpty: t.arg.boolean({ defaultValue: false, description: 'Also list chains that have no segment yet.' }) },
      resolve: async (p, args, ctx) => (await parkChains(ctx, p.id, args.includeEmpty === true)).map((chain) => ({ chain, parkId: p.id })),
    }),
    leadChain: t.field({
      type: ChainRef,
      nullable: true,
      description:
        'The park’s lead chain: the first of its own chains (by `rank`, as the documents present them) that has a template; null when it grows none. Views open a park on it.',
      resolve: async (p, _a, ctx) => (await parkChains(ctx, p.id, false))[0] ?? null,
    }),
    // Connections, batched across parks: a list of parks asking for their enterprises costs one
    // statement (connection.ts batchedConnection).
    enterprises: t.connection(
      {
        type: EnterpriseRef,
        args: { includeSubParks: t.arg.boolean({ defaultValue: true, description: 'Include sub-parks (一区多园 roll-up).' }) },
        resolve: (p, args, ctx) => batchedConnection<EnterpriseRow>(ctx, parkPages.enterprises(args), p.id, args),
      },
      EnterpriseConnection,
    ),
    projects: t.connection(
      {
        type: ProjectRef,
        args: { includeSubParks: t.arg.boolean({ defaultValue: true, description: 'Include sub-parks (一区多园 roll-up).' }) },
        resolve: (p, args, ctx) => batchedConnection<ProjectRow>(ctx, parkPages.projects(args), p.id, args),
      },
      ProjectConnection,
    ),
    institutions: t.field({
      type: [InstitutionRef],
      resolve: (p, _a, ctx) => linked<InstitutionRow>(ctx, p.id, 'IN_PARK', 'in', 'Institution'),
    }),
    figures: t.field({ type: [FigureRef], resolve: (p, _a, ctx) => figuresOf(ctx, p.id) }),
  }),
});

const ParkConnection = connectionType<ParkRow>('Park', ParkRef);

builder.queryFields((t) => ({
  parks: t.field({
    type: [ParkRef],
    description:
      'Parks, optionally in a region (any level below it) and growing a chain. At most 200: page through `parksConnection` for more.',
    args: { regionId: t.arg.id(), chainId: t.arg.id() },
    resolve: async (_r, { regionId, chainId }, ctx) =>
      (
        await ctx.db.read<{ node: ParkRow }>('api/parks', {
          regionId: idOrNull(regionId),
          chainId: idOrNull(chainId),
        })
      ).map((r) => r.node),
  }),
  parksConnection: t.connection(
    {
      type: ParkRef,
      description:
        'Parks page by page, for a graph with more parks than `parks` returns. Sub-parks follow their top park. `query` matches the park’s name, English name or id, or the name of a region it lies in.',
      args: {
        regionId: t.arg.id({ description: 'In this region at any level below it.' }),
        chainId: t.arg.id({ description: 'Growing this chain.' }),
        query: t.arg.string({ description: 'Text the park’s or one of its regions’ name contains (blank: no filter).' }),
      },
      resolve: (_r, args, ctx) =>
        readConnection<ParkRow>(
          ctx,
          'api/parks-page',
          { regionId: idOrNull(args.regionId), chainId: idOrNull(args.chainId), query: filterText(args.query) },
          args,
        ),
    },
    ParkConnection,
  ),
  park: t.field({
    type: ParkRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    // With enterprises or projects selected, their pages are read first: they bring the park
    // with them (lookahead.ts), so the park costs no statement of its own.
    resolve: async (_r, { id }, ctx, info) => {
      const pages = prefetchPages(ctx, info, String(id), parkPages);
      if (pages) await pages;
      return nodeOf<ParkRow>(ctx, String(id), 'Park');
    },
  }),
}));
