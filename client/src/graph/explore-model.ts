// The Explore canvas as plain data: which nodes and edges are on it, which are hidden or pinned,
// which layout arranges them, and an undo stack. Every operation is a pure function returning a
// new state, so undo is "go back to the state before" and tests need no Cytoscape.
import type { ExploreLayoutName } from './explore-layouts';

export interface ExploreNode {
  id: string;
  /** Domain type: Enterprise, Segment, Park, Chain, Project, Institution, Region. */
  type: string;
  label: string;
  labelEn: string | null;
  stage?: string | null;
}

export interface ExploreEdge {
  id: string;
  source: string;
  target: string;
  /** Relationship type: FEEDS, LOCATED_IN, IN_SEGMENT … */
  type: string;
  crossChain?: boolean | null;
  inferred?: boolean | null;
}

/** What the API's neighborhood and paths answer (GraphElements), reduced to what we draw. */
export interface GraphChunk {
  nodes: ExploreNode[];
  edges: ExploreEdge[];
  truncated: boolean;
}

/** One neighbourhood fetch: which node, how deep, which node types (empty: the API's default). */
export interface Expansion {
  id: string;
  depth: number;
  types: string[];
}

/** One path search between two nodes, at most `maxLength` hops. */
export interface PathSearch {
  from: string;
  to: string;
  maxLength: number;
}

export type OperationKind = 'expand' | 'paths' | 'hide' | 'show' | 'pin' | 'layout';

interface Snapshot {
  nodes: Record<string, ExploreNode>;
  edges: Record<string, ExploreEdge>;
  expansions: Expansion[];
  pathSearches: PathSearch[];
  hidden: string[];
  pinned: string[];
  layout: ExploreLayoutName;
}

export interface ExploreState extends Snapshot {
  /** The node exploration started from. */
  focus: string;
  /** Newest last; each entry is the state before that operation. */
  undoStack: { kind: OperationKind; before: Snapshot }[];
}

/** Undo is bounded: a long session should not keep every intermediate canvas alive. */
export const MAX_UNDO = 50;

export function createExplore(focus: string, layout: ExploreLayoutName = 'cose'): ExploreState {
  return { focus, nodes: {}, edges: {}, expansions: [], pathSearches: [], hidden: [], pinned: [], layout, undoStack: [] };
}

function snapshot(s: ExploreState): Snapshot {
  const { nodes, edges, expansions, pathSearches, hidden, pinned, layout } = s;
  return { nodes, edges, expansions, pathSearches, hidden, pinned, layout };
}

/** Applies a change and records the state before it, so `undo` can restore it. */
function record(s: ExploreState, kind: OperationKind, patch: Partial<Snapshot>): ExploreState {
  const undoStack = [...s.undoStack, { kind, before: snapshot(s) }].slice(-MAX_UNDO);
  return { ...s, ...patch, undoStack };
}

function merge(s: ExploreState, chunk: GraphChunk): Pick<Snapshot, 'nodes' | 'edges' | 'hidden'> {
  const nodes = { ...s.nodes };
  for (const n of chunk.nodes) nodes[n.id] = n;
  const edges = { ...s.edges };
  for (const e of chunk.edges) if (nodes[e.source] && nodes[e.target]) edges[e.id] = e;
  // Fetched again on purpose: what an expansion brings back is shown, even if hidden before.
  const brought = new Set(chunk.nodes.map((n) => n.id));
  return { nodes, edges, hidden: s.hidden.filter((id) => !brought.has(id)) };
}

const sameExpansion = (a: Expansion, b: Expansion) => a.id === b.id && a.depth === b.depth && a.types.join() === b.types.join();

/** Adds a node's neighbourhood (the API's answer for `expansion`). */
export function expand(s: ExploreState, expansion: Expansion, chunk: GraphChunk): ExploreState {
  const expansions = s.expansions.some((e) => sameExpansion(e, expansion)) ? s.expansions : [...s.expansions, expansion];
  return record(s, 'expand', { ...merge(s, chunk), expansions });
}

/** Adds the nodes and edges of the paths found by `search`. */
export function addPaths(s: ExploreState, search: PathSearch, chunk: GraphChunk): ExploreState {
  const known = s.pathSearches.some((p) => p.from === search.from && p.to === search.to && p.maxLength === search.maxLength);
  return record(s, 'paths', { ...merge(s, chunk), pathSearches: known ? s.pathSearches : [...s.pathSearches, search] });
}

