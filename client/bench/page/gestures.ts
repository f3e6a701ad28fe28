import type { Core } from 'cytoscape';

/**
 * Input as a user gives it: DOM mouse and wheel events on Cytoscape's top
 * canvas, so its own hit testing, tap detection, selection and redraw all run
 * (emitting 'tap' directly would skip the renderer entirely).
 */

const now = () => performance.now();
export const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(now())));

/** Cytoscape's renderer keeps a count and the timing of its redraws (private API). */
interface RendererStats {
  redrawCount?: number;
  lastDrawTime?: number;
  lastRedrawTime?: number;
  webgl?: boolean;
}
export const rendererOf = (cy: Core) => (cy as unknown as { renderer(): RendererStats }).renderer();

export interface Paint {
  /** When Cytoscape finished drawing the frame, and how long the draw took. */
  drawn: number | null;
  drawMs: number | null;
  /** When that frame had reached the screen. */
  painted: number | null;
}

/**
 * The next frame Cytoscape draws, and when it was shown. It draws in its own
 * requestAnimationFrame loop (canvas and WebGL alike, counting redraws); a
 * callback requested after it runs in the same frame and sees the count go
 * up, and the one after that runs once the frame was shown.
 */
export function nextPaint(cy: Core, timeoutMs = 10_000): Promise<Paint> {
  const r = rendererOf(cy);
  const before = r.redrawCount ?? 0;
  const deadline = now() + timeoutMs;
  return new Promise((resolve) => {
    const poll = () => {
      if ((r.redrawCount ?? 0) > before) {
        const drawn = r.lastDrawTime ?? null;
        const drawMs = r.lastRedrawTime ?? null;
        requestAnimationFrame(() => resolve({ drawn, drawMs, painted: now() }));
      } else if (now() > deadline) {
        resolve({ drawn: null, drawMs: null, painted: null });
      } else {
        requestAnimationFrame(poll);
      }
    };
    requestAnimationFrame(poll);
  });
}

function topCanvas(container: HTMLElement): HTMLCanvasElement {
  const canvases = container.querySelectorAll('canvas');
  return canvases[canvases.length - 1]!;
}

function mouse(target: EventTarget, type: string, clientX: number, clientY: number): void {
  target.dispatchEvent(
    new MouseEvent(type, {
      bubbles: true,
      cancelable: true,
      clientX,
      clientY,
      button: 0,
      buttons: type === 'mouseup' ? 0 : 1,
      view: window,
    }),
  );
}

/** A visible segment near the middle of the view: what a user would click first. */
function nodeToTap(cy: Core) {
  const { x1, x2, y1, y2 } = cy.extent();
  const cx = (x1 + x2) / 2;
  const cyy = (y1 + y2) / 2;
  let best = cy.nodes()[0]!;
  let bestD = Infinity;
  cy.nodes('[kind = "segment"]').forEach((n) => {
    const p = n.position();
    const d = (p.x - cx) ** 2 + (p.y - cyy) ** 2;
    if (d < bestD) {
      bestD = d;
      best = n;
    }
  });
  return best;
}

export interface TapResult {
  /** Tap handler called (ms after the mousedown). */
  handled: number | null;
  /** The frame showing the selection painted (ms after the mousedown). */
  painted: number | null;
  /** Whether the tapped element was the node aimed at (hit testing worked). */
  hit: boolean;
}

/** Clicks a node; resolves when its tap handler ran and the next frame is painted. */
export async function tapNode(cy: Core, container: HTMLElement): Promise<TapResult> {
  const node = nodeToTap(cy);
  const rect = container.getBoundingClientRect();
  const rp = node.renderedPosition();
  const x = rect.left + rp.x;
  const y = rect.top + rp.y;
  const canvas = topCanvas(container);
  let handled: number | null = null;
  let hit = false;
  const tapped = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 5_000);
    cy.one('tap', (event) => {
      handled = now();
      hit = event.target !== cy && event.target.id() === node.id();
      clearTimeout(timer);
      resolve();
    });
  });
  const t0 = now();
  const paint = nextPaint(cy);
  mouse(canvas, 'mousedown', x, y);
  mouse(canvas, 'mouseup', x, y);
  await tapped;
  const { painted } = await paint;
  return { handled: handled === null ? null : handled - t0, painted: painted === null ? null : painted - t0, hit };
}

export interface FrameStats {
  /** Median and worst interval between frames during the gesture (ms). */
  median: number;
  max: number;
  /** Cytoscape redraws during the gesture (one per frame is smooth). */
  renders: number;
}

function stats(stamps: number[], renders: number): FrameStats {
  const gaps = stamps.slice(1).map((t, i) => t - stamps[i]!);
  const sorted = [...gaps].sort((a, b) => a - b);
  return { median: sorted[sorted.length >> 1] ?? NaN, max: sorted[sorted.length - 1] ?? NaN, renders };
}

async function gesture(cy: Core, frames: number, step: (i: number) => void): Promise<FrameStats> {
  const r = rendererOf(cy);
  const before = r.redrawCount ?? 0;
  const stamps: number[] = [await nextFrame()];
  for (let i = 0; i < frames; i++) {
    step(i);
    stamps.push(await nextFrame());
  }
  return stats(stamps, (r.redrawCount ?? 0) - before);
}

/** Mouse-wheel zoom, one wheel event per frame: in, then back out. */
export function wheelZoom(cy: Core, container: HTMLElement, frames = 30): Promise<FrameStats> {
  const rect = container.getBoundingClientRect();
  const canvas = topCanvas(container);
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  return gesture(cy, frames, (i) => {
    const deltaY = i < frames / 2 ? -60 : 60;
    canvas.dispatchEvent(
      new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: x, clientY: y, deltaY, deltaMode: 0, view: window }),
    );
  });
}

/** Drag-to-pan on the empty background, one mouse move per frame. */
export async function dragPan(cy: Core, container: HTMLElement, frames = 30): Promise<FrameStats> {
  const rect = container.getBoundingClientRect();
  const canvas = topCanvas(container);
  // The fit leaves a padding around the chain: a corner is empty background.
  let x = rect.left + 4;
  let y = rect.top + 4;
  mouse(canvas, 'mousedown', x, y);
  const result = await gesture(cy, frames, () => {
    x += 8;
    y += 4;
    mouse(canvas, 'mousemove', x, y);
  });
  mouse(canvas, 'mouseup', x, y);
  return result;
}
