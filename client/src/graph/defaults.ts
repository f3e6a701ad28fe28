import type { Stage } from '../api/types';

/**
 * Every tunable of the chain map in one place, so visual tweaks never require
 * touching layout or stylesheet logic. Units are Cytoscape model pixels.
 */
export const defaults = {
  layout: {
    /** Node box size. Fixed (not label-sized) so the layout can be computed
     *  from data alone, before anything is rendered. */
    nodeWidth: 150,
    nodeHeight: 48,
    /** Empty space between two neighbouring columns (beyond node widths). */
    columnGap: 56,
    /** Extra space between stage swimlanes, so the stage boundary reads clearly. */
    laneGap: 60,
    /** Vertical empty space between two nodes in a column. */
    rowGap: 18,
    /** Extra vertical space between one parent's group and the next. */
    groupGap: 14,
    /** Horizontal shift per sub-segment level, showing nesting without compounds. */
    childIndent: 18,
    /** Deeper levels stop indenting, so the column width stays bounded. */
    maxIndentDepth: 2,
    /** Extra distance between the chain and the ghost columns of other chains. */
    ghostGap: 40,
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
  } as const satisfies Record<
    Stage,
    { shape: string; borderStyle: 'solid' | 'double' | 'dashed' | 'dotted'; borderWidth: number }
  >,

  /** Segments of other chains: muted and dashed, clearly "not part of this chain". */
  ghost: { fill: '#f3f4f6', border: '#6b7280', text: '#374151', opacity: 0.9 },

  edges: {
    flow: '#4b5563',
    crossChain: '#9ca3af',
    partOf: '#9ca3af',
    width: 1.6,
  },

  selection: { border: '#d62728', width: 4 },

  fonts: {
    /** CJK-capable families first; the names are mostly Chinese. */
    family:
      '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", system-ui, sans-serif',
    size: 13,
    ghostSize: 11,
    /** Below this on-screen size labels are skipped: unreadable, and costly to draw. */
    minZoomedSize: 6,
  },

  viewport: {
    minZoom: 0.2,
    maxZoom: 2.5,
    /** Padding around the chain when fitted to the container. */
    fitPadding: 30,
    /** Fitting a 3-node chain would blow it up to giant boxes; stop here instead. */
    maxFitZoom: 1.2,
  },
};

export type LayoutOptions = typeof defaults.layout;
