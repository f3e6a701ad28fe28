import cytoscape, { type Core, type CytoscapeOptions, type ElementDefinition } from 'cytoscape';
import { defaults } from './defaults';
import { createStylesheet } from './styles';
import { STAGES, type Stage } from './types';

export interface CreateGraphOptions {
  container: HTMLElement | null;
  elements: ElementDefinition[];
  /** No rendering (tests under jsdom, which has no canvas; or server-side use). */
  headless?: boolean;
  /** Force Cytoscape's WebGL renderer on or off (benchmarks); default: see renderOptions. */
  webgl?: boolean;
}

/**
 * Whether WebGL here runs on a GPU. Without one (no driver, many remote
 * desktops, Chromium with --disable-gpu) the browser emulates it on the CPU
 * (SwiftShader, llvmpipe), and Cytoscape's WebGL renderer is then far
 * slower than its canvas renderer: 1.6–3.3× to become interactive, 5–20×
 * per frame while panning (bench/browser-bench.mjs, docs/performance.md).
 * Probed once per page, only for big graphs.
 */
let gpuWebgl: boolean | undefined;
export function hasGpuWebgl(): boolean {
  if (gpuWebgl !== undefined) return gpuWebgl;
  gpuWebgl = false;
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (gl) {
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
      gpuWebgl = !/swiftshader|llvmpipe|softpipe|software|basic render driver/i.test(name);
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    // No WebGL at all: canvas it is.
  }
  return gpuWebgl;
}

/**
 * Renderer options by graph size. Small chain maps keep full quality; from
 * `bigGraphElements` on, the options trade quality *during* a gesture for
 * smooth panning and zooming, and nothing once the gesture ends. `webgl`
 * forces the renderer either way (benchmarks); by default WebGL is used from
 * `webglElements` on, and only on a GPU.
 */
