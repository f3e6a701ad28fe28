import type { Core, ElementDefinition, NodeDataDefinition } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import { containerResized, createGraph } from '../graph/create-graph';

export interface ChainMapProps {
  elements: ElementDefinition[];
  /** Accessible name of the map (the canvas itself says nothing to a screen reader). */
  label: string;
  /** Build the graph without rendering: jsdom has no canvas. */
  headless?: boolean;
  onNodeTap?: (data: NodeDataDefinition) => void;
  /** Receives the instance after creation and null after destruction (tests, future panels). */
  onGraph?: (cy: Core | null) => void;
}

/**
 * Mounts a Cytoscape instance for the given elements. A new element list (other
 * chain, other language) makes a fresh instance: cheap, since positions are
 * precomputed, and it avoids diffing state inside Cytoscape.
 */
export function ChainMap({ elements, label, headless = false, onNodeTap, onGraph }: ChainMapProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [counts, setCounts] = useState({ nodes: 0, edges: 0 });

  // Callbacks in refs, so a parent re-render does not rebuild the graph.
  const onNodeTapRef = useRef(onNodeTap);
  const onGraphRef = useRef(onGraph);
  useEffect(() => {
    onNodeTapRef.current = onNodeTap;
    onGraphRef.current = onGraph;
  });

  useEffect(() => {
    const container = containerRef.current;
    const cy = createGraph({ container, elements, headless });
    cy.on('tap', 'node', (event) => onNodeTapRef.current?.(event.target.data() as NodeDataDefinition));
    setCounts({ nodes: cy.nodes().length, edges: cy.edges().length });
    onGraphRef.current?.(cy);

    // Cytoscape only watches the window; the container can resize on its own
    // (sidebar, legend wrapping), which would otherwise misplace clicks.
    // An untouched map also fits itself again.
    let observer: ResizeObserver | undefined;
    if (!headless && container && typeof ResizeObserver !== 'undefined') {
      observer = new ResizeObserver(() => containerResized(cy));
      observer.observe(container);
    }
    return () => {
      observer?.disconnect();
      onGraphRef.current?.(null);
      cy.destroy();
    };
  }, [elements, headless]);

  return (
    <div
      ref={containerRef}
      className="chain-map"
      role="figure"
      aria-label={label}
      data-testid="chain-map"
      data-node-count={counts.nodes}
      data-edge-count={counts.edges}
    />
  );
}
