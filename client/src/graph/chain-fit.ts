// Lane bands, extent and fitted viewport of a chain map, from node positions and the layout's
// fixed node sizes alone. They work on plain placed nodes, so createGraph can compute the first
// viewport (and the zoom-dependent label classes) from the element definitions BEFORE Cytoscape
// exists: the instance is born fitted, with no restyle of every node and no viewport change
// right after it was made (bench/profile-map.mjs showed both in the first frame's cost).
import type { Core, ElementDefinition } from 'cytoscape';
import { defaults } from './defaults';
import { STAGES, type Stage } from './types';

/** What the bands and the fit need of a node. */
export interface PlacedNode {
  x: number;
  y: number;
  kind: unknown;
  stage: unknown;
  h: unknown;
  laneLabel: unknown;
}

export interface LaneRect {
  stage: Stage;
  label: string;
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

export interface Bounds {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

export function placedFromDefinitions(elements: readonly ElementDefinition[]): PlacedNode[] {
  const nodes: PlacedNode[] = [];
  for (const el of elements) {
    if (el.group !== 'nodes' && (el.group !== undefined || 'source' in el.data)) continue;
    const { x = 0, y = 0 } = el.position ?? {};
    const { kind, stage, h, laneLabel } = el.data;
    nodes.push({ x, y, kind, stage, h, laneLabel });
  }
  return nodes;
}

export function placedFromGraph(cy: Core): PlacedNode[] {
  return cy.nodes().map((node) => {
    const { x, y } = node.position();
    const data = node.data() as Record<string, unknown>;
    return { x, y, kind: data['kind'], stage: data['stage'], h: data['h'], laneLabel: data['laneLabel'] };
  });
}

function laneIndex(stage: unknown): number {
  const i = STAGES.indexOf(stage as Stage);
  return i >= 0 ? i : STAGES.indexOf('MIDSTREAM');
}

/** A node's height: the chain's, fitted to its labels (elements.ts), or the default. */
function nodeHeightOf(h: unknown): number {
  return typeof h === 'number' && h > 0 ? h : defaults.layout.nodeHeight;
}

/**
 * One band per stage present, in model coordinates, around that stage's
 * segments (ghosts stay outside). Neighbouring bands meet halfway across the
 * lane gap; all share the same top (with room for the caption) and bottom.
 */
export function laneRectsOf(nodes: readonly PlacedNode[]): LaneRect[] {
  const { layout, lanes } = defaults;
  const spans = STAGES.map(() => ({ x1: Infinity, x2: -Infinity, label: '' }));
  let y1 = Infinity;
  let y2 = -Infinity;
  for (const node of nodes) {
    if (node.kind !== 'segment') continue;
    const lane = spans[laneIndex(node.stage)]!;
    lane.x1 = Math.min(lane.x1, node.x - layout.nodeWidth / 2);
    lane.x2 = Math.max(lane.x2, node.x + layout.nodeWidth / 2);
    if (!lane.label) lane.label = String(node.laneLabel ?? node.stage);
    const h = nodeHeightOf(node.h);
    y1 = Math.min(y1, node.y - h / 2);
    y2 = Math.max(y2, node.y + h / 2);
  }
  const present = STAGES.map((stage, i) => ({ stage, ...spans[i]! })).filter((s) => s.x1 <= s.x2);
  return present.map((s, i) => {
    const prev = present[i - 1];
    const next = present[i + 1];
    return {
      stage: s.stage,
      label: s.label,
      x1: prev ? (prev.x2 + s.x1) / 2 : s.x1 - lanes.padding,
      x2: next ? (s.x2 + next.x1) / 2 : s.x2 + lanes.padding,
      y1: y1 - lanes.padding - lanes.labelHeight,
      y2: y2 + lanes.padding,
    };
  });
}

/**
 * Model-space extent of the nodes and lane bands, from positions and the
 * fixed node sizes of the layout. Not `cy.elements().boundingBox()`: that
 * measures every label and edge curve, which at 2,000 elements costs more
 * than the layout and all the rest of the start-up together (bench/).
 */
export function boundsOf(nodes: readonly PlacedNode[], rects: readonly LaneRect[]): Bounds {
  const { nodeWidth, ghostWidth } = defaults.layout;
  const b = { x1: Infinity, x2: -Infinity, y1: Infinity, y2: -Infinity };
  for (const node of nodes) {
    const nodeHeight = nodeHeightOf(node.h);
    const half = (node.kind === 'ghost' ? ghostWidth : nodeWidth) / 2;
    b.x1 = Math.min(b.x1, node.x - half);
    b.x2 = Math.max(b.x2, node.x + half);
    b.y1 = Math.min(b.y1, node.y - nodeHeight / 2);
    b.y2 = Math.max(b.y2, node.y + nodeHeight / 2);
  }
  for (const r of rects) {
    b.x1 = Math.min(b.x1, r.x1);
    b.x2 = Math.max(b.x2, r.x2);
    b.y1 = Math.min(b.y1, r.y1);
    b.y2 = Math.max(b.y2, r.y2);
  }
  return b;
}

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/** The viewport that fits `bounds` into a `width` × `height` container; null if either is empty. */
export function fitViewport({ x1, x2, y1, y2 }: Bounds, width: number, height: number): Viewport | null {
  const { viewport } = defaults;
  if (!(x2 > x1 && y2 > y1 && width > 0 && height > 0)) return null;
  const pad = viewport.fitPadding;
  const zoom = Math.max(viewport.minZoom, Math.min(viewport.maxFitZoom, (width - 2 * pad) / (x2 - x1), (height - 2 * pad) / (y2 - y1)));
  return { zoom, pan: { x: width / 2 - (zoom * (x1 + x2)) / 2, y: height / 2 - (zoom * (y1 + y2)) / 2 } };
}

/** The container's inner size as Cytoscape reads it (`cy.width()`, `cy.height()`): client box minus padding. */
export function containerSize(container: HTMLElement): { width: number; height: number } {
  const style = container.ownerDocument.defaultView?.getComputedStyle(container);
  const px = (name: string) => parseFloat(style?.getPropertyValue(name) ?? '') || 0;
  return {
    width: container.clientWidth - px('padding-left') - px('padding-right'),
    height: container.clientHeight - px('padding-top') - px('padding-bottom'),
  };
}

/**
 * Which labels a zoom shows (defaults.label): 0 all lines, 1 names only (below `detailZoom`),
 * 2 names only and no ghost labels (below `ghostZoom`). createGraph sets the matching classes.
 */
export function labelLevel(zoom: number): 0 | 1 | 2 {
  const { detailZoom, ghostZoom } = defaults.label;
  return zoom < ghostZoom ? 2 : zoom < detailZoom ? 1 : 0;
}

/** The classes of `labelLevel` for one node (`zoomed-out`, and `zoomed-far` on ghosts). */
export function labelClasses(level: 0 | 1 | 2, kind: unknown): string[] {
  if (level === 0) return [];
  return level === 2 && kind === 'ghost' ? ['zoomed-out', 'zoomed-far'] : ['zoomed-out'];
}
