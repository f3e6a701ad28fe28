/* eslint-disable @typescript-eslint/no-explicit-any -- Cytoscape's private renderer and style objects have no types. */
import type { Core } from 'cytoscape';

/**
 * Experiments on Cytoscape's (3.34) private internals, for the benchmark page only
 * (`BENCH_CASES=fishbone/canvas/nodouble+cheaptrig+noltc`): how much of the first frame would go if
 * Cytoscape did less, measured before asking upstream. None of them is safe for the app (see
 * docs/performance.md, "Cytoscape's first frame, 2026-12-06"): they skip work Cytoscape needs later.
 */
export const INTERNALS: Record<string, (cy: Core) => void> = {
  /**
   * The first `ele.boundingBox()` of each element (inside the first draw: the layered texture
   * cache's getBb, or the per-element culling when drawing directly) calls `dirtyBoundingBoxCache`, whose 'bounds' event re-queues the element's
   * rendered style: all 2,000 elements get their label and edge geometry computed a second time
   * in a later tick, before the first tap. Skipped when nothing was cached yet (a global patch of
   * the collection prototype: the page makes one map).
   */
  nodouble: (cy) => {
    const proto = Object.getPrototypeOf(cy.collection()) as any;
    if (proto.__nodouble) return;
    proto.__nodouble = true;
    const boundingBox = proto.boundingBox;
    proto.boundingBox = function (this: any, options: unknown) {
      const ele = this.length === 1 ? this[0] : null;
      if (!ele || ele._private.bbCache != null || ele._private.styleDirty) return boundingBox.call(this, options);
      ele.dirtyBoundingBoxCache = () => ele;
      try {
        return boundingBox.call(this, options);
      } finally {
        delete ele.dirtyBoundingBoxCache;
      }
    };
  },
  /**
   * Every style property applied to an element runs `checkTriggers`: `dirtyStyleCache` (the
   * element's connected edges as a new collection) and, for properties that move bounds, a
   * 'bounds' event bubbling to the core — 20,110 properties and 13,450 events for 2,000
   * elements. This keeps only the cache resets (UNSAFE: z-order and edge triggers are lost).
   */
  cheaptrig: (cy) => {
    (cy.style() as any).checkTriggers = (ele: any) => {
      ele._private.styleCache = null;
      ele._private.bbCache = null;
      ele._private.bodyBounds = null;
    };
  },
  /** No layered texture cache: every frame draws each element from its own texture cache. */
  noltc: (cy) => {
    const r = (cy as any).renderer();
    r.drawLayeredElements = function (this: any, ...args: unknown[]) {
      return this.drawCachedElements(...args);
    };
  },
  /** Logs each rendered-style pass over more than 10 elements (`&standalone`, console). */
  trace: (cy) => {
    const r = (cy as any).renderer();
    const recalc = r.recalculateRenderedStyle;
    const t0 = performance.now();
    r.recalculateRenderedStyle = function (this: any, eles: any, useCache: unknown) {
      const start = performance.now();
      const out = recalc.call(this, eles, useCache);
      if (eles.length > 10)
        console.log(
          `rendered-style pass: ${eles.length} elements at ${(start - t0).toFixed(0)} ms, ${(performance.now() - start).toFixed(0)} ms`,
        );
      return out;
    };
  },
};
