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
import { dedupe, toGraphEdge, toGraphNode, type EdgeRow } from '../domain/graph-elements.js';
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

async function neighborhood(
  ctx: Context,
  id: string,
  depth: number,
  types: NodeTypeValue[],
  limit: number,
): Promise<GraphElementsRow | null> {
  const maxEdges = limit * EDGES_PER_NODE;
  const [row] = await ctx.db.read<{ truncated: boolean; nodes: NodeRow[]; edges: EdgeRow[] }>('api/neighborhood', {
    id,
    depth: int(depth),
    labels: types,
    limit: int(limit),
    maxEdges: int(maxEdges + 1),
  });
  if (!row) return null;
  const edges = row.edges;
  // Nodes come start first, then in the order the walk found them (closest first).
  return {
    nodes: row.nodes.map(toGraphNode),
    edges: dedupe(edges.slice(0, maxEdges).map(toGraphEdge)),
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
    resolve: (_r, args, ctx) => {
      const depth = args.depth ?? 1;
      const limit = args.limit ?? 200;
      checkRange('depth', depth, 1, MAX_DEPTH);
      checkRange('limit', limit, 1, MAX_NODES);
      return neighborhood(ctx, String(args.id), depth, typesOf(args.types), limit);
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
