/**
 * Browser benchmark page (built and driven by ../browser-bench.mjs): one
 * synthetic chain map per page load, drawn by the REAL graph core, with the
 * time of each phase from the moment the chain data is at hand.
 *
 *   ?n=2000            elements wanted (the synthetic chain lands close to it)
 *   &layout=fishbone   fishbone (ours: buildChainElements + createGraph, as ChainMap does)
 *                      | breadthfirst | cose (Cytoscape's, on the same elements, style
 *                      and renderer options, without positions)
 *   &renderer=canvas   canvas | webgl (Cytoscape ≥ 3.31 `renderer: { name: 'canvas', webgl: true }`)
 *                      | auto (as the app chooses: by size, and WebGL only on a GPU)
 *
 * The result lands in `window.benchResult` (a promise).
 */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { createGraph, renderOptions } from '../../src/graph/create-graph';
import { defaults } from '../../src/graph/defaults';
import { chainLabels } from '../../src/shared/i18n/chain-labels';
import { buildChainElements } from '../../src/graph/elements';
import { createStylesheet } from '../../src/graph/styles';
import { syntheticChain } from '../synthetic-chain';
import { INTERNALS } from './internals';
import { dragPan, nextFrame, nextPaint, rendererOf, tapNode, wheelZoom, type FrameStats, type TapResult } from './gestures';

type Layout = 'fishbone' | 'breadthfirst' | 'cose';
type Renderer = 'canvas' | 'webgl' | 'auto';

export interface BenchResult {
  n: number;
  nodes: number;
  edges: number;
  layout: Layout;
  renderer: Renderer;
  /** Whether Cytoscape really drew with WebGL (it needs a WebGL2 context). */
  webglActive: boolean;
  /** Milliseconds since the chain data was at hand, at the end of each phase. */
  elements: number;
  create: number;
  layoutDone: number;
  drawn: number | null;
  /** Start of the first animation frame after create (for breakdowns). */
  frameStart: number | null;
  /** How long Cytoscape's first draw itself took (inside `painted`); its
   *  per-element style and label sizing run before it, in the same frame. */
  firstDrawMs: number | null;
  zoomLevel: number;
  painted: number | null;
  /** First tap answered and its frame painted: the map is interactive. */
  interactive: number | null;
  tap: TapResult;
  zoom: FrameStats;
  pan: FrameStats;
  error?: string;
}

const LAYOUTS: Record<Exclude<Layout, 'fishbone'>, cytoscape.LayoutOptions> = {
  breadthfirst: { name: 'breadthfirst', directed: true, animate: false, fit: true, padding: defaults.viewport.fitPadding },
  // Cose as an explore view would run it: no animation, default iterations.
  cose: { name: 'cose', animate: false, randomize: true, fit: true, padding: defaults.viewport.fitPadding },
};

const withoutPositions = (els: ElementDefinition[]) =>
  els.map((e) => (e.group === 'nodes' ? { group: e.group, data: e.data, classes: e.classes } : e));

