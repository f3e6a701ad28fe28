import { describe, expect, it } from 'vitest';
import { hopLevels, layeredRows } from './layered-rows';

const opts = { columnPitch: 165, rowPitch: 105, levelGap: 40 };

describe('layered rows (explore hierarchy)', () => {
  // A park with 40 neighbours: the case that drew one 6,000 px row.
  const star = {
    nodes: ['park', ...Array.from({ length: 40 }, (_, i) => `f${i}`)],
    edges: Array.from({ length: 40 }, (_, i) => ({ source: 'park', target: `f${i}` })),
  };

  it('puts the start alone on top and its neighbours on the next level', () => {
    const levels = hopLevels(star, 'park');
    expect(levels[0]).toEqual(['park']);
    expect(levels[1]).toHaveLength(40);
  });

  it('wraps a wide level into rows, keeping every pair a pitch apart', () => {
    const pos = layeredRows(hopLevels(star, 'park'), opts);
    const all = [...pos.values()];
    expect(all).toHaveLength(41);
    const xs = all.map((p) => p.x);
    const width = Math.max(...xs) - Math.min(...xs);
    const ys = all.map((p) => p.y);
    const height = Math.max(...ys) - Math.min(...ys);
    // Near square, not one row: at most ~10 nodes across.
    expect(width).toBeLessThanOrEqual(10 * opts.columnPitch);
    expect(height).toBeGreaterThan(2 * opts.rowPitch);
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) {
        const a = all[i]!;
        const b = all[j]!;
        const apart = Math.abs(a.x - b.x) >= opts.columnPitch - 1e-9 || Math.abs(a.y - b.y) >= opts.rowPitch;
        expect(apart).toBe(true);
      }
    }
  });

  it('lays out unconnected nodes too, each component below the last', () => {
    const levels = hopLevels({ nodes: ['a', 'b', 'c'], edges: [] }, null);
    expect(levels.flat().sort()).toEqual(['a', 'b', 'c']);
    const pos = layeredRows(levels, opts);
    expect(new Set([...pos.values()].map((p) => `${p.x},${p.y}`)).size).toBe(3);
  });
});
