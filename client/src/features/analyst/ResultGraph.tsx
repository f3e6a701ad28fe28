import type { ElementDefinition } from 'cytoscape';
import { useCallback, useMemo } from 'react';
import type { AnalystResult } from '../../shared/api/types';
import { createGraph } from '../../graph/create-graph';
import { resultLayout } from '../../graph/explore-layouts';
import { useCytoscape } from '../../shared/hooks/use-cytoscape';
import { useLang } from '../../shared/i18n/context';
import { useAnalystT } from './messages';

/** Fill per domain type, so a mixed result (firms, segments, parks) reads at a glance. */
const TYPE_COLORS: Record<string, string> = {
  Enterprise: '#4a7fc1',
  Segment: '#3f9a6b',
  Park: '#d98a2b',
  Region: '#8a63b8',
  Chain: '#c0504d',
  Project: '#2a9d9f',
  Institution: '#8d6e4f',
};
const OTHER_COLOR = '#8a94a3';

/**
 * Free-form query results drawn with the shared Cytoscape core. Unlike a chain map
 * these have no stages, so positions come from a force (cose) layout, not chain-layout.
 */
export function ResultGraph({ graph, headless = false }: { graph: AnalystResult['graph']; headless?: boolean }) {
  const a = useAnalystT();
  const lang = useLang();
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
        .map((e) => ({
          group: 'edges' as const,
          data: { id: `e:${e.id}`, source: e.source, target: e.target, label: e.type },
          classes: ['flow'],
        })),
    ];
  }, [graph, lang]);

  const create = useCallback(
    (container: HTMLElement | null) => {
      const cy = createGraph({ container, elements, headless });
      if (!headless) {
        // Added to the shared stylesheet for this instance only: the chain map keeps its look.
        const style = cy.style();
        for (const [type, color] of Object.entries(TYPE_COLORS)) {
          style.selector(`node.${type.toLowerCase()}`).style({ 'background-color': color, color: '#fff' });
        }
        style.selector('edge').style({
          label: 'data(label)',
          'font-size': 11,
          color: '#3d4652',
          'text-rotation': 'autorotate',
          'text-background-color': '#fbfcfe',
          'text-background-opacity': 1,
          'text-background-padding': '2px',
        });
        style.update();
        cy.layout(resultLayout(cy)).run();
      }
      return cy;
    },
    [elements, headless],
  );
  const { containerRef } = useCytoscape(create, { headless });

  return (
    <div>
      {graph.truncated && <p className="analyst-note">{a.graphTruncated}</p>}
      <ul className="analyst-graph-legend">
        {[...new Set(graph.nodes.map((n) => n.type))].map((type) => (
          <li key={type}>
            <span aria-hidden="true" style={{ background: TYPE_COLORS[type] ?? OTHER_COLOR }} />
            {a.nodeType[type] ?? type}
          </li>
        ))}
      </ul>
      <div
        ref={containerRef}
        className="analyst-graph"
        role="figure"
        aria-label={a.graphLabel}
        data-testid="analyst-graph"
        data-node-count={graph.nodes.length}
      />
    </div>
  );
}