function runLayout(cy: Core, options: cytoscape.LayoutOptions): Promise<void> {
  return new Promise((resolve) => {
    const layout = cy.layout(options);
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
}

/**
 * Experiments on the stylesheet, to find what a change would gain before
 * making it in src/graph (`&tweak=nolabels+straight`). Styles are computed
 * lazily, in the first frame, so swapping the sheet right after creation
 * costs about nothing.
 */
const TWEAKS: Record<string, cytoscape.StylesheetJson> = {
  nolabels: [{ selector: 'node', style: { label: '' } }],
  straight: [{ selector: 'edge.flow', style: { 'curve-style': 'straight' } }],
  solid: [{ selector: 'edge', style: { 'line-style': 'solid' } }],
  nowrap: [{ selector: 'node', style: { 'text-wrap': 'none' } }],
  noarrows: [{ selector: 'edge', style: { 'target-arrow-shape': 'none' } }],
};
function applyTweaks(cy: Core, names: string[]): void {
  // Experiments on Cytoscape's internals (internals.ts): measured, not used by the app.
  for (const name of names) INTERNALS[name]?.(cy);
  if (names.every((name) => INTERNALS[name])) return;
  const extra = names.flatMap((name) => TWEAKS[name] ?? []);
  cy.style()
    .fromJson([...(createStylesheet() as unknown[]), ...(extra as unknown[])])
    .update();
}

async function run(): Promise<BenchResult> {
  const params = new URLSearchParams(location.search);
  const n = Number(params.get('n') ?? 2000);
  const layout = (params.get('layout') ?? 'fishbone') as Layout;
  const renderer = (params.get('renderer') ?? 'canvas') as Renderer;
  const tweaks = (params.get('tweak') ?? '').split('+').filter(Boolean);
  const container = document.getElementById('cy')!;
  const chain = syntheticChain(n, n);
  // Cytoscape's layouts get ready-made elements (untimed), so their columns
  // leave out building them, a small head start over ours.
  const bare = layout === 'fishbone' ? [] : withoutPositions(buildChainElements(chain, { lang: 'zh', labels: chainLabels('zh') }));

  // The app picks the renderer by size and GPU (renderOptions): `auto` leaves
  // that choice to it, the others force the renderer measured.
  const webgl = renderer === 'auto' ? undefined : renderer === 'webgl';

  // As in the app: the page (and its fonts) painted before the data arrives.
  await document.fonts.ready;
  await nextFrame();
  await nextFrame();
  // The driver reads the main thread's CPU time at both gates (see browser-bench.mjs).
  await gate('start');

  const t0 = performance.now();
  const since = () => performance.now() - t0;
  // Requested before Cytoscape exists, so it runs first in the first frame:
  // when the browser got round to a frame at all.
  let frameStart: number | null = null;
  requestAnimationFrame(() => (frameStart ??= since()));
  let cy: Core;
  let elements: number;
  let create: number;
  let layoutDone: number;
  if (layout === 'fishbone') {
    const els = buildChainElements(chain, { lang: 'zh', labels: chainLabels('zh') });
    elements = since();
    cy = createGraph({ container, elements: els, webgl });
    if (tweaks.length) applyTweaks(cy, tweaks);
    create = layoutDone = since();
  } else {
    elements = 0;
    cy = cytoscape({
      container,
      style: createStylesheet(),
      elements: bare,
      layout: { name: 'null' },
      minZoom: defaults.viewport.minZoom,
      maxZoom: defaults.viewport.maxZoom,
      boxSelectionEnabled: false,
      selectionType: 'single',
      ...renderOptions(bare.length, webgl),
    });
    create = since();
    await runLayout(cy, LAYOUTS[layout]);
    layoutDone = since();
  }
  // Cytoscape draws in its own animation frame, never inside the code above.
  const first = await nextPaint(cy);
  const drawn = first.drawn === null ? null : first.drawn - t0;
  const painted = first.painted === null ? null : first.painted - t0;
  const fittedZoom = cy.zoom();
  const tap = await tapNode(cy, container);
  const interactive = painted !== null && tap.painted !== null ? since() : null;
  window.benchStartup = { interactive };
  await gate('gestures');
  // Let Cytoscape's post-gesture full-quality redraw settle between gestures.
  await new Promise((r) => setTimeout(r, 300));
  const zoom = await wheelZoom(cy, container);
  await new Promise((r) => setTimeout(r, 300));
  const pan = await dragPan(cy, container);
  const webglActive = Boolean(rendererOf(cy).webgl);
  return {
    n: cy.elements().length,
    nodes: cy.nodes().length,
    edges: cy.edges().length,
    layout,
    renderer,
    webglActive,
    elements,
    create,
    layoutDone,
    drawn,
    frameStart,
    firstDrawMs: first.drawMs,
    zoomLevel: fittedZoom,
    painted,
    interactive,
    tap,
    zoom,
    pan,
  };
}

declare global {
  interface Window {
    benchResult: Promise<BenchResult | { error: string }>;
    /** Set once the map is interactive, before the gestures. */
    benchStartup?: { interactive: number | null };
    /** Opened by the driver: `benchOpen('start')`, `benchOpen('gestures')`. */
    benchOpen: (name: string) => void;
    /** The driver's callback (playwright's exposeFunction): no polling in the page. */
    benchWaiting?: (name: string) => void;
  }
}

const gates = new Map<string, () => void>();
window.benchOpen = (name) => gates.get(name)?.();
/** Waits for the driver (told through `benchWaiting`), unless the page was opened by hand (`&standalone`). */
function gate(name: string): Promise<void> {
  if (new URLSearchParams(location.search).has('standalone')) return Promise.resolve();
  return new Promise((resolve) => {
    gates.set(name, resolve);
    window.benchWaiting?.(name);
  });
}

window.benchResult = run().catch((e: unknown) => ({ error: e instanceof Error ? `${e.message}\n${e.stack}` : String(e) }));
