import type { Core } from 'cytoscape';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { containerSize } from '../../graph/chain-fit';

const sizeKey = ({ width, height }: { width: number; height: number }) => `${Math.round(width)}x${Math.round(height)}`;

export interface UseCytoscapeOptions {
  /** Build without rendering (jsdom has no canvas): no resize observer then. */
  headless?: boolean;
  /** The container changed size (side panel, wrapping legend); default: `cy.resize()`. */
  onResize?: (cy: Core) => void;
  /** Receives the instance after creation and null before it is destroyed (tests, debugging). */
  onGraph?: (cy: Core | null) => void;
}

/**
 * The one place a canvas mounts the graph core: `create` makes the instance for the container
 * in an effect, and the cleanup destroys it (listeners, DOM, resize observer), so nothing of a
 * graph outlives its component. A new `create` (memoise it on what the graph is built from)
 * makes a fresh instance. Cytoscape only watches the window, so the container is observed too.
 */
export function useCytoscape(
  create: (container: HTMLElement | null) => Core,
  { headless = false, onResize, onGraph }: UseCytoscapeOptions = {},
): { containerRef: RefObject<HTMLDivElement | null>; cy: Core | null } {
  const containerRef = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  // Callbacks in a ref, so a parent re-render does not rebuild the graph.
  const callbacks = useRef({ onResize, onGraph });
  useEffect(() => {
    callbacks.current = { onResize, onGraph };
  });

  useEffect(() => {
    const container = containerRef.current;
    const observed = !headless && container && typeof ResizeObserver !== 'undefined';
    // Read before `create` adds its canvases, so it costs no extra layout (create reads it too).
    let size = observed ? sizeKey(containerSize(container)) : '';
    const instance = create(container);
    let observer: ResizeObserver | undefined;
    if (observed) {
      observer = new ResizeObserver(([entry]) => {
        // The observer's first call comes at the size the instance was just made for: resizing
        // and refitting then would only draw the first frame a second time.
        const now = entry ? sizeKey(entry.contentRect) : '';
        if (now === size) return;
        size = now;
        (callbacks.current.onResize ?? ((c: Core) => c.resize()))(instance);
      });
      observer.observe(container);
    }
    setCy(instance);
    callbacks.current.onGraph?.(instance);
    return () => {
      observer?.disconnect();
      callbacks.current.onGraph?.(null);
      instance.destroy();
      setCy(null);
    };
  }, [create, headless]);

  return { containerRef, cy };
}
