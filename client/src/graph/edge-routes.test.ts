import { describe, expect, it } from 'vitest';
import { bestTurn, type RouteBox } from './edge-routes';

const box = (cx: number, cy: number, w = 100, h = 50): RouteBox => ({ x1: cx - w / 2, x2: cx + w / 2, y1: cy - h / 2, y2: cy + h / 2 });

describe('edge routes', () => {
  // Columns 130 apart (100 wide, 30 gap); source top-left, target two columns right, lower.
  const s = box(0, 0);
  const t = box(260, 120);

  it('turns next to the target when a node stands in the middle column at the target’s height', () => {
    const blocker = box(130, 120);
    expect(bestTurn(s, t, [s, t, blocker], 15)).toEqual({ side: 'target', crossed: 0 });
  });

  it('turns next to the source when the node in the middle column is at the source’s height', () => {
    const blocker = box(130, 0);
    expect(bestTurn(s, t, [s, t, blocker], 15)).toEqual({ side: 'source', crossed: 0 });
  });

  it('says how many nodes the best route still crosses when both are blocked', () => {
    expect(bestTurn(s, t, [s, t, box(130, 0), box(130, 120)], 15).crossed).toBe(1);
  });

  it('does not count a run that only grazes a node’s border', () => {
    // Its top edge 1 px above the target's centre line: the source-side route runs along it.
    const grazing = box(130, 120 + 25 - 1);
    expect(bestTurn(s, t, [s, t, grazing, box(130, 0)], 15)).toEqual({ side: 'source', crossed: 0 });
  });
});
