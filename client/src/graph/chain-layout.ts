import { defaults, type LayoutOptions } from './defaults';
import { STAGES, type Stage } from './types';

/**
 * Deterministic layered ("fishbone" / swimlane) layout, computed from data
 * only — stage, order, parent and flows; no rendering, no randomness — so a
 * chain looks the same on every visit and lays out in milliseconds even at
 * thousands of nodes (O((V + E) log V) per sweep, a handful of sweeps).
 *
 *   ghost-in │ UPSTREAM lane   │ MIDSTREAM lane │ DOWNSTREAM lane │ ghost-out
 *            │ col0 col1 col2  │ col0 col1      │ col0 col1       │
 *
 * 1. Units. A top-level segment and its sub-segments (same stage) form one
 *    unit: a block in one column, parent on top, children stacked right below
 *    it, indented. Flows to or from a sub-segment count as its unit's.
 * 2. Columns. Stages are lanes, strictly left to right. Within a lane, a unit's
 *    column is its longest-path depth in the lane's flow graph (cycles broken
 *    deterministically by a DFS in (order, id) order), so whatever feeds a
 *    unit within its lane always sits in a column to its left. Then two
 *    pulls toward the consumers, which keep that invariant: a unit with no
 *    in-lane consumer that feeds a later lane moves to the lane's last column
 *    (next to what it feeds), and a unit with no in-lane supplier moves right
 *    up to just before its nearest in-lane consumer. So the six module
 *    materials of a PV chain share one column instead of six.
 * 3. Rows. Barycentre sweeps (down, up, …, down) over all flows, across lanes:
 *    each unit wants the mean y of its neighbours in the previous columns
 *    (then the next ones); a column is sorted by that (ties: order, then id)
 *    and then placed as close to the wanted ys as the no-overlap constraint
 *    allows (isotonic regression, exact and O(n)).
 * 4. Ghosts (segments of other chains) get their own columns outside the
 *    lanes: suppliers on the left, consumers on the right, level with the
 *    segments they link to.
 */

export interface LayoutSegment {
  id: string;
  stage: Stage;
  order: number;
  parentId: string | null;
}

/** A flow between two segments; ends that are not in `segments` are ignored. */
export interface LayoutFlow {
  fromId: string;
  toId: string;
}

export interface LayoutGhost {
  id: string;
  /** 'in': it feeds this chain (drawn left); 'out': this chain feeds it (right). */
  side: 'in' | 'out';
  /** Ids of this chain's segments it connects to; it is placed level with them. */
  anchors: string[];
}

export interface Position {
  x: number;
  y: number;
}

const byOrderThenId = (a: LayoutSegment, b: LayoutSegment) => a.order - b.order || compareIds(a.id, b.id);

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Unknown stages (a newer server) go to the middle rather than breaking the map. */
function laneOf(stage: Stage): number {
  const i = STAGES.indexOf(stage);
  return i >= 0 ? i : STAGES.indexOf('MIDSTREAM');
}

/** Horizontal distance between column centres. Sub-segments are narrower
 *  (indented on the left, same right edge), so nesting costs no width. */
export function columnPitch(options: LayoutOptions): number {
  return options.nodeWidth + options.columnGap;
}

/** Width of a node at a given nesting depth (0: top level); see columnPitch. */
export function nodeWidthAt(depth: number, options: LayoutOptions = defaults.layout): number {
  return options.nodeWidth - Math.min(depth, options.maxIndentDepth) * options.childIndent;
}

interface Member {
  seg: LayoutSegment;
  depth: number;
}

interface Unit {
  index: number;
  root: LayoutSegment;
  members: Member[];
  lane: number;
  /** Column within the lane, then across the whole map. */
  depth: number;
  column: number;
  /** Neighbours by flow (any lane), deduplicated, sorted by index. */
  neighbours: Unit[];
  /** In-lane flow graph after cycle breaking. */
  inPreds: Unit[];
  inSuccs: Unit[];
  feedsLaterLane: boolean;
  /** y of the unit's top row (its root segment). */
  y: number;
  key: number;
}

