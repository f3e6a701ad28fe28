import type { StylesheetJson } from 'cytoscape';
import { defaults } from './defaults';
import { exploreDefaults } from './explore-layouts';

/**
 * Node types on the Explore canvas. Each has its own shape (the legend draws the same), so the
 * type reads without colour; colours (Okabe–Ito) only help.
 */
export const TYPE_STYLE = {
  Enterprise: { shape: 'round-rectangle', color: '#0072b2' },
  Segment: { shape: 'hexagon', color: '#e69f00' },
  Chain: { shape: 'star', color: '#d55e00' },
  Park: { shape: 'pentagon', color: '#009e73' },
  Project: { shape: 'diamond', color: '#cc79a7' },
  Institution: { shape: 'triangle', color: '#56b4e9' },
  Region: { shape: 'ellipse', color: '#999999' },
} as const;
export type ExploreNodeType = keyof typeof TYPE_STYLE;
export const EXPLORE_NODE_TYPES = Object.keys(TYPE_STYLE) as ExploreNodeType[];

/** The marker put before a pinned node's label (the label text is set in explore-graph.ts). */
export const PIN_MARK = '⚑';

const HIGHLIGHT = '#d62728';

export function createExploreStylesheet(): StylesheetJson {
  const { node } = exploreDefaults;
  const { fonts, selection } = defaults;
  const typeRules = Object.entries(TYPE_STYLE).map(([type, s]) => ({
    selector: `node[type = "${type}"]`,
    style: { shape: s.shape, 'background-color': s.color, 'border-color': s.color },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(display)',
        width: node.size,
        height: node.size,
        shape: 'ellipse',
        'background-color': '#999999',
        'border-width': 2,
        'border-color': '#555555',
        'font-family': fonts.family,
        'font-size': node.labelSize,
        color: '#1f2937',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        // Pre-wrapped by explore-graph.ts (label-fit.ts): a little slack so Cytoscape keeps the lines.
        'text-max-width': `${node.labelMaxWidth + 8}px`,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
        'min-zoomed-font-size': fonts.minZoomedSize,
      },
    },
    ...typeRules,
    // The start of the exploration: bigger, and a thick dark ring.
    {
      selector: 'node.focus',
      style: { width: node.focusSize, height: node.focusSize, 'border-width': 5, 'border-color': '#111827', 'font-weight': 'bold' },
    },
    // Pinned: a double border and the ⚑ marker in the label (explore-graph.ts).
    { selector: 'node.pinned', style: { 'border-style': 'double', 'border-width': 6, 'border-color': '#111827' } },
    {
      selector: 'node:selected',
      style: { 'border-color': selection.border, 'border-width': selection.width + 1, 'border-style': 'solid' },
    },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': '#9ca3af',
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'target-arrow-color': '#9ca3af',
        'arrow-scale': 0.8,
        // Relationship names only where they are wanted (see below): on all edges they bury the picture.
        label: '',
        'font-size': 10,
        color: '#4b5563',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'min-zoomed-font-size': 7,
      },
    },
    // The selected node's relationships and a highlighted path are named.
    { selector: 'edge.labelled, edge.on-path', style: { label: 'data(display)' } },
    { selector: 'edge[?crossChain]', style: { 'line-style': 'dashed' } },
    { selector: 'edge[?inferred]', style: { 'line-style': 'dotted' } },
    // A highlighted path: everything else fades, the path's edges get thick; so it reads in greyscale too.
    { selector: '.faded', style: { opacity: 0.25 } },
    {
      selector: 'edge.on-path',
      style: { width: 5, 'line-color': HIGHLIGHT, 'target-arrow-color': HIGHLIGHT, opacity: 1, 'font-size': 12, color: '#7f1d1d' },
    },
    { selector: 'node.on-path', style: { 'border-width': 5, 'border-color': HIGHLIGHT, opacity: 1 } },
  ];
}
