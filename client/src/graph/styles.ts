import type { StylesheetJson } from 'cytoscape';
import { nodeWidthAt } from './chain-layout';
import { defaults } from './defaults';
import { STAGES } from './types';

/**
 * Cytoscape stylesheet for the chain map. Stages differ by shape and border
 * style as well as colour (see defaults.stageShapes), so the map still reads
 * in greyscale or for colour-blind users. Selectors match classes set in
 * elements.ts.
 */
/** Colours of the gap statuses; shapes and borders carry the meaning, these only help. */
export const STATUS_STYLE = { pipelineFill: '#f2c14e', missingBorder: '#6b7280', missingText: '#4b5563' } as const;

export function createStylesheet(options = defaults): StylesheetJson {
  const { layout, fonts, ghost, edges, selection } = options;
  const status = STATUS_STYLE;

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
    { selector: 'node.sub-segment', style: { 'font-size': fonts.size - 1, 'background-opacity': 0.75 } },
    // Indented sub-segments are narrower (right edges aligned; chain-layout.ts).
    ...[1, 2].map((depth) => ({
      selector: `node.indent-${depth}`,
      style: {
        width: nodeWidthAt(depth, layout),
        'text-max-width': `${nodeWidthAt(depth, layout) - 20}px`,
      },
    })),
    // Gap statuses (a park or region chosen): border style, fill and a glyph in
    // the label (elements.ts) each tell the status, so colour is never needed.
    { selector: 'node.status-present', style: { 'border-style': 'solid', 'border-width': 3, 'background-opacity': 1 } },
    {
      selector: 'node.status-pipeline',
      style: {
        'border-style': 'dashed',
        'border-width': 3,
        // Half-filled: the stage colour on the left half, white on the right.
        'background-fill': 'linear-gradient',
        'background-gradient-direction': 'to-right',
        'background-gradient-stop-colors': [status.pipelineFill, status.pipelineFill, '#ffffff', '#ffffff'],
        'background-gradient-stop-positions': ['0%', '50%', '50%', '100%'],
      },
    },
    {
      selector: 'node.status-missing',
      style: {
        'border-style': 'dotted',
        'border-width': 3,
        'border-color': status.missingBorder,
        'background-color': '#ffffff',
        color: status.missingText,
      },
    },
    // Two label lines (segment + its local firms): a notch smaller to fit the fixed box.
    { selector: 'node.with-enterprises, node.with-projects', style: { 'font-size': fonts.size - 1, 'line-height': 1.05 } },
    { selector: 'node.with-enterprises.with-projects', style: { 'font-size': fonts.size - 2, 'line-height': 1 } },
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
    { selector: 'node.cjk', style: { 'text-overflow-wrap': 'anywhere' } },
    {
      selector: 'node:selected',
      style: { 'border-color': selection.border, 'border-width': selection.width },
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