export function renderOptions(elementCount: number, webgl?: boolean): Partial<CytoscapeOptions> {
  const { bigGraphElements, webglElements } = defaults.performance;
  const big = elementCount >= bigGraphElements;
  const useWebgl = webgl ?? (elementCount >= webglElements && hasGpuWebgl());
  return {
    // Edges are the costliest thing to stroke (arrows, dashes, beziers) and
    // carry no information while the view moves: skip them mid-gesture.
    hideEdgesOnViewport: big,
    // Pan/zoom a cached bitmap of the graph instead of redrawing every node.
    textureOnViewport: big,
    // On HiDPI screens a 2× canvas is 4× the pixels to fill; for big graphs
    // 1× is visibly softer only at rest, and keeps redraws fast.
    ...(big ? { pixelRatio: 1 } : {}),
    // Cytoscape ≥ 3.31 can draw with WebGL (texture atlases): faster past a
    // few thousand elements on a GPU, not needed (and newer) below.
    ...(useWebgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
  } as Partial<CytoscapeOptions>;
}

/**
 * A chain map on `container`. Extensions (cy.svg for the app's export) are not registered here:
 * the app does it (graph/extensions.ts) and the embeddable widget, which exports nothing, stays
 * without them and within its size budget (docs/embed.md).
 */
export function createGraph({ container, elements, headless = false, webgl }: CreateGraphOptions): Core {
  const { viewport } = defaults;
  const cy = cytoscape({
    ...(headless ? { headless: true, styleEnabled: false } : { container, style: createStylesheet() }),
    // Passed to the constructor, elements are added in one batch: one style
    // pass and one render, not one per element (see also addElements).
    elements,
    // Positions come from chain-layout.ts; `preset` just applies them. Fitting
    // is done below, so that the lane bands and their labels fit too.
    layout: { name: 'preset', fit: false },
    minZoom: viewport.minZoom,
    maxZoom: viewport.maxZoom,
    boxSelectionEnabled: false,
    // One selected node at a time: selection will drive a details panel.
    selectionType: 'single',
    ...(headless ? {} : renderOptions(elements.length, webgl)),
  });
  if (!headless && container) {
    const lanes = laneRects(cy);
    drawLanes(cy, container, lanes);
    fitWithLanes(cy, lanes);
    // Until the user pans or zooms, the map keeps fitting its container (window resized, side panel
    // opened); after that, their view is theirs. Only gestures count: our own fit also moves it.
    let userMoved = false;
    cy.one('dragpan scrollzoom pinchzoom usermoved', () => (userMoved = true));
    cy.scratch('_refit', () => {
      if (!userMoved) fitWithLanes(cy, lanes);
    });
    // The controls (fit button, keys) fit the same way: nodes and lane captions.
    cy.scratch('_fit', () => fitWithLanes(cy, lanes));
    labelsByZoom(cy);
    labelTooltip(cy, container);
  }
  return cy;
}

/**
 * Low-priority labels give way when zoomed out (defaults.label): below `detailZoom` nodes show
 * their name only (firm and project lines hide), below `ghostZoom` other chains' segments lose
 * their labels. Classes flip only when a threshold is crossed: one batch, not one per frame.
 */
function labelsByZoom(cy: Core): void {
  const { detailZoom, ghostZoom } = defaults.label;
  let level = -1;
  const apply = () => {
    const zoom = cy.zoom();
    const next = zoom < ghostZoom ? 2 : zoom < detailZoom ? 1 : 0;
    if (next === level) return;
    level = next;
    cy.batch(() => {
      cy.nodes().toggleClass('zoomed-out', next >= 1);
      cy.nodes('.ghost').toggleClass('zoomed-far', next >= 2);
    });
  };
  apply();
  cy.on('zoom', apply);
}

/**
 * A node's whole label as the container's tooltip (title) while the pointer is over it: cut
 * labels ("…", class `truncated`) stay readable without opening the node.
 */
function labelTooltip(cy: Core, container: HTMLElement): void {
  cy.on('mouseover', 'node', (event) => {
    container.title = String(event.target.data('fullLabel') ?? event.target.data('label') ?? '');
  });
  cy.on('mouseout', 'node', () => container.removeAttribute('title'));
}

/** Fits nodes and lane captions into the container (what the fit control and keys do). */
export function fitChain(cy: Core): void {
  const fit = cy.scratch('_fit') as (() => void) | undefined;
  if (fit) fit();
  else cy.fit(undefined, defaults.viewport.fitPadding);
}

/**
 * Tells a chain map that its container changed size: Cytoscape re-reads the size, and the map
 * fits again unless the user has moved the view (see createGraph).
 */
export function containerResized(cy: Core): void {
  cy.resize();
  (cy.scratch('_refit') as (() => void) | undefined)?.();
}

/** Adds elements later (e.g. a segment's enterprises) in one batch: without
 *  it, Cytoscape restyles and redraws after every single element. */
export function addElements(cy: Core, elements: ElementDefinition[]): void {
  cy.batch(() => {
    cy.add(elements);
  });
}

export interface LaneRect {
  stage: Stage;
  label: string;
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

function laneIndex(stage: unknown): number {
  const i = STAGES.indexOf(stage as Stage);
  return i >= 0 ? i : STAGES.indexOf('MIDSTREAM');
}

/**
 * One band per stage present, in model coordinates, around that stage's
 * segments (ghosts stay outside). Neighbouring bands meet halfway across the
 * lane gap; all share the same top (with room for the caption) and bottom.
 */
export function laneRects(cy: Core): LaneRect[] {
  const { layout, lanes } = defaults;
  const spans = STAGES.map(() => ({ x1: Infinity, x2: -Infinity, label: '' }));
  let y1 = Infinity;
  let y2 = -Infinity;
  cy.nodes('[kind = "segment"]').forEach((node) => {
    const lane = spans[laneIndex(node.data('stage'))]!;
    const { x, y } = node.position();
    lane.x1 = Math.min(lane.x1, x - layout.nodeWidth / 2);
    lane.x2 = Math.max(lane.x2, x + layout.nodeWidth / 2);
    if (!lane.label) lane.label = String(node.data('laneLabel') ?? node.data('stage'));
    const h = nodeHeightOf(node.data('h'));
    y1 = Math.min(y1, y - h / 2);
    y2 = Math.max(y2, y + h / 2);
  });
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
 * Swimlane bands as plain DOM under Cytoscape's canvases, moved with one CSS
 * transform per viewport change: no extra graph elements (node counts, hit
 * tests and layouts stay about the chain) and no per-frame canvas work. The
 * captions are real text; stages are also told apart by node shape and border.
 */
function drawLanes(cy: Core, container: HTMLElement, rects: LaneRect[]): void {
  if (rects.length === 0) return;
  const { lanes, stageColors, fonts } = defaults;
  const doc = container.ownerDocument;
  const underlay = doc.createElement('div');
  underlay.className = 'chain-lanes';
  Object.assign(underlay.style, { position: 'absolute', inset: '0', overflow: 'hidden', pointerEvents: 'none', zIndex: '0' });
  const plane = doc.createElement('div');
  Object.assign(plane.style, { position: 'absolute', left: '0', top: '0', transformOrigin: '0 0' });
  for (const r of rects) {
    const colors = stageColors[r.stage];
    const band = doc.createElement('div');
    band.dataset['stage'] = r.stage;
    Object.assign(band.style, {
      position: 'absolute',
      left: `${r.x1}px`,
      top: `${r.y1}px`,
      width: `${r.x2 - r.x1}px`,
      height: `${r.y2 - r.y1}px`,
      boxSizing: 'border-box',
      background: hexWithAlpha(colors.fill, lanes.opacity),
      borderTop: `3px solid ${colors.border}`,
      borderRadius: '6px',
      fontFamily: fonts.family,
      fontSize: `${lanes.labelSize}px`,
      fontWeight: '600',
      color: colors.text,
      padding: '4px 8px',
      lineHeight: `${lanes.labelHeight - 8}px`,
      whiteSpace: 'nowrap',
    });
    band.textContent = r.label;
    plane.appendChild(band);
  }
  underlay.appendChild(plane);
  if (getComputedStyle(container).position === 'static') container.style.position = 'relative';
  // Cytoscape appends its canvases; first child means underneath them.
  container.insertBefore(underlay, container.firstChild);

  const sync = () => {
    const pan = cy.pan();
    plane.style.transform = `translate(${pan.x}px, ${pan.y}px) scale(${cy.zoom()})`;
  };
  sync();
  cy.on('viewport', sync);
  cy.on('destroy', () => underlay.remove());
}

export interface Bounds {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

/**
 * Model-space extent of the nodes and lane bands, from positions and the
 * fixed node sizes of the layout. Not `cy.elements().boundingBox()`: that
 * measures every label and edge curve, which at 2,000 elements costs more
 * than the layout and all the rest of the start-up together (bench/).
 */
export function chainBounds(cy: Core, rects: readonly LaneRect[]): Bounds {
  const { nodeWidth, ghostWidth } = defaults.layout;
  const b = { x1: Infinity, x2: -Infinity, y1: Infinity, y2: -Infinity };
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    const nodeHeight = nodeHeightOf(node.data('h'));
    const half = (node.data('kind') === 'ghost' ? ghostWidth : nodeWidth) / 2;
    b.x1 = Math.min(b.x1, x - half);
    b.x2 = Math.max(b.x2, x + half);
    b.y1 = Math.min(b.y1, y - nodeHeight / 2);
    b.y2 = Math.max(b.y2, y + nodeHeight / 2);
  });
  for (const r of rects) {
    b.x1 = Math.min(b.x1, r.x1);
    b.x2 = Math.max(b.x2, r.x2);
    b.y1 = Math.min(b.y1, r.y1);
    b.y2 = Math.max(b.y2, r.y2);
  }
  return b;
}

/** Fits nodes and lane bands (with their captions) into the container. */
function fitWithLanes(cy: Core, rects: LaneRect[]): void {
  const { viewport } = defaults;
  const { x1, x2, y1, y2 } = chainBounds(cy, rects);
  const w = cy.width();
  const h = cy.height();
  if (!(x2 > x1 && y2 > y1 && w > 0 && h > 0)) return;
  const pad = viewport.fitPadding;
  const zoom = Math.max(viewport.minZoom, Math.min(viewport.maxFitZoom, (w - 2 * pad) / (x2 - x1), (h - 2 * pad) / (y2 - y1)));
  cy.viewport({ zoom, pan: { x: w / 2 - (zoom * (x1 + x2)) / 2, y: h / 2 - (zoom * (y1 + y2)) / 2 } });
}

/** A node's height: the chain's, fitted to its labels (elements.ts), or the default. */
function nodeHeightOf(h: unknown): number {
  return typeof h === 'number' && h > 0 ? h : defaults.layout.nodeHeight;
}

function hexWithAlpha(hex: string, alpha: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}
