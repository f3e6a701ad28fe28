// The Explore view's hierarchy ("tree from start") layout: levels of equal hop distance from the
// start, top to bottom, each level wrapped into rows of at most a few nodes. Cytoscape's own
// breadthfirst puts a whole level on one line: ~40 neighbours of a park became one 6,000 px row
// with colliding labels, fitted down to unreadable. Plain positions, no layout dependency: a
// layered extension (ELK, dagre) would add 100–400 kB for what this does in forty lines.

export interface LayeredOptions {
  /** Horizontal distance between node centres in a row (the label width plus a gap). */
  columnPitch: number;
  /** Vertical distance between rows of one level (node, label lines, gap). */
  rowPitch: number;
  /** Extra space between levels, so a level reads as one group. */
  levelGap: number;
  /** A level wider than this wraps; default: about √(2n), so the picture stays near square. */
  maxPerRow?: number;
}

export interface Graphish {
  nodes: readonly string[];
  edges: readonly { source: string; target: string }[];
}

/**
 * Hop levels from `root` (undirected). Nodes not reachable from it (or all, without a root)
 * start further levels from the best connected node left, so every component gets rows of its own.
 * Within a level, nodes follow the order of their parents in the level above (fewer crossings).
 */
export function hopLevels(graph: Graphish, root: string | null): string[][] {
  const adj = new Map<string, string[]>(graph.nodes.map((n) => [n, []]));
  for (const e of graph.edges) {
    if (e.source === e.target || !adj.has(e.source) || !adj.has(e.target)) continue;
    adj.get(e.source)!.push(e.target);
    adj.get(e.target)!.push(e.source);
  }
  const levels: string[][] = [];
  const seen = new Set<string>();
  const rank = new Map<string, number>();
  const byDegree = [...graph.nodes].sort((a, b) => adj.get(b)!.length - adj.get(a)!.length || (a < b ? -1 : a > b ? 1 : 0));
  const starts = root && adj.has(root) ? [root, ...byDegree] : byDegree;
  for (const start of starts) {
    if (seen.has(start)) continue;
    let level = [start];
    seen.add(start);
    while (level.length > 0) {
      level.forEach((n, i) => rank.set(n, i));
      levels.push(level);
      const next: { id: string; key: number }[] = [];
      for (const n of level) {
        for (const m of adj.get(n)!) {
          if (seen.has(m)) continue;
          seen.add(m);
          next.push({ id: m, key: rank.get(n)! });
        }
      }
      level = next.sort((a, b) => a.key - b.key).map((x) => x.id);
    }
  }
  return levels;
}

/** Positions for `levels`: every level centred on x = 0, wrapped into rows of `maxPerRow`. */
export function layeredRows(levels: readonly (readonly string[])[], opts: LayeredOptions): Map<string, { x: number; y: number }> {
  const total = levels.reduce((sum, l) => sum + l.length, 0);
  const perRow = Math.max(1, opts.maxPerRow ?? Math.max(4, Math.ceil(Math.sqrt(2 * total))));
  const out = new Map<string, { x: number; y: number }>();
  let y = 0;
  for (const level of levels) {
    for (let start = 0; start < level.length; start += perRow) {
      const row = level.slice(start, start + perRow);
      // Every other row of a level is shifted by half a pitch, so edges from the level above
      // run between the nodes of the first row instead of through them.
      const shift = (start / perRow) % 2 === 1 ? opts.columnPitch / 2 : 0;
      row.forEach((id, i) => out.set(id, { x: (i - (row.length - 1) / 2) * opts.columnPitch + shift, y }));
      y += opts.rowPitch;
    }
    y += opts.levelGap;
  }
  return out;
}
