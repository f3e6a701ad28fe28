import type { ElementDefinition, LayoutOptions } from 'cytoscape';
import { useEffect, useMemo, useRef } from 'react';
import type { AnalystResult } from '../../api/types';
import { createGraph } from '../../graph/create-graph';
import { useLang, useT } from '../../i18n/context';

/**
 * Free-form query results drawn with the shared Cytoscape core. Unlike a chain map
 * these have no stages, so positions come from a force (cose) layout, not chain-layout.
 */
export function ResultGraph({ graph, headless = false }: { graph: AnalystResult['graph']; headless?: boolean }) {
  const t = useT();
  const lang = useLang();
  const ref = useRef<HTMLDivElement>(null);
  const elements = useMemo<ElementDefinition[]>(() => {
    const ids = new Set(graph.nodes.map((n) => n.id));
    return [
      ...graph.nodes.map((n) => ({
        group: 'nodes' as const,
        data: { id: n.id, label: lang === 'en' ? (n.labelEn ?? n.label) : n.label, type: n.type },
        classes: [n.type.toLowerCase(), ...(lang === 'zh' ? ['cjk'] : [])],
      })),
      ...graph.edges
        .filter((e) => ids.has(e.source) && ids.has(e.target))
        .map((e) => ({ group: 'edges' as const, data: { id: `e:${e.id}`, source: e.source, target: e.target, label: e.type }, classes: ['flow'] })),
    ];
  }, [graph, lang]);

  useEffect(() => {
    const cy = createGraph({ container: ref.current, elements, headless });
    if (!headless) {
      cy.layout({ name: elements.length > 300 ? 'grid' : 'cose', animate: false, fit: true, padding: 30 } as LayoutOptions).run();
    }
    let observer: ResizeObserver | undefined;
    if (!headless && ref.current && typeof ResizeObserver !== 'undefined') {
      observer = new ResizeObserver(() => cy.resize());
      observer.observe(ref.current);
    }
    return () => {
      observer?.disconnect();
      cy.destroy();
    };
  }, [elements, headless]);

  return (
    <div>
      {graph.truncated && <p className="analyst-note">{t.analyst.graphTruncated}</p>}
      <div
        ref={ref}
        className="analyst-graph"
        role="figure"
        aria-label={t.analyst.graphLabel}
        data-testid="analyst-graph"
        data-node-count={graph.nodes.length}
      />
    </div>
  );
}