/**
 * Groups segments into units (parent + same-lane sub-segments, depth first),
 * in (order, id) order. Duplicate ids: the first in that order wins. Segments
 * caught in a parent cycle are promoted to roots, so nothing disappears.
 */
function buildUnits(segments: readonly LayoutSegment[]): { seg: LayoutSegment; members: Member[] }[] {
  const sorted = [...segments].sort(byOrderThenId);
  const byId = new Map<string, LayoutSegment>();
  for (const s of sorted) if (!byId.has(s.id)) byId.set(s.id, s);
  const unique = [...byId.values()];

  // A sub-segment joins its parent's block only within the same lane;
  // otherwise it would break the left-to-right stage order.
  const columnParent = (s: LayoutSegment): LayoutSegment | undefined => {
    const parent = s.parentId ? byId.get(s.parentId) : undefined;
    return parent && parent !== s && laneOf(parent.stage) === laneOf(s.stage) ? parent : undefined;
  };
  const children = new Map<string, LayoutSegment[]>();
  const roots: LayoutSegment[] = [];
  for (const s of unique) {
    const parent = columnParent(s);
    if (parent) {
      const list = children.get(parent.id);
      if (list) list.push(s);
      else children.set(parent.id, [s]);
    } else roots.push(s);
  }

  const seen = new Set<string>();
  const subtree = (root: LayoutSegment): Member[] => {
    const out: Member[] = [];
    // Explicit stack (deep hierarchies must not overflow the call stack);
    // children pushed in reverse so they come out in (order, id) order.
    const stack: Member[] = [{ seg: root, depth: 0 }];
    while (stack.length > 0) {
      const m = stack.pop()!;
      if (seen.has(m.seg.id)) continue;
      seen.add(m.seg.id);
      out.push(m);
      const kids = children.get(m.seg.id) ?? [];
      for (let i = kids.length - 1; i >= 0; i--) stack.push({ seg: kids[i]!, depth: m.depth + 1 });
    }
    return out;
  };
  const groups = roots.map((r) => ({ seg: r, members: subtree(r) }));
  for (const s of unique) if (!seen.has(s.id)) groups.push({ seg: s, members: subtree(s) });
  return groups.filter((g) => g.members.length > 0);
}

/** Nesting depth of every segment as the layout draws it (0: top level). */
export function segmentDepths(segments: readonly LayoutSegment[]): Map<string, number> {
  const depths = new Map<string, number>();
  for (const g of buildUnits(segments)) for (const m of g.members) depths.set(m.seg.id, m.depth);
  return depths;
}

