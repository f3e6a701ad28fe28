// Graph shapes for drawing: neighborhood(id, depth, types, limit) and paths(from, to, maxLength)
// return GraphElements (graph-elements.ts) the client hands to Cytoscape as they are.
//
// neighborhood walks breadth first (depth ≤ 3), keeping at most `limit` nodes, and fetches the
// nodes and every relationship among them in one statement (cypher/api/neighborhood.cypher): one
// round trip, whatever the depth or the size of the answer. Source, Figure
// and Capacity nodes are left out unless asked for: every node cites a source, and walking
// through sources would join everything to everything.
import { badUserInput } from '../errors.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { loadCypher } from '../db/cypher-files.js';
import { int } from '../db/executor.js';
import type { NodeRow } from '../loaders.js';
import { GraphElementsRef, type GraphEdgeRow, type GraphElementsRow, type GraphNodeRow } from './graph-elements.js';
import {
  dedupe,
  drawnEdge,
  drawnNode,
  toGraphEdge,
  toGraphNode,
  type DrawnEdgeTuple,
  type DrawnNodeTuple,
  type EdgeRow,
} from '../domain/graph-elements.js';
import { getNamedType, isObjectType, type GraphQLResolveInfo } from 'graphql';
import { selectedFields, selectedUnder } from './lookahead.js';
import { graphShapeLabels } from '../domain/vocabulary.js';
import { labelEnumValues } from './vocabulary-enums.js';

export const NodeType = builder.enumType('NodeType', {
  description: 'Domain node types, for restricting graph shapes.',
  values: labelEnumValues(graphShapeLabels, {
    Source: 'Only when asked for.',
    Figure: 'Only when asked for.',
    Capacity: 'Only when asked for.',
  }),
});
type NodeTypeValue = (typeof graphShapeLabels)[number];

const DEFAULT_TYPES: NodeTypeValue[] = graphShapeLabels.slice(0, 7);
export const MAX_DEPTH = 3;
export const MAX_PATH_LENGTH = 6;
export const MAX_NODES = 1000;
export const MAX_PATHS = 100;
/** A path search that takes longer than this is cut by the database (DbError), not left running. */
const PATHS_TIMEOUT_MS = 10_000;
/** Edges kept per node allowed, so a dense neighbourhood cannot return an unbounded edge list. */
const EDGES_PER_NODE = 5;

const badInput = (message: string) => badUserInput(message);

function checkRange(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) throw badInput(`"${name}" must be between ${min} and ${max} (got ${value}).`);
}

function typesOf(types: readonly NodeTypeValue[] | null | undefined): NodeTypeValue[] {
  return types && types.length > 0 ? [...types] : DEFAULT_TYPES;
}

/**
 * Whether the query asks for `data` on the nodes or edges it draws (any alias or fragment). The
 * explorer does not: then the statement sends each node and edge as a list of what is drawn
 * instead of every property (docs/performance.md, session 22).
 */
function asksForData(info: GraphQLResolveInfo): boolean {
  const elements = getNamedType(info.returnType);
  if (!isObjectType(elements)) return true;
  const fields = elements.getFields();
  return selectedFields(info, elements, DRAWN).some((field) => {
    const type = getNamedType(fields[field.name.value]!.type);
    return !isObjectType(type) || selectedUnder(info, [field.selectionSet], type, DATA).length > 0;
  });
}
const DRAWN = new Set(['nodes', 'edges']);
const DATA = new Set(['data']);

async function neighborhood(
  ctx: Context,
  id: string,
  depth: number,
  types: NodeTypeValue[],
  limit: number,
  withData: boolean,
): Promise<GraphElementsRow | null> {
  const maxEdges = limit * EDGES_PER_NODE;
  type Row<N, E> = { truncated: boolean; nodes: N[]; edges: E[] };
  const [row] = await ctx.db.read<Row<NodeRow, EdgeRow> | Row<DrawnNodeTuple, DrawnEdgeTuple>>('api/neighborhood', {
    id,
    depth: int(depth),
    labels: types,
    limit: int(limit),
    maxEdges: int(maxEdges + 1),
    withData,
  });
  if (!row) return null;
  const nodes = withData ? (row.nodes as NodeRow[]).map(toGraphNode) : (row.nodes as DrawnNodeTuple[]).map(drawnNode);
  const edges = withData ? (row.edges as EdgeRow[]).map(toGraphEdge) : (row.edges as DrawnEdgeTuple[]).map(drawnEdge);
  // Nodes come start first, then in the order the walk found them (closest first).
  return {
    nodes,
    edges: dedupe(edges.slice(0, maxEdges)),
    truncated: row.truncated || edges.length > maxEdges,
  };
}

