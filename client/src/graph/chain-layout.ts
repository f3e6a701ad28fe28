import { STAGES, type Stage } from '../api/types';
import { defaults, type LayoutOptions } from './defaults';

/**
 * Deterministic layered layout, computed from data only (no rendering, no
 * randomness), so a chain looks the same on every visit and lays out instantly.
 *
 *   ghost-in │ UPSTREAM lane │ MIDSTREAM lane │ DOWNSTREAM lane │ ghost-out
 *            │ col  col      │ col            │ col  col        │
 *
 * - Each stage is a swimlane; within it, every distinct `order` of top-level
 *   segments is a column (so x follows stage, then order).
 * - A column stacks its segments vertically, centred on y = 0; each segment is
 *   followed by its sub-segments, indented, so parent and children sit together.
 * - Ghosts (segments of other chains) get their own outer columns: suppliers
 *   on the left, customers on the right, each near the segments it links to.
 */

export interface LayoutSegment {
  id: string;
  stage: Stage;
  order: number;
  parentId: string | null;
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

const byOrderThenId = (a: LayoutSegment, b: LayoutSegment) =>
  a.order - b.order || compareIds(a.id, b.id);

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Unknown stages (a newer server) go to the middle rather than breaking the map. */
function laneOf(stage: Stage): Stage {
  return STAGES.includes(stage) ? stage : 'MIDSTREAM';
}

/** Horizontal distance between column anchors: the widest indented node plus the gap. */
export function columnPitch(options: LayoutOptions): number {
  return options.nodeWidth + options.maxIndentDepth * options.childIndent + options.columnGap;
}

export function layoutChain(
  segments: readonly LayoutSegment[],
  ghosts: readonly LayoutGhost[] = [],
  options: LayoutOptions = defaults.layout,
): Map<string, Position> {
  const positions = new Map<string, Position>();
  const byId = new Map(segments.map((s) => [s.id, s]));

  // A sub-segment joins its parent's column only within the same stage;
  // otherwise it would break the left-to-right stage order.
  const columnParent = (s: LayoutSegment): LayoutSegment | undefined => {
    const parent = s.parentId ? byId.get(s.parentId) : undefined;
    return parent && parent !== s && laneOf(parent.stage) === laneOf(s.stage) ? parent : undefined;
  };

  const children = new Map<string, LayoutSegment[]>();
  const roots: LayoutSegment[] = [];
  for (const s of segments) {
    const parent = columnParent(s);
    if (parent) children.set(parent.id, [...(children.get(parent.id) ?? []), s]);
    else roots.push(s);
  }
  for (const list of children.values()) list.sort(byOrderThenId);
  roots.sort(byOrderThenId);

  // Depth-first: parent, then its subtree. `seen` also guards against cycles.
  const seen = new Set<string>();
  const subtree = (root: LayoutSegment): { seg: LayoutSegment; depth: number }[] => {
    const out: { seg: LayoutSegment; depth: number }[] = [];
    const visit = (seg: LayoutSegment, depth: number) => {
      if (seen.has(seg.id)) return;
      seen.add(seg.id);
      out.push({ seg, depth });
      for (const child of children.get(seg.id) ?? []) visit(child, depth + 1);
    };
    visit(root, 0);
    return out;
  };

  // Segments caught in a parent cycle are never reached from a root: promote
  // them (in a stable order) so nothing silently disappears from the map.
  const groups = roots.map(subtree);
  for (const s of [...segments].sort(byOrderThenId)) {
    if (!seen.has(s.id)) groups.push(subtree(s));
  }
  const nonEmpty = groups.filter((g) => g.length > 0); // duplicate ids yield empty groups

  const pitch = columnPitch(options);
  const step = options.nodeHeight + options.rowGap;
  const columnXs: number[] = [];
  let cursor = 0;

  for (const stage of STAGES) {
    const laneGroups = nonEmpty.filter((g) => g[0] && laneOf(g[0].seg.stage) === stage);
    const orders = [...new Set(laneGroups.map((g) => g[0]!.seg.order))].sort((a, b) => a - b);
    if (orders.length === 0) continue;

    orders.forEach((order, i) => {
      const x = cursor + i * pitch;
      columnXs.push(x);
      const column = laneGroups.filter((g) => g[0]!.seg.order === order);

      // Raw y from the top, then shift so the column is centred on y = 0.
      const placed: { id: string; x: number; y: number }[] = [];
      let y = 0;
      column.forEach((group, gi) => {
        if (gi > 0) y += options.groupGap;
        for (const { seg, depth } of group) {
          const indent = Math.min(depth, options.maxIndentDepth) * options.childIndent;
          placed.push({ id: seg.id, x: x + indent, y });
          y += step;
        }
      });
      const shift = (y - step) / 2;
      for (const p of placed) positions.set(p.id, { x: p.x, y: p.y - shift });
    });
    cursor += orders.length * pitch + options.laneGap;
  }

  const firstX = columnXs[0] ?? 0;
  const lastX = columnXs[columnXs.length - 1] ?? 0;
  const ghostX = {
    in: firstX - pitch - options.ghostGap,
    out: lastX + pitch + options.ghostGap,
  };
  for (const side of ['in', 'out'] as const) {
    // First occurrence wins, so a ghost listed twice is still placed once.
    const ids = new Set<string>();
    const column = ghosts.filter(
      (g) => g.side === side && !positions.has(g.id) && !ids.has(g.id) && ids.add(g.id),
    );
    placeGhostColumn(column, ghostX[side], positions, step);
  }
  return positions;
}

/**
 * Places ghosts level with the average of their anchors, then pushes them
 * apart top-down so none overlap, then re-centres the column on its targets.
 */
function placeGhostColumn(
  ghosts: readonly LayoutGhost[],
  x: number,
  positions: Map<string, Position>,
  step: number,
): void {
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

  const placed: { id: string; y: number }[] = [];
  for (const w of wanted) {
    const prev = placed[placed.length - 1];
    placed.push({ id: w.id, y: prev ? Math.max(w.y, prev.y + step) : w.y });
  }
  if (placed.length === 0) return;

  const mean = (list: { y: number }[]) => list.reduce((s, v) => s + v.y, 0) / list.length;
  const shift = mean(wanted) - mean(placed);
  for (const p of placed) positions.set(p.id, { x, y: p.y + shift });
}
