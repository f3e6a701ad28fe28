// What an anonymous request may ask, decided in one place for the whole operation before it
// runs (PUBLIC_READ): instead of checks sprinkled over resolvers, every field the operation
// selects is looked up as `Type.field` and refused with UNAUTHENTICATED unless the policy opens
// it. Signed-in viewers pass through; finer role checks (analyst, editor, admin) are declared on
// the fields (`authScopes`, builder.ts), so they hold even with PUBLIC_READ=all. The resulting
// surface is listed in server/test/public-surface.txt (auth/surface.ts; a test compares).
import {
  type GraphQLError,
  getNamedType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import { chosenOperation } from '../limits/chosen-operation.js';
import { unauthenticated } from './authenticate.js';

export const publicReadModes = ['none', 'chain-map', 'all'] as const;
export type PublicRead = (typeof publicReadModes)[number];

/** Always open: signing in, asking who you are, and the type name. */
const alwaysOpen: Record<string, readonly string[]> = {
  Query: ['me'],
  Mutation: ['signIn', 'signOut'],
  SignInResult: ['token', 'expiresAt', 'me'],
  Me: ['id', 'username', 'role', 'via'],
};

/**
 * The public, embeddable chain map: chains with their segments (names, stages, order, nesting,
 * neighbours) and flows, and `chainMap`'s drawing elements. Enterprises, projects, parks and
 * everything else need a signed-in viewer. A field added later to one of these types is closed
 * until it is listed here — the safe default.
 */
const chainMapOpen: Record<string, readonly string[] | '*'> = {
  Query: ['chains', 'chain', 'segment', 'chainMap', 'regionOverview'],
  Chain: ['id', 'name', 'nameEn', 'description', 'descriptionEn', 'segments', 'flows', 'sources'],
  Segment: [
    'id',
    'name',
    'nameEn',
    'note',
    'stage',
    'order',
    'parentId',
    'parent',
    'children',
    'chainId',
    'chain',
    'upstream',
    'downstream',
    'products',
    'enterpriseCount',
    'sources',
  ],
  SegmentFlow: '*',
  Source: '*',
  // chainMap's result (// public: chain map)
  GraphElements: '*',
  GraphNode: '*',
  GraphEdge: '*',
  // chainMap's span of dated evidence, for the year slider; dates only, no names.
  DateRange: '*',
  // chainMap's completeness for a park or region: the same figure gapReport gives, computed from
  // the statuses the map already shows (weights and segment ids, no names of firms).
  Completeness: '*',
  // chainMap's scope, by name: a public map of a park's statuses says which park it is. Park and
  // region names are public facts of the source documents (docs/security.md, Public surface);
  // the Park and Region types themselves stay closed.
  ChainMapScope: '*',
  CompletenessPart: '*',
  // regionOverview: chainMap's region (and park) scope for every templated chain at once — the
  // same names and completeness, plus how many parks and firms it counts (firm names are on the
  // public maps already). No money, and the Region and Park types stay closed.
  RegionOverview: '*',
  RegionOverviewPlace: '*',
  RegionChainFigure: '*',
  RegionStep: '*',
};

export function isOpen(policy: PublicRead, operation: OperationDefinitionNode['operation'], type: string, field: string): boolean {
  if (field === '__typename' || type.startsWith('__') || field === '__schema' || field === '__type') return true;
  if (alwaysOpen[type]?.includes(field)) return true;
  if (policy === 'all') return operation === 'query';
  if (policy === 'chain-map') {
    const open = chainMapOpen[type];
    return open === '*' || (open?.includes(field) ?? false);
  }
  return false;
}

/** The first field (as `Type.field`) the policy closes to anonymous users, or null. */
export function firstClosedField(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  policy: PublicRead,
): string | null {
  const chosen = chosenOperation(document, operationName);
  if (!chosen) return null;
  // Fragments are checked wherever they are defined (an unused one is a validation error anyway).
  const { operation, only: checked } = chosen;
  const typeInfo = new TypeInfo(schema);
  let closed: string | null = null;
  visit(
    checked,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (closed) return false;
        const parent = typeInfo.getParentType();
        if (!parent) return undefined;
        const type = getNamedType(parent).name;
        if (!isOpen(policy, operation.operation, type, node.name.value)) {
          closed = `${type}.${node.name.value}`;
          return false;
        }
        return undefined;
      },
    }),
  );
  return closed;
}

/** The yoga plugin: refuses an anonymous operation that selects a closed field. */
export function publicReadPlugin(policy: PublicRead): Plugin<Context> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const viewer = (args.contextValue as Context).viewer;
      if (viewer.role !== null) return;
      const field = firstClosedField(args.schema, args.document, args.operationName, policy);
      if (field === null) return;
      const error: GraphQLError = unauthenticated(`Sign in to read ${field}.`);
      setResultAndStopExecution({ errors: [error] });
    },
  };
}