async function paths(
  ctx: Context,
  from: string,
  to: string,
  maxLength: number,
  types: NodeTypeValue[],
  limit: number,
): Promise<GraphElementsRow> {
  const ends = await ctx.loaders.node.loadMany([from, to]);
  const labels = new Set<string>(types);
  for (const end of ends) {
    if (!end || end instanceof Error) return { nodes: [], edges: [], truncated: false }; // an unknown end: no path
    for (const l of end.__labels ?? []) if (l !== 'Entity') labels.add(l);
  }
  const file = loadCypher('api/paths');
  // The bound of a variable-length pattern cannot be a parameter: narrow the file's literal.
  const text = file.sent.replace('[*..6]', `[*..${maxLength}]`);
  const rows = await ctx.db.read<{ nodes: NodeRow[]; edges: EdgeRow[] }>(
    { text, name: file.name },
    { from, to, labels: [...labels], max: int(limit + 1) },
    { timeoutMs: PATHS_TIMEOUT_MS },
  );
  const nodes = new Map<string, GraphNodeRow>();
  const edges: GraphEdgeRow[] = [];
  for (const path of rows.slice(0, limit)) {
    for (const n of path.nodes) if (!nodes.has(n.id)) nodes.set(n.id, toGraphNode(n));
    edges.push(...path.edges.map(toGraphEdge));
  }
  return { nodes: [...nodes.values()], edges: dedupe(edges), truncated: rows.length > limit };
}

builder.queryFields((t) => ({
  neighborhood: t.field({
    type: GraphElementsRef,
    nullable: true,
    description:
      'The nodes within `depth` hops of a node (only of `types`; default: all but Source, Figure and Capacity) ' +
      'and the links among them, closest first; `truncated` when `limit` cut it. Null for an unknown id.',
    args: {
      id: t.arg.id({ required: true }),
      depth: t.arg.int({ defaultValue: 1, description: `1 to ${MAX_DEPTH}.` }),
      types: t.arg({ type: [NodeType] }),
      limit: t.arg.int({ defaultValue: 200, description: `Most nodes returned, the start included (1 to ${MAX_NODES}).` }),
    },
    resolve: (_r, args, ctx, info) => {
      const depth = args.depth ?? 1;
      const limit = args.limit ?? 200;
      checkRange('depth', depth, 1, MAX_DEPTH);
      checkRange('limit', limit, 1, MAX_NODES);
      return neighborhood(ctx, String(args.id), depth, typesOf(args.types), limit, asksForData(info));
    },
  }),
  paths: t.field({
    type: GraphElementsRef,
    description:
      'The shortest paths (all of them, up to `limit`) between two nodes, at most `maxLength` hops, through nodes ' +
      'of `types` (default: all but Source, Figure and Capacity). Empty when there is none that short.',
    args: {
      from: t.arg.id({ required: true }),
      to: t.arg.id({ required: true }),
      maxLength: t.arg.int({ defaultValue: 4, description: `1 to ${MAX_PATH_LENGTH}.` }),
      types: t.arg({ type: [NodeType] }),
      limit: t.arg.int({ defaultValue: 10, description: `Most paths returned (1 to ${MAX_PATHS}).` }),
    },
    resolve: (_r, args, ctx) => {
      const maxLength = args.maxLength ?? 4;
      const limit = args.limit ?? 10;
      checkRange('maxLength', maxLength, 1, MAX_PATH_LENGTH);
      checkRange('limit', limit, 1, MAX_PATHS);
      const from = String(args.from);
      const to = String(args.to);
      if (from === to) throw badInput('"from" and "to" are the same node.');
      return paths(ctx, from, to, maxLength, typesOf(args.types), limit);
    },
  }),
}));
