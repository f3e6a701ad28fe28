// The stage bands are DOM under Cytoscape's canvas (create-graph.ts), so cy.png()/cy.svg() do not
// see them. Exports are composed here: a frame around graph and bands, the bands drawn first in
// the frame's pixels, then Cytoscape's own image placed at the offset of its model bounding box.
import type { Core } from 'cytoscape';
import type { Bounds, LaneRect } from './create-graph';
import { defaults } from './defaults';

/** White space around the picture (model units), so nothing touches the edge of a printout. */
export const EXPORT_MARGIN = 12;

/** Where things go in the exported image, in its pixels. */
export interface ExportFrame {
  /** Image pixels per model unit. */
  scale: number;
  /** Model coordinates of the image's top-left corner. */
  originX: number;
  originY: number;
  width: number;
  height: number;
  /** Top-left of Cytoscape's own image within the frame. */
  graphX: number;
  graphY: number;
}

/**
 * The frame around the graph's bounding box (what cy.png/cy.svg render with `full: true`) and
 * the bands. `scale` is the exporter's effective scale (its option × the renderer pixel ratio).
 */
export function exportFrame(graph: Bounds, lanes: readonly LaneRect[], scale: number, margin = EXPORT_MARGIN): ExportFrame {
  const x1 = Math.min(graph.x1, ...lanes.map((l) => l.x1)) - margin;
  const y1 = Math.min(graph.y1, ...lanes.map((l) => l.y1)) - margin;
  const x2 = Math.max(graph.x2, ...lanes.map((l) => l.x2)) + margin;
  const y2 = Math.max(graph.y2, ...lanes.map((l) => l.y2)) + margin;
  return {
    scale,
    originX: x1,
    originY: y1,
    width: Math.ceil((x2 - x1) * scale),
    height: Math.ceil((y2 - y1) * scale),
    graphX: (graph.x1 - x1) * scale,
    graphY: (graph.y1 - y1) * scale,
  };
}

/** One band as drawn in the export: the same look as the on-screen DOM band. */
export interface LaneShape {
  label: string;
  x: number;
  y: number;
  w: number;
  h: number;
  radius: number;
  /** The fill as rgba() for canvas, and as colour + opacity for SVG viewers without rgba(). */
  fill: string;
  fillHex: string;
  fillOpacity: number;
  border: string;
  borderWidth: number;
  text: string;
  fontSize: number;
  /** Left edge and vertical middle of the caption. */
  textX: number;
  textY: number;
}

export function laneShapes(frame: ExportFrame, lanes: readonly LaneRect[]): LaneShape[] {
  const { lanes: l, stageColors } = defaults;
  const s = frame.scale;
  return lanes.map((r) => {
    const c = stageColors[r.stage];
    const x = (r.x1 - frame.originX) * s;
    const y = (r.y1 - frame.originY) * s;
    return {
      label: r.label,
      x,
      y,
      w: (r.x2 - r.x1) * s,
      h: (r.y2 - r.y1) * s,
      radius: 6 * s,
      fill: rgba(c.fill, l.opacity),
      fillHex: c.fill,
      fillOpacity: l.opacity,
      border: c.border,
      borderWidth: 3 * s,
      text: c.text,
      fontSize: l.labelSize * s,
      // The DOM band: 3px top border, 4px/8px padding, a line of labelHeight - 8.
      textX: x + 8 * s,
      textY: y + (3 + 4 + (l.labelHeight - 8) / 2) * s,
    };
  });
}

/** The model bounding box Cytoscape's exporters use for `full: true`. */
export function graphBounds(cy: Core): Bounds {
  const bb = cy.elements().boundingBox(); // = the exporters' cy.mutableElements()
  return { x1: bb.x1, x2: bb.x2, y1: bb.y1, y2: bb.y2 };
}

/**
 * The exporters size their output `ceil(bb.w) × scale × pixelRatio`; reading the ratio back
 * from that width keeps us independent of the renderer's private pixel-ratio logic.
 */
export function effectiveScale(graph: Bounds, outputWidth: number): number {
  const w = Math.ceil(graph.x2 - graph.x1);
  return w > 0 ? outputWidth / w : 1;
}

/** PNG: white, bands, then the graph (rendered on a transparent background). */
export async function composePng(cy: Core, lanes: readonly LaneRect[], scale: number): Promise<Blob> {
  const graphPng = cy.png({ full: true, scale, output: 'blob' }) as unknown as Blob;
  const img = await createImageBitmap(graphPng);
  const graph = graphBounds(cy);
  const frame = exportFrame(graph, lanes, effectiveScale(graph, img.width));
  const canvas = document.createElement('canvas');
  canvas.width = frame.width;
  canvas.height = frame.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, frame.width, frame.height);
  for (const b of laneShapes(frame, lanes)) {
    ctx.fillStyle = b.fill;
    ctx.beginPath();
    ctx.roundRect(b.x, b.y, b.w, b.h, b.radius);
    ctx.fill();
    ctx.fillStyle = b.border;
    ctx.fillRect(b.x + b.radius, b.y, b.w - 2 * b.radius, b.borderWidth);
    ctx.fillStyle = b.text;
    ctx.font = `600 ${b.fontSize}px ${defaults.fonts.family}`;
    ctx.textBaseline = 'middle';
    ctx.fillText(b.label, b.textX, b.textY);
  }
  ctx.drawImage(img, frame.graphX, frame.graphY);
  img.close();
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

/**
 * SVG: Cytoscape's SVG nested at its offset inside a frame that draws the bands first, so the
 * graph's own markup (defs, paths) is kept as it is.
 */
export function svgWithLanes(graphSvg: string, graph: Bounds, lanes: readonly LaneRect[], margin = EXPORT_MARGIN): string {
  const doc = new DOMParser().parseFromString(graphSvg, 'image/svg+xml');
  const inner = doc.documentElement;
  if (inner.nodeName !== 'svg') throw new Error('not an SVG');
  const frame = exportFrame(graph, lanes, effectiveScale(graph, Number.parseFloat(inner.getAttribute('width') ?? '0')), margin);
  inner.setAttribute('x', String(frame.graphX));
  inner.setAttribute('y', String(frame.graphY));
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const bands = laneShapes(frame, lanes).map(
    (b) =>
      `<g class="stage-lane"><rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" rx="${b.radius}" fill="${b.fillHex}" fill-opacity="${b.fillOpacity}"/>` +
      `<rect x="${b.x + b.radius}" y="${b.y}" width="${b.w - 2 * b.radius}" height="${b.borderWidth}" fill="${b.border}"/>` +
      `<text x="${b.textX}" y="${b.textY}" dominant-baseline="middle" font-family="${esc(defaults.fonts.family).replace(/"/g, "'")}" font-size="${b.fontSize}" font-weight="600" fill="${b.text}">${esc(b.label)}</text></g>`,
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${frame.width}" height="${frame.height}" viewBox="0 0 ${frame.width} ${frame.height}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>${bands.join('')}${new XMLSerializer().serializeToString(inner)}</svg>`
  );
}

function rgba(hex: string, alpha: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}
