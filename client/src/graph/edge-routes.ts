// Where a chain map's flow edges turn. Flows are drawn orthogonally ("taxi": out of the source
// to the right, one vertical run, into the target from the left); the vertical run lies in a
// column gap, where no node stands, either next to the source or next to the target. Of the two,
// each edge takes the one whose horizontal runs cross fewer nodes. Straight lines went through
// nodes on 78 of the 174 seeded flows (26 of 39 on the film chain); these routes on far fewer
// (client/bench/edge-crossings.ts prints the figures per chain).

export interface RouteBox {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

export type TurnSide = 'source' | 'target';

/** A run this close to a node's edge only grazes its border: not counted as through it. */
const GRAZE = 2;

/** Nodes a horizontal run at `y` from x `a` to `b` passes through (boxes given, ends excluded). */
function crossings(y: number, a: number, b: number, boxes: readonly RouteBox[], skip: ReadonlySet<RouteBox>): number {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  let n = 0;
  for (const box of boxes) {
    if (skip.has(box)) continue;
    if (y > box.y1 + GRAZE && y < box.y2 - GRAZE && box.x2 > lo && box.x1 < hi) n++;
  }
  return n;
}

/** Nodes a vertical run at `x` from y `a` to `b` passes through. */
function verticalCrossings(x: number, a: number, b: number, boxes: readonly RouteBox[], skip: ReadonlySet<RouteBox>): number {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  let n = 0;
  for (const box of boxes) {
    if (skip.has(box)) continue;
    if (x > box.x1 + GRAZE && x < box.x2 - GRAZE && box.y2 > lo && box.y1 < hi) n++;
  }
  return n;
}

/**
 * The better turn side of an edge from `s` to `t` among `boxes`, and how many nodes that route
 * crosses. Turning next to the source runs horizontally at the target's height; next to the
 * target, at the source's. The gap is the column gap's half on each side.
 */
export function bestTurn(s: RouteBox, t: RouteBox, boxes: readonly RouteBox[], gap: number): { side: TurnSide; crossed: number } {
  const skip = new Set([s, t]);
  const sy = (s.y1 + s.y2) / 2;
  const ty = (t.y1 + t.y2) / 2;
  const forward = (t.x1 + t.x2) / 2 >= (s.x1 + s.x2) / 2;
  const sx = forward ? s.x2 : s.x1;
  const tx = forward ? t.x1 : t.x2;
  const d = forward ? gap : -gap;
  const nearSource = crossings(ty, sx + d, tx, boxes, skip) + verticalCrossings(sx + d, sy, ty, boxes, skip);
  const nearTarget = crossings(sy, sx, tx - d, boxes, skip) + verticalCrossings(tx - d, sy, ty, boxes, skip);
  return nearTarget <= nearSource ? { side: 'target', crossed: nearTarget } : { side: 'source', crossed: nearSource };
}