export function layoutChain(
  segments: readonly LayoutSegment[],
  flows: readonly LayoutFlow[] = [],
  ghosts: readonly LayoutGhost[] = [],
  options: LayoutOptions = defaults.layout,
): Map<string, Position> {
  const positions = new Map<string, Position>();
  const step = options.nodeHeight + options.rowGap;

  const units: Unit[] = buildUnits(segments).map((g, index) => ({
    index,
    root: g.seg,
    members: g.members,
    lane: laneOf(g.seg.stage),
    depth: 0,
    column: 0,
    neighbours: [],
    inPreds: [],
    inSuccs: [],
    feedsLaterLane: false,
    y: 0,
    key: 0,
  }));
  const unitOf = new Map<string, Unit>();
  for (const u of units) for (const m of u.members) unitOf.set(m.seg.id, u);

  // Unit-level flow graph, deduplicated.
  const pairs = new Set<number>();
  const n = units.length;
  const inLaneSuccs: Unit[][] = units.map(() => []);
  for (const f of flows) {
    const a = unitOf.get(f.fromId);
    const b = unitOf.get(f.toId);
    if (!a || !b || a === b) continue;
    const key = a.index * n + b.index;
    if (pairs.has(key)) continue;
    pairs.add(key);
    if (!pairs.has(b.index * n + a.index)) {
      a.neighbours.push(b);
      b.neighbours.push(a);
    }
    if (a.lane === b.lane) inLaneSuccs[a.index]!.push(b);
    else if (a.lane < b.lane) a.feedsLaterLane = true;
  }
  const byIndex = (p: Unit, q: Unit) => p.index - q.index;
  for (const u of units) u.neighbours.sort(byIndex);
  for (const list of inLaneSuccs) list.sort(byIndex);

  // Columns, lane by lane.
  const laneUnits = STAGES.map((_, lane) => units.filter((u) => u.lane === lane));
  let columnCursor = 0;
  const columnX: number[] = [];
  const pitch = columnPitch(options);
  let laneCursorX = 0;
  for (const lane of laneUnits) {
    if (lane.length === 0) continue;
    const topo = breakCyclesAndSort(lane, inLaneSuccs);
    for (const u of topo) for (const s of u.inSuccs) s.depth = Math.max(s.depth, u.depth + 1);
    const last = Math.max(...lane.map((u) => u.depth));
    for (const u of lane) if (u.inSuccs.length === 0 && u.feedsLaterLane) u.depth = last;
    for (let i = topo.length - 1; i >= 0; i--) {
      const u = topo[i]!;
      if (u.inPreds.length > 0 || u.inSuccs.length === 0) continue;
      u.depth = Math.min(...u.inSuccs.map((s) => s.depth)) - 1;
    }
    for (const u of lane) u.column = columnCursor + u.depth;
    for (let d = 0; d <= last; d++) columnX.push(laneCursorX + d * pitch);
    columnCursor += last + 1;
    laneCursorX += (last + 1) * pitch + options.laneGap;
  }

  const columns: Unit[][] = columnX.map(() => []);
  for (const u of units) columns[u.column]!.push(u);

  const sizeOf = (u: Unit) => u.members.length;
  const place = (column: Unit[]) => {
    const seps: number[] = [];
    for (let i = 0; i + 1 < column.length; i++) {
      const a = column[i]!;
      const b = column[i + 1]!;
      seps.push(sizeOf(a) * step + (sizeOf(a) > 1 || sizeOf(b) > 1 ? options.groupGap : 0));
    }
    const ys = isotonicPlace(
      column.map((u) => u.key),
      seps,
    );
    column.forEach((u, i) => (u.y = ys[i]!));
  };
  const sortColumn = (column: Unit[]) => column.sort((a, b) => a.key - b.key || byOrderThenId(a.root, b.root));

  // Initial rows: (order, id), each column centred on y = 0.
  for (const column of columns) {
    let y = 0;
    column.forEach((u, i) => {
      u.key = y;
      y += sizeOf(u) * step + (i + 1 < column.length ? options.groupGap : 0);
    });
    const shift = (y - step) / 2;
    for (const u of column) u.key -= shift;
    place(column);
  }

  // Barycentre sweeps: down, up, down, up, down (more rarely changes a chain map).
  const sweep = (forward: boolean) => {
    const order = columns.map((_, i) => (forward ? i : columns.length - 1 - i));
    for (const c of order) {
      const column = columns[c]!;
      for (const u of column) {
        let sum = 0;
        let count = 0;
        for (const v of u.neighbours) {
          if (forward ? v.column < c : v.column > c) {
            sum += v.y;
            count++;
          }
        }
        u.key = count > 0 ? sum / count : u.y;
      }
      sortColumn(column);
      place(column);
    }
  };
  for (const forward of [true, false, true, false, true]) sweep(forward);

  for (const column of columns) {
    for (const u of column) {
      const x = columnX[u.column]!;
      u.members.forEach((m, j) => {
        // Narrower by the indent, right edges aligned: see nodeWidthAt.
        const indent = options.nodeWidth - nodeWidthAt(m.depth, options);
        positions.set(m.seg.id, { x: Math.round(x + indent / 2), y: Math.round(u.y + j * step) });
      });
    }
  }

  const firstX = columnX[0] ?? 0;
  const lastX = columnX[columnX.length - 1] ?? 0;
  const ghostOffset = options.nodeWidth / 2 + options.columnGap + options.ghostGap + options.ghostWidth / 2;
  const ghostX = { in: firstX - ghostOffset, out: lastX + ghostOffset };
  for (const side of ['in', 'out'] as const) {
    // First occurrence wins, so a ghost listed twice is still placed once.
    const ids = new Set<string>();
    const column = ghosts.filter((g) => g.side === side && !positions.has(g.id) && !ids.has(g.id) && ids.add(g.id));
    placeGhostColumn(column, ghostX[side], positions, step);
  }
  return positions;
}

