import type { Core, ElementDefinition, NodeDataDefinition } from 'cytoscape';
import { useCallback, useEffect, useRef } from 'react';
import { containerResized, createGraph } from '../../graph/create-graph';
import { registerExtensions } from '../../graph/extensions';
import { useCytoscape } from '../../shared/hooks/use-cytoscape';

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
  // The handler in a ref, so a parent re-render does not rebuild the graph.
  const onNodeTapRef = useRef(onNodeTap);
  useEffect(() => {
    onNodeTapRef.current = onNodeTap;
  });
  // Wired as it is made, so whoever receives the instance (onGraph) gets it ready to use.
  const create = useCallback(
    (container: HTMLElement | null) => {
      // cy.svg() for the export buttons (the core leaves extensions to its users).
      registerExtensions();
      return createGraph({ container, elements, headless }).on('tap', 'node', (event) =>
        onNodeTapRef.current?.(event.target.data() as NodeDataDefinition),
      );
    },
    [elements, headless],
  );
  // An untouched map also fits itself again when its container resizes.
  const { containerRef, cy } = useCytoscape(create, { headless, onResize: containerResized, onGraph });

  return (
    <div
      ref={containerRef}
      className="chain-map"
      role="figure"
      aria-label={label}
      data-testid="chain-map"
      data-node-count={cy?.nodes().length ?? 0}
      data-edge-count={cy?.edges().length ?? 0}
    />
  );
}
