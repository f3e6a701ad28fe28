// Object identification: `interface Node { id: ID! }` on every domain type, and node(id) /
// nodes(ids) through the request's node DataLoader. Ids are the nodes' own string ids, unique
// across types thanks to the :Entity label, so no "Type:id" encoding is needed: the concrete
// type comes from the node's Neo4j labels, which match the GraphQL type names.
import { badUserInput } from '../errors.js';
import { apiNodeLabels } from '../domain/vocabulary.js';
import { builder } from '../builder.js';
import type { NodeRow } from '../loaders.js';
import { CitedRef } from './cited.js';
import {
  CapacityRef,
  ChainRef,
  EnterpriseRef,
  FigureRef,
  InstitutionRef,
  ParkRef,
  ProjectRef,
  RegionRef,
  SegmentRef,
  SourceRef,
} from './refs.js';

/** Neo4j label = GraphQL type name, for every type that is a Node (domain/vocabulary.ts). */
export const nodeTypeNames = apiNodeLabels;

export { typeNameOf } from '../domain/graph-elements.js';
import { typeNameOf } from '../domain/graph-elements.js';

export const NodeRef = builder.interfaceRef<NodeRow>('Node').implement({
  description: 'Any domain node, found by its id with `node(id)`.',
  resolveType: (row) => typeNameOf(row),
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Unique across all types; stable.' }),
  }),
});

// Attach the interface to the domain types declared elsewhere (Cited itself is a Node too).
CitedRef.addInterfaces([NodeRef]);
for (const ref of [
  SourceRef,
  RegionRef,
  ChainRef,
  SegmentRef,
  ParkRef,
  EnterpriseRef,
  ProjectRef,
  InstitutionRef,
  FigureRef,
  CapacityRef,
]) {
  ref.addInterfaces([NodeRef]);
}

/** Most ids one nodes(ids) call takes (one statement either way; this bounds its size). */
const MAX_NODES = 500;

/** A node by id through the batch loader; null for unknown ids and non-domain nodes. */
async function loadNode(ctx: import('../context.js').Context, id: string): Promise<NodeRow | null> {
  const row = await ctx.loaders.node.load(id);
  return row && typeNameOf(row) ? row : null;
}

builder.queryFields((t) => ({
  node: t.field({
    type: NodeRef,
    nullable: true,
    description: 'Any node by id, whatever its type.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => loadNode(ctx, String(id)),
  }),
  nodes: t.field({
    type: [NodeRef],
    nullable: { list: false, items: true },
    description: 'Several nodes by id in one round trip, in the order asked; null where unknown.',
    args: { ids: t.arg.idList({ required: true }) },
    resolve: (_r, { ids }, ctx) => {
      if (ids.length > MAX_NODES) {
        throw badUserInput(`At most ${MAX_NODES} ids per request (got ${ids.length}).`);
      }
      return Promise.all(ids.map((id) => loadNode(ctx, String(id))));
    },
  }),
}));