/**
 * Depth-first search over a lane's units in (order, id) order; an edge back to
 * a unit still on the stack would close a cycle and is dropped. Fills inPreds
 * and inSuccs with the kept edges and returns the units in topological order.
 */
function breakCyclesAndSort(lane: Unit[], succs: Unit[][]): Unit[] {
  const state = new Map<Unit, 1 | 2>(); // 1: on stack, 2: done
  const post: Unit[] = [];
  for (const start of lane) {
    if (state.has(start)) continue;
    const stack: { u: Unit; i: number }[] = [{ u: start, i: 0 }];
    state.set(start, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const next = succs[top.u.index]![top.i++];
      if (next === undefined) {
        state.set(top.u, 2);
        post.push(top.u);
        stack.pop();
        continue;
      }
      const s = state.get(next);
      if (s === 1) continue; // back edge: dropped
      top.u.inSuccs.push(next);
      next.inPreds.push(top.u);
      if (s === undefined) {
        state.set(next, 1);
        stack.push({ u: next, i: 0 });
      }
    }
  }
  return post.reverse();
}

/**
 * Positions in a fixed top-to-bottom order, each as close as possible (least
 * squares) to its wanted y, with at least seps[i] between item i and i + 1:
 * pool-adjacent-violators on y_i − (sum of seps before i).
 */
function isotonicPlace(wanted: readonly number[], seps: readonly number[]): number[] {
  const offsets: number[] = [0];
  for (let i = 0; i < seps.length; i++) offsets.push(offsets[i]! + seps[i]!);
  const blocks: { sum: number; count: number }[] = [];
  for (let i = 0; i < wanted.length; i++) {
    blocks.push({ sum: wanted[i]! - offsets[i]!, count: 1 });
    while (blocks.length > 1) {
      const b = blocks[blocks.length - 1]!;
      const a = blocks[blocks.length - 2]!;
      if (a.sum / a.count <= b.sum / b.count) break;
      a.sum += b.sum;
      a.count += b.count;
      blocks.pop();
    }
  }
  const out: number[] = [];
  for (const b of blocks) {
    const value = b.sum / b.count;
    for (let k = 0; k < b.count; k++) out.push(value + offsets[out.length]!);
  }
  return out;
}

/** Places ghosts level with the average of their anchors, without overlaps. */
function placeGhostColumn(ghosts: readonly LayoutGhost[], x: number, positions: Map<string, Position>, step: number): void {
  const wanted = ghosts
    .map((g) => {
      const ys = g.anchors.flatMap((a) => {
        const p = positions.get(a);
        return p ? [p.y] : [];
      });
      const y = ys.length > 0 ? ys.reduce((sum, v) => sum + v, 0) / ys.length : 0;
      return { id: g.id, y };
    })
    .sort((a, b) => a.y - b.y || compareIds(a.id, b.id));
  const ys = isotonicPlace(
    wanted.map((w) => w.y),
    wanted.slice(1).map(() => step),
  );
  wanted.forEach((w, i) => positions.set(w.id, { x, y: Math.round(ys[i]!) }));
}
