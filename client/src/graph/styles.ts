import type { StylesheetJson } from 'cytoscape';
import { nodeWidthAt } from './chain-layout';
import { defaults } from './defaults';
import { STATUS_LOOK } from './palette';
import { STAGES, type GapStatus } from './types';

/**
 * Cytoscape stylesheet for the chain map. Stages differ by shape and border
 * style as well as colour (see defaults.stageShapes), so the map still reads
 * in greyscale or for colour-blind users. Selectors match classes set in
 * elements.ts.
 */

export function createStylesheet(options = defaults): StylesheetJson {
  const { layout, fonts, ghost, edges, selection, label } = options;

  const stageRules: StylesheetJson = STAGES.map((stage) => {
    const colors = options.stageColors[stage];
    const shape = options.stageShapes[stage];
    return {
      selector: `node.segment.${stage.toLowerCase()}`,
      style: {
        shape: shape.shape,
        'background-color': colors.fill,
        'border-color': colors.border,
        'border-style': shape.borderStyle,
        'border-width': shape.borderWidth,
        color: colors.text,
        // The rhomboid's slanted sides leave less room for text.
        ...(shape.shape === 'rhomboid' ? { 'text-max-width': `${layout.nodeWidth - 30}px` } : {}),
      },
    };
  });

  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: layout.nodeWidth,
        height: layout.nodeHeight,
        'font-family': fonts.family,
        'font-size': fonts.size,
        'text-valign': 'center',
        'text-halign': 'center',
        'text-wrap': 'wrap',
        'line-height': 1.1,
        // Leave room for the rhomboid's slanted sides.
        'text-max-width': `${layout.nodeWidth - 20}px`,
        'min-zoomed-font-size': fonts.minZoomedSize,
      },
    },
    ...stageRules,
    // Sub-segments: same stage cue, lighter weight, so the parent stands out.
    { selector: 'node.sub-segment', style: { 'background-opacity': 0.75 } },
    // Indented sub-segments are narrower (right edges aligned; chain-layout.ts).
    ...[1, 2].map((depth) => ({
      selector: `node.indent-${depth}`,
      style: {
        width: nodeWidthAt(depth, layout),
        'text-max-width': `${nodeWidthAt(depth, layout) - 20}px`,
      },
    })),
    // Gap statuses (a park or region chosen) override the stage's fill and border: the
    // palette (palette.ts) makes MISSING the loudest mark; stage stays readable by lane and
    // shape. Border style and the label's glyph (elements.ts) tell the status without colour.
    ...(['PRESENT', 'PIPELINE', 'MISSING'] as const satisfies readonly GapStatus[]).map((s) => {
      const look = STATUS_LOOK[s];
      return {
        selector: `node.status-${s.toLowerCase()}`,
        style: {
          'background-color': look.fill,
          'background-opacity': 1,
          'border-color': look.border,
          'border-style': look.borderStyle,
          'border-width': look.borderWidth,
          color: look.text,
          ...(s === 'MISSING' ? { 'font-weight': 'bold' as const, 'z-index': 10 } : {}),
        },
      };
    }),
    {
      selector: 'node.ghost',
      style: {
        shape: 'round-rectangle',
        width: layout.ghostWidth,
        'text-max-width': `${layout.ghostWidth - 14}px`,
        'background-color': ghost.fill,
        'border-color': ghost.border,
        'border-style': 'dashed',
        'border-width': 2,
        color: ghost.text,
        opacity: ghost.opacity,
        'font-size': fonts.ghostSize,
      },
    },
    // Results drawn with this sheet but without fitted labels (the analyst graph) wrap anywhere.
    { selector: 'node.cjk', style: { 'text-overflow-wrap': 'anywhere' } },
    // Labels fitted by elements.ts (label-fit.ts): already broken into lines that fit, so
    // Cytoscape must not wrap again; the node height is the chain's, tall enough for every label.
    {
      selector: 'node[fontSize]',
      style: { 'font-size': 'data(fontSize)', 'line-height': label.lineHeight, 'text-max-width': '2000px' },
    },
    { selector: 'node[h]', style: { height: 'data(h)' } },
    // Zoomed out (create-graph.ts sets these classes): names only, then no ghost labels.
    { selector: 'node.zoomed-out', style: { label: 'data(shortLabel)' } },
    { selector: 'node.ghost.zoomed-far', style: { label: '' } },
    {
      selector: 'node:selected',
      style: { 'overlay-color': selection.border, 'overlay-opacity': 0.18, 'overlay-padding': selection.width },
    },
    {
      selector: 'edge',
      style: {
        width: edges.width,
        'line-color': edges.flow,
        'curve-style': 'bezier',
      },
    },
    {
      selector: 'edge.flow',
      style: {
        'target-arrow-shape': 'triangle',
        'target-arrow-color': edges.flow,
        'arrow-scale': 1.1,
      },
    },
    // Flows between columns run orthogonally with their one vertical run in a column gap, on
    // the side that crosses fewer nodes (edge-routes.ts): no line through a segment's box.
    {
      selector: 'edge.turn-source, edge.turn-target',
      style: { 'curve-style': 'taxi', 'taxi-direction': 'horizontal', 'taxi-turn-min-distance': 4 },
    },
    { selector: 'edge.turn-source', style: { 'taxi-turn': layout.columnGap / 2 } },
    { selector: 'edge.turn-target', style: { 'taxi-turn': -layout.columnGap / 2 } },
    {
      selector: 'edge.same-column',
      style: { 'curve-style': 'unbundled-bezier', 'control-point-distances': layout.nodeWidth * 0.75, 'control-point-weights': 0.5 },
    },
    {
      selector: 'edge.cross-chain',
      style: {
        'line-color': edges.crossChain,
        'target-arrow-color': edges.crossChain,
        'line-style': 'dashed',
      },
    },
    // Hierarchy, not goods: thin dotted connector without an arrow.
    {
      selector: 'edge.part-of',
      style: {
        'line-color': edges.partOf,
        'line-style': 'dotted',
        width: 1,
        'target-arrow-shape': 'none',
        // Never parallel to another edge, so no bezier bundling needed:
        // straight is cheaper to compute and draw (one per enterprise, later).
        'curve-style': 'straight',
      },
    },
  ];
}
