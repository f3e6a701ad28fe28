import type { Core } from 'cytoscape';
import { useCallback, useEffect, useRef, useState } from 'react';
import { createExploreGraph, highlightPath, runLayout, syncGraph } from '../../graph/explore-graph';
import type { ExploreState } from '../../graph/explore-model';
import { useCytoscape } from '../../shared/hooks/use-cytoscape';
import type { Lang } from '../../shared/i18n/lang';

export interface Highlight {
  nodes: string[];
  edges: string[];
}

interface ExploreCanvasProps {
  state: ExploreState;
  lang: Lang;
  label: string;
  /** Relationship type → edge label in the current language. */
  relLabel: (type: string) => string;
  selected: string | null;
  highlight: Highlight | null;
  /** Bumped to re-run the current layout (choosing it again). */
  relayout: number;
  onSelect: (id: string | null) => void;
  onExpand: (id: string) => void;
  onGraph?: (cy: Core | null) => void;
  headless?: boolean;
}

/**
 * One Cytoscape instance for the life of the view (so positions survive expansions); each model
 * change is applied as a difference. New nodes or another layout run the layout; hiding,
 * pinning and undoing a hide do not, so the picture does not jump.
 */
export function ExploreCanvas({
  state,
  lang,
  label,
  relLabel,
  selected,
  highlight,
  relayout,
  onSelect,
  onExpand,
  onGraph,
  headless = false,
}: ExploreCanvasProps) {
  const handlers = useRef({ onSelect, onExpand });
  useEffect(() => {
    handlers.current = { onSelect, onExpand };
  });
  // Wired as it is made, so whoever receives the instance (onGraph) gets it ready to use.
  const create = useCallback(
    (container: HTMLElement | null) => {
      const instance = createExploreGraph(container, headless);
      instance.on('tap', 'node', (e) => handlers.current.onSelect(e.target.id() as string));
      instance.on('tap', (e) => {
        if (e.target === instance) handlers.current.onSelect(null);
      });
      // Double-click, or a long press on touch screens, expands.
      instance.on('dbltap taphold', 'node', (e) => handlers.current.onExpand(e.target.id() as string));
      return instance;
    },
    [headless],
  );
  const { containerRef, cy } = useCytoscape(create, { headless, onGraph });
  const [counts, setCounts] = useState({ nodes: 0, edges: 0, layouts: 0 });
  const laidOut = useRef<{ layout: string | null; relayout: number }>({ layout: null, relayout });

  useEffect(() => {
    if (!cy) return;
    const added = syncGraph(cy, state, lang, relLabel);
    const prev = laidOut.current;
    const layoutChanged = prev.layout !== state.layout || prev.relayout !== relayout;
    laidOut.current = { layout: state.layout, relayout };
    const finish = () => setCounts((c) => ({ nodes: cy.nodes().length, edges: cy.edges().length, layouts: c.layouts + 1 }));
    if (added.length > 0 || layoutChanged) {
      // Layouts need the stylesheet's node sizes; headless (jsdom tests) has none: keep start positions.
      if (headless) finish();
      else void runLayout(cy, state.layout, state.focus).then(() => !cy.destroyed() && finish());
    } else {
      setCounts((c) => ({ ...c, nodes: cy.nodes().length, edges: cy.edges().length }));
    }
    // relLabel follows lang; left out so an inline function does not re-sync every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cy, state, lang, relayout, headless]);

  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.nodes(':selected')
        .filter((n) => n.id() !== selected)
        .unselect();
      cy.edges('.labelled').removeClass('labelled');
      if (selected) cy.getElementById(selected).select().connectedEdges().addClass('labelled');
    });
  }, [cy, selected, state]);

  useEffect(() => {
    if (cy) highlightPath(cy, highlight?.nodes ?? null, highlight?.edges);
  }, [cy, highlight, state]);

  return (
    <div
      ref={containerRef}
      className="explore-canvas"
      role="figure"
      aria-label={label}
      data-testid="explore-canvas"
      data-node-count={counts.nodes}
      data-edge-count={counts.edges}
      // Finished layouts, so tests (and screenshots) can wait for the picture to settle.
      data-layouts={counts.layouts}
      data-layout={state.layout}
    />
  );
}
