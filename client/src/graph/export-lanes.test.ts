import { describe, expect, it } from 'vitest';
import type { LaneRect } from './create-graph';
import { defaults } from './defaults';
import { effectiveScale, exportFrame, laneShapes, svgWithLanes } from './export-lanes';

// Two bands around a graph whose bounding box (labels included) sticks out right and below.
const lanes: LaneRect[] = [
  { stage: 'UPSTREAM', label: '上游', x1: -100, x2: 50, y1: -60, y2: 200 },
  { stage: 'DOWNSTREAM', label: '下游 <B&C>', x1: 50, x2: 300, y1: -60, y2: 200 },
];
const graph = { x1: -90, x2: 320, y1: -20, y2: 230 };

describe('export frame', () => {
  it('spans graph and bands and places the graph image at its model offset', () => {
    const f = exportFrame(graph, lanes, 2, 0);
    expect(f).toEqual({ scale: 2, originX: -100, originY: -60, width: 840, height: 580, graphX: 20, graphY: 80 });
    // The margin is white space on every side.
    expect(exportFrame(graph, lanes, 2, 10)).toEqual({
      scale: 2,
      originX: -110,
      originY: -70,
      width: 880,
      height: 620,
      graphX: 40,
      graphY: 100,
    });
  });

  it('is the graph itself when there are no bands', () => {
    expect(exportFrame(graph, [], 1, 0)).toMatchObject({ originX: -90, originY: -20, width: 410, height: 250, graphX: 0, graphY: 0 });
  });

  it('reads the exporter scale (option × pixel ratio) back from the output width', () => {
    expect(effectiveScale(graph, 410 * 4)).toBe(4);
    expect(effectiveScale({ x1: 0, x2: 10.2, y1: 0, y2: 1 }, 22)).toBe(2);
  });

  it('draws each band at its pixels with the caption inside the top padding', () => {
    const [up, down] = laneShapes(exportFrame(graph, lanes, 2, 0), lanes);
    expect(up).toMatchObject({ label: '上游', x: 0, y: 0, w: 300, h: 520, border: defaults.stageColors.UPSTREAM.border, fontSize: 36 });
    expect(down).toMatchObject({ x: 300, w: 500, fillHex: defaults.stageColors.DOWNSTREAM.fill, fillOpacity: defaults.lanes.opacity });
    expect(up!.textX).toBeGreaterThan(up!.x);
    expect(up!.textY).toBeGreaterThan(up!.y);
    expect(up!.textY + up!.fontSize / 2).toBeLessThan(up!.y + (defaults.lanes.labelHeight + defaults.lanes.padding) * 2);
  });
});

describe('svgWithLanes', () => {
  const cySvg = '<svg xmlns="http://www.w3.org/2000/svg" width="820" height="500"><defs/><path d="M0 0"/></svg>';
  it('puts the bands and escaped captions under the graph, which keeps its markup at its offset', () => {
    const out = svgWithLanes(cySvg, graph, lanes, 0);
    const doc = new DOMParser().parseFromString(out, 'image/svg+xml');
    const root = doc.documentElement;
    expect(root.getAttribute('width')).toBe('840');
    expect(root.getAttribute('viewBox')).toBe('0 0 840 580');
    expect([...doc.querySelectorAll('text')].map((t) => t.textContent)).toEqual(['上游', '下游 <B&C>']);
    const inner = root.querySelector(':scope > svg')!;
    expect(inner.getAttribute('x')).toBe('20');
    expect(inner.getAttribute('y')).toBe('80');
    expect(inner.querySelector('path')).not.toBeNull();
    // Bands come before (under) the graph.
    const children = [...root.children].map((c) => c.getAttribute('class') ?? c.nodeName);
    expect(children).toEqual(['rect', 'stage-lane', 'stage-lane', 'svg']);
  });

  it('refuses what is not an SVG', () => {
    expect(() => svgWithLanes('<html/>', graph, lanes)).toThrow();
  });
});
