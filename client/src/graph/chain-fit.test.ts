import { describe, expect, it } from 'vitest';
import { fluoroChain, pvChain } from '../test/fixtures';
import { chainLabels } from '../shared/i18n/chain-labels';
import { boundsOf, fitViewport, labelClasses, labelLevel, laneRectsOf, placedFromDefinitions, placedFromGraph } from './chain-fit';
import { chainBounds, createGraph, laneRects } from './create-graph';
import { defaults } from './defaults';
import { buildChainElements } from './elements';

describe('chain fit from the definitions', () => {
  it('finds the same bands and extent as the graph made from them', () => {
    for (const chain of [pvChain, fluoroChain]) {
      const els = buildChainElements(chain, { lang: 'zh', labels: chainLabels('zh') });
      const cy = createGraph({ container: null, elements: els, headless: true });
      const placed = placedFromDefinitions(els);
      expect(placed).toEqual(placedFromGraph(cy));
      const rects = laneRectsOf(placed);
      expect(rects.length).toBeGreaterThan(0);
      expect(rects).toEqual(laneRects(cy));
      expect(boundsOf(placed, rects)).toEqual(chainBounds(cy, rects));
      cy.destroy();
    }
  });

  it('fits the extent into the container, within the zoom limits', () => {
    const { fitPadding, maxFitZoom, minZoom } = defaults.viewport;
    const b = { x1: 0, x2: 1000, y1: 0, y2: 500 };
    const view = fitViewport(b, 532, 1000)!;
    expect(view.zoom).toBeCloseTo((532 - 2 * fitPadding) / 1000);
    expect(view.pan.x).toBeCloseTo(532 / 2 - view.zoom * 500);
    expect(fitViewport({ x1: 0, x2: 10, y1: 0, y2: 10 }, 800, 600)!.zoom).toBe(maxFitZoom);
    expect(fitViewport({ x1: 0, x2: 1e6, y1: 0, y2: 10 }, 800, 600)!.zoom).toBe(minZoom);
    // A hidden container (no size) or an empty chain: nothing to fit.
    expect(fitViewport(b, 0, 600)).toBeNull();
    expect(fitViewport({ x1: Infinity, x2: -Infinity, y1: Infinity, y2: -Infinity }, 800, 600)).toBeNull();
  });

  it('gives the label classes of a zoom (firm lines go first, then ghost labels)', () => {
    const { detailZoom, ghostZoom } = defaults.label;
    expect(labelLevel(detailZoom)).toBe(0);
    expect(labelLevel(detailZoom - 0.01)).toBe(1);
    expect(labelLevel(ghostZoom - 0.01)).toBe(2);
    expect(labelClasses(0, 'segment')).toEqual([]);
    expect(labelClasses(1, 'ghost')).toEqual(['zoomed-out']);
    expect(labelClasses(2, 'segment')).toEqual(['zoomed-out']);
    expect(labelClasses(2, 'ghost')).toEqual(['zoomed-out', 'zoomed-far']);
  });
});
