import type { Stage } from './types';

/**
 * Every tunable of the chain map in one place, so visual tweaks never require
 * touching layout or stylesheet logic. Units are Cytoscape model pixels.
 */
export const defaults = {
  layout: {
    /** Node box size. Fixed (not label-sized) so the layout can be computed
     *  from data alone, before anything is rendered. Kept compact: a 20-segment
     *  chain is ~8 columns plus two ghost columns and must fit 1366×768. */
    nodeWidth: 128,
    nodeHeight: 52,
    /** Empty space between two neighbouring columns (beyond node widths). */
    columnGap: 30,
    /** Extra space between stage swimlanes, so the stage boundary reads clearly. */
    laneGap: 24,
    /** Vertical empty space between two nodes in a column. */
    rowGap: 14,
    /** Extra vertical space around a parent's block of sub-segments. */
    groupGap: 12,
    /** Sub-segments are this much narrower per level (left edge indented,
     *  right edge aligned), showing nesting without widening the column. */
    childIndent: 14,
    /** Deeper levels stop indenting. */
    maxIndentDepth: 2,
    /** Extra distance between the chain and the ghost columns of other chains. */
    ghostGap: 6,
    /** Ghosts (other chains' segments) are context, not content: narrower. */
    ghostWidth: 112,
  },

  /** Label fitting (label-fit.ts, elements.ts): every label is wrapped to its node's width and
   *  the chain's node height grows to the tallest label, so labels never leave their nodes. */
  label: {
    /** Lines a segment's name may take before it is cut with "…" (full text in the tooltip). */
    nameLines: 3,
    /** Font size of a label with firm or project lines: still ≥ 12 px at 100% zoom. */
    detailSize: 13,
    /** Horizontal room left free inside a node (border, rounded corners); more for slanted sides. */
    inset: 18,
    slantedInset: 30,
    lineHeight: 1.2,
    /** Vertical padding above and below the text block. */
    padding: 6,
    /** Below this zoom only the segment names are drawn (firm and project lines hide), and
     *  ghosts (other chains' segments) lose their labels first: a zoomed-out map stays legible. */
    detailZoom: 0.75,
    ghostZoom: 0.55,
  },

  /** Stage swimlane bands drawn behind the nodes (create-graph.ts). */
  lanes: {
    /** Band padding around its nodes (model px); the label sits in the top padding. */
    padding: 14,
    labelHeight: 30,
    labelSize: 18,
    opacity: 0.45,
  },

  /** Cytoscape rendering options for big graphs (see create-graph.ts). */
  performance: {
    /** From this many elements, drop edges and use a cached texture while
     *  panning/zooming: redraws stay at 60 fps instead of re-stroking everything. */
    bigGraphElements: 400,
    /** From this many elements, switch to Cytoscape's WebGL renderer, when
     *  WebGL runs on a GPU (create-graph.ts hasGpuWebgl: emulated on the CPU it
     *  was slower than canvas at every size measured, docs/performance.md). */
    webglElements: 3000,
  },

  /** Okabe–Ito palette: distinguishable with the common colour-vision deficiencies.
   *  Stages also differ by shape and border style (see below), never colour only. */
  stageColors: {
    UPSTREAM: { fill: '#dbeafb', border: '#0072b2', text: '#0b2f4a' },
    MIDSTREAM: { fill: '#fdebc8', border: '#c77c00', text: '#4a2e00' },
    DOWNSTREAM: { fill: '#d3f0e6', border: '#009e73', text: '#063d2d' },
  } satisfies Record<Stage, { fill: string; border: string; text: string }>,

  /** Shape + border style per stage: the non-colour cue. Legend draws the same. */
  stageShapes: {
    UPSTREAM: { shape: 'round-rectangle', borderStyle: 'solid', borderWidth: 2 },
    MIDSTREAM: { shape: 'cut-rectangle', borderStyle: 'double', borderWidth: 5 },
    DOWNSTREAM: { shape: 'rhomboid', borderStyle: 'solid', borderWidth: 3 },
  } as const satisfies Record<Stage, { shape: string; borderStyle: 'solid' | 'double' | 'dashed' | 'dotted'; borderWidth: number }>,

  /** Segments of other chains: muted and dashed, clearly "not part of this chain". */
  ghost: { fill: '#f3f4f6', border: '#6b7280', text: '#374151', opacity: 0.9 },

  edges: {
    flow: '#4b5563',
    crossChain: '#9ca3af',
    partOf: '#9ca3af',
    width: 1.6,
  },

  /** Selection ring: dark blue, never red (red means a missing segment, palette.ts). */
  selection: { border: '#1d3a8a', width: 4 },

  fonts: {
    /** CJK-capable families first; the names are mostly Chinese. */
    family: '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", system-ui, sans-serif',
    size: 15,
    ghostSize: 12,
    /** Below this on-screen size labels are skipped: unreadable, and costly to draw. */
    minZoomedSize: 6,
  },

  viewport: {
    minZoom: 0.2,
    maxZoom: 2.5,
    /** Padding around the chain when fitted to the container. */
    fitPadding: 16,
    /** Fitting a 3-node chain would blow it up to giant boxes; stop here instead. High enough
     *  that a typical chain fills the canvas (issue 12: it filled about half). */
    maxFitZoom: 1.8,
    /** Zoom step of the +/− controls and keys. */
    zoomStep: 1.25,
  },
};

export type LayoutOptions = typeof defaults.layout;
