import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import { hopLevels, layeredRows } from './layered-rows';

/**
 * The layouts the Explore view offers, with every tunable in one table. Exploration graphs are
 * small (a few neighbourhoods, at most a few hundred nodes) and have no inherent order, unlike a
 * chain map; so a force layout is the default. All of these ship with Cytoscape itself: no extra
 * layout dependency (fcose, cola, ELK) to download or to wait for.
 */
export const EXPLORE_LAYOUTS = ['cose', 'concentric', 'breadthfirst', 'circle', 'grid'] as const;
export type ExploreLayoutName = (typeof EXPLORE_LAYOUTS)[number];

export function isExploreLayout(value: unknown): value is ExploreLayoutName {
  return (EXPLORE_LAYOUTS as readonly unknown[]).includes(value);
}

export const exploreDefaults = {
  node: {
    /** Node size; labels sit below the shape so names of any length stay readable. */
    size: 34,
    focusSize: 46,
    labelMaxWidth: 140,
    /** Labels are pre-wrapped to this size and cut after this many lines (explore-graph.ts). */
    labelSize: 13,
    labelLines: 3,
  },
  /** Shared by all layouts. */
  common: {
    /** Animate only small graphs: animating hundreds of nodes costs more than it explains. */
    animateBelow: 150,
    animationDuration: 300,
    padding: 30,
  },
  cose: {
    /** Start from the current positions: re-running (after an expand) moves nodes a little,
     *  not everywhere, and the same input gives the same picture. */
    randomize: false,
    idealEdgeLength: 120,
    /** Strong: labels sit under the nodes and are up to labelMaxWidth wide; weaker values pile them up. */
    nodeRepulsion: 400000,
    /** Room for the labels under the nodes. */
    nodeOverlap: 20,
    componentSpacing: 80,
    /** cose stops when it has cooled (temperature × coolingFactor per step, from 1000 to 1):
     *  0.95 is ~135 steps instead of the default 0.99's ~690, about 5× faster, and still settles
     *  the few hundred nodes an exploration holds. */
    numIter: 1000,
    coolingFactor: 0.95,
  },
  concentric: {
    /** Rings of equal BFS distance from the focus; this much space between rings. */
    minNodeSpacing: 40,
  },
  /** The hierarchy: hop levels from the start, each wrapped into rows (layered-rows.ts). A
   *  column is a label's width plus a gap; a row is the node, up to three label lines and a gap. */
  layered: { columnPitch: 165, rowPitch: 105, levelGap: 40 },
  circle: { spacingFactor: 1 },
  grid: { avoidOverlapPadding: 30 },
  /** Fitting never zooms in further than this (small graphs stay at a readable size). */
  maxFitZoom: 1.1,
  /** Cytoscape renderer options from this many elements (see create-graph.ts for why). */
  bigGraphElements: 400,
};

/** Hop distance from `focus` over the drawn edges, for the concentric rings. */
function distanceFrom(focus: NodeSingular | undefined): (node: NodeSingular) => number {
  const dist = new Map<string, number>();
  if (focus) {
    focus
      .cy()
      .elements()
      .bfs({
        roots: focus,
        directed: false,
        visit: (v, _e, _u, _i, depth) => {
          dist.set(v.id(), depth);
        },
      });
  }
  return (node) => dist.get(node.id()) ?? 99;
}

/**
 * Cytoscape layout options for `name`. Locked (pinned) nodes are left where they are by every
 * layout. `focusId` is the centre (concentric) or the root (breadthfirst).
 */
export function layoutOptions(
  name: ExploreLayoutName,
  opts: { focusId: string | null; elementCount: number; focusNode?: NodeSingular; cy?: Core },
): LayoutOptions {
  const d = exploreDefaults;
  const animate = opts.elementCount < d.common.animateBelow;
  // No fit by the layout itself: explore-graph.ts fits afterwards, with a zoom ceiling.
  const common = { animate, animationDuration: d.common.animationDuration, padding: d.common.padding, fit: false };
  switch (name) {
    case 'cose':
      return { name: 'cose', ...common, ...d.cose, animate: animate ? 'end' : false } as LayoutOptions;
    case 'concentric': {
      const ring = distanceFrom(opts.focusNode);
      // Cytoscape puts the highest value in the centre: invert the distance.
      return {
        name: 'concentric',
        ...common,
        ...d.concentric,
        concentric: (n: NodeSingular) => 100 - ring(n),
        levelWidth: () => 1,
      } as LayoutOptions;
    }
    case 'breadthfirst': {
      // Cytoscape's breadthfirst puts a whole level in one row; ours wraps it (layered-rows.ts).
      const cy = opts.cy ?? opts.focusNode?.cy();
      const graph = cy
        ? {
            nodes: cy.nodes().map((n) => n.id()),
            edges: cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id() })),
          }
        : { nodes: [], edges: [] };
      const positions = layeredRows(hopLevels(graph, opts.focusId), d.layered);
      return {
        name: 'preset',
        ...common,
        positions: (node: NodeSingular) => positions.get(node.id()) ?? node.position(),
      } as LayoutOptions;
    }
    case 'circle':
      return { name: 'circle', ...common, ...d.circle } as LayoutOptions;
    case 'grid':
      return { name: 'grid', ...common, ...d.grid, avoidOverlap: true } as LayoutOptions;
  }
}

/**
 * An analyst result graph's layout. Results are often rows of unconnected nodes (a list of
 * parks, of firms): a force layout piles those up, so they go in a grid that keeps every box and
 * label apart; connected results (and huge ones, where a grid is the only cheap choice) as before.
 */
export function resultLayout(cy: Core): LayoutOptions {
  const connected = cy
    .edges()
    .filter((e) => e.source().id() !== e.target().id())
    .nonempty();
  const common = { animate: false, fit: true, padding: exploreDefaults.common.padding };
  if (!connected || cy.elements().length > 300) {
    return {
      name: 'grid',
      ...common,
      avoidOverlap: true,
      avoidOverlapPadding: exploreDefaults.grid.avoidOverlapPadding,
      condense: true,
    } as LayoutOptions;
  }
  return { name: 'cose', ...common, nodeOverlap: 40, nodeRepulsion: 400000, componentSpacing: 120 } as LayoutOptions;
}
