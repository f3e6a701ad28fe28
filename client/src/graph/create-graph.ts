import cytoscape, { type Core, type CytoscapeOptions, type ElementDefinition } from 'cytoscape';
import { defaults } from './defaults';
import { createStylesheet } from './styles';
import {
  boundsOf,
  containerSize,
  fitViewport,
  labelClasses,
  labelLevel,
  laneRectsOf,
  placedFromDefinitions,
  placedFromGraph,
  type Bounds,
  type LaneRect,
} from './chain-fit';

export type { Bounds, LaneRect } from './chain-fit';

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
 *
 * The first viewport (fitted to nodes and lane bands) and the label classes it calls for are
 * worked out from the definitions before Cytoscape is made, and passed to it: fitting or
 * toggling classes afterwards restyled every node and moved the view once more before the first
 * frame (docs/performance.md).
 */
export function createGraph({ container, elements, headless = false, webgl }: CreateGraphOptions): Core {
  const { viewport } = defaults;
  const drawn = !headless && container;
  const placed = drawn ? placedFromDefinitions(elements) : [];
  const lanes = laneRectsOf(placed);
  const size = drawn ? containerSize(container) : null;
  const view = size ? fitViewport(boundsOf(placed, lanes), size.width, size.height) : null;
  const level = labelLevel(view?.zoom ?? 1);
  const cy = cytoscape({
    ...(headless ? { headless: true, styleEnabled: false } : { container, style: createStylesheet() }),
    // Passed to the constructor, elements are added in one batch: one style
    // pass and one render, not one per element (see also addElements).
    elements: level === 0 ? elements : withLabelClasses(elements, level),
    // Positions come from chain-layout.ts, in the definitions; the viewport is fitted above. The
    // `preset` layout Cytoscape always runs would set every position again (and dirty every
    // node's bounds); a null position per node tells it to leave them where they are.
    layout: { name: 'preset', fit: false, positions: () => null } as unknown as cytoscape.LayoutOptions,
    ...(view ? { zoom: view.zoom, pan: view.pan } : {}),
    minZoom: viewport.minZoom,
    maxZoom: viewport.maxZoom,
    boxSelectionEnabled: false,
    // One selected node at a time: selection will drive a details panel.
    selectionType: 'single',
    ...(headless ? {} : renderOptions(elements.length, webgl)),
  });
  if (drawn) {
    drawLanes(cy, container, lanes);
    // Until the user pans or zooms, the map keeps fitting its container (window resized, side panel
    // opened); after that, their view is theirs. Only gestures count: our own fit also moves it.
    let userMoved = false;
    cy.one('dragpan scrollzoom pinchzoom usermoved', () => (userMoved = true));
    // Kept beside the instance, not in cy.scratch(): setting scratch data restyles every element.
    fits.set(cy, {
      refit: () => {
        if (!userMoved) fitWithLanes(cy, lanes);
      },
      // The controls (fit button, keys) fit the same way: nodes and lane captions.
      fit: () => fitWithLanes(cy, lanes),
    });
    labelsByZoom(cy, level);
    labelTooltip(cy, container);
  }
  return cy;
}

/** createGraph's fit functions per instance (fitChain, containerResized). */
const fits = new WeakMap<Core, { refit: () => void; fit: () => void }>();

/** Copies of the node definitions with the classes of label level `level` (the caller's stay as they are). */
function withLabelClasses(elements: readonly ElementDefinition[], level: 1 | 2): ElementDefinition[] {
  return elements.map((el) => {
    if (el.group === 'edges' || (el.group === undefined && 'source' in el.data)) return el;
    const classes = typeof el.classes === 'string' ? el.classes.split(/\s+/).filter(Boolean) : (el.classes ?? []);
    return { ...el, classes: [...classes, ...labelClasses(level, el.data['kind'])] };
  });
}

/**
 * Low-priority labels give way when zoomed out (defaults.label): below `detailZoom` nodes show
 * their name only (firm and project lines hide), below `ghostZoom` other chains' segments lose
 * their labels. Classes flip only when a threshold is crossed: one batch, not one per frame.
 * `initial`: the level the nodes were created with.
 */
function labelsByZoom(cy: Core, initial: 0 | 1 | 2): void {
  let level = initial;
  cy.on('zoom', () => {
    const next = labelLevel(cy.zoom());
    if (next === level) return;
    level = next;
    cy.batch(() => {
      cy.nodes().toggleClass('zoomed-out', next >= 1);
      cy.nodes('.ghost').toggleClass('zoomed-far', next >= 2);
    });
  });
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
  const fit = fits.get(cy)?.fit;
  if (fit) fit();
  else cy.fit(undefined, defaults.viewport.fitPadding);
}

/**
 * Tells a chain map that its container changed size: Cytoscape re-reads the size, and the map
 * fits again unless the user has moved the view (see createGraph).
 */
export function containerResized(cy: Core): void {
  cy.resize();
  fits.get(cy)?.refit();
}

/** Adds elements later (e.g. a segment's enterprises) in one batch: without
 *  it, Cytoscape restyles and redraws after every single element. */
export function addElements(cy: Core, elements: ElementDefinition[]): void {
  cy.batch(() => {
    cy.add(elements);
  });
}

/** The stage bands of a chain map as drawn (the exports draw them too). */
export function laneRects(cy: Core): LaneRect[] {
  return laneRectsOf(placedFromGraph(cy));
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

/** Model-space extent of a chain map's nodes and lane bands (see boundsOf). */
export function chainBounds(cy: Core, rects: readonly LaneRect[]): Bounds {
  return boundsOf(placedFromGraph(cy), rects);
}

/** Fits nodes and lane bands (with their captions) into the container. */
function fitWithLanes(cy: Core, rects: LaneRect[]): void {
  const view = fitViewport(chainBounds(cy, rects), cy.width(), cy.height());
  if (view) cy.viewport(view);
}

function hexWithAlpha(hex: string, alpha: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}