export function hide(s: ExploreState, ids: string[]): ExploreState {
  const add = ids.filter((id) => s.nodes[id] && !s.hidden.includes(id));
  if (add.length === 0) return s;
  return record(s, 'hide', { hidden: [...s.hidden, ...add] });
}

export function showAll(s: ExploreState): ExploreState {
  if (s.hidden.length === 0) return s;
  return record(s, 'show', { hidden: [] });
}

export function togglePin(s: ExploreState, id: string): ExploreState {
  if (!s.nodes[id]) return s;
  const pinned = s.pinned.includes(id) ? s.pinned.filter((p) => p !== id) : [...s.pinned, id];
  return record(s, 'pin', { pinned });
}

export function setLayout(s: ExploreState, layout: ExploreLayoutName): ExploreState {
  // Re-choosing the current layout re-runs it (the view does that), but is not a change to undo.
  if (layout === s.layout) return s;
  return record(s, 'layout', { layout });
}

export function canUndo(s: ExploreState): boolean {
  return s.undoStack.length > 0;
}

/** The kind of operation the next undo reverts, for the button's label. */
export function lastOperation(s: ExploreState): OperationKind | null {
  return s.undoStack.at(-1)?.kind ?? null;
}

export function undo(s: ExploreState): ExploreState {
  const last = s.undoStack.at(-1);
  if (!last) return s;
  return { ...s, ...last.before, undoStack: s.undoStack.slice(0, -1) };
}

/** What is drawn: nodes not hidden, and edges whose two ends are both drawn. */
export function visibleGraph(s: ExploreState): { nodes: ExploreNode[]; edges: ExploreEdge[] } {
  const hidden = new Set(s.hidden);
  const nodes = Object.values(s.nodes).filter((n) => !hidden.has(n.id));
  const edges = Object.values(s.edges).filter((e) => !hidden.has(e.source) && !hidden.has(e.target));
  return { nodes, edges };
}

/**
 * The separate paths inside a `paths` answer. The API returns all shortest paths merged into one
 * node and edge list; they all have the same length, so walking from `from` one layer of BFS
 * distance at a time and keeping only the steps that get one hop closer to `to` recovers them.
 */
export function splitPaths(chunk: GraphChunk, from: string, to: string, limit = 20): string[][] {
  const adjacent = new Map<string, string[]>();
  const link = (a: string, b: string) => adjacent.set(a, [...(adjacent.get(a) ?? []), b]);
  for (const e of chunk.edges) {
    link(e.source, e.target);
    link(e.target, e.source);
  }
  // Distance of every node to `to`, walking edges either way (the API ignores direction too).
  const dist = new Map<string, number>([[to, 0]]);
  let frontier = [to];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier)
      for (const n of adjacent.get(id) ?? [])
        if (!dist.has(n)) {
          dist.set(n, dist.get(id)! + 1);
          next.push(n);
        }
    frontier = next;
  }
  if (!dist.has(from) || from === to) return [];
  const out: string[][] = [];
  const walk = (path: string[]) => {
    if (out.length >= limit) return;
    const here = path.at(-1)!;
    if (here === to) {
      out.push(path);
      return;
    }
    const d = dist.get(here)!;
    const steps = [...new Set(adjacent.get(here) ?? [])].filter((n) => dist.get(n) === d - 1).sort();
    for (const n of steps) walk([...path, n]);
  };
  walk([from]);
  return out;
}

/** The edges of the canvas that join consecutive nodes of a path (either direction). */
export function pathEdgeIds(s: Pick<ExploreState, 'edges'>, path: string[]): string[] {
  const ids: string[] = [];
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1]!;
    const b = path[i]!;
    for (const e of Object.values(s.edges)) if ((e.source === a && e.target === b) || (e.source === b && e.target === a)) ids.push(e.id);
  }
  return ids;
}

export type Load = { kind: 'expand'; expansion: Expansion; chunk: GraphChunk } | { kind: 'paths'; search: PathSearch; chunk: GraphChunk };

/**
 * The canvas a URL describes: the focus's neighbourhood, then each recorded expansion and path
 * search, then the hidden nodes. Not undoable: it is where the session starts.
 */
export function buildExplore(focus: string, layout: ExploreLayoutName, start: GraphChunk, loads: Load[], hidden: string[]): ExploreState {
  let s: ExploreState = { ...createExplore(focus, layout), ...merge(createExplore(focus), start) };
  for (const load of loads) s = load.kind === 'expand' ? expand(s, load.expansion, load.chunk) : addPaths(s, load.search, load.chunk);
  return { ...s, hidden: hidden.filter((id) => s.nodes[id] && id !== focus), undoStack: [] };
}
