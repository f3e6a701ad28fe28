// What the legend's small swatches look like, as plain data: the app's React legend and the
// embeddable widget's DOM legend draw them from here, so both mirror the stylesheet alike.
import { defaults } from './defaults';
import { STATUS_STYLE } from './styles';
import type { GapStatus, Stage } from './types';

/** Swatch size (SVG user units). */
export const SWATCH = { width: 34, height: 20 } as const;

/** Polygon points of the Cytoscape shapes; null: a rounded rectangle (`<rect rx>`). */
export const STAGE_POINTS: Record<Stage, string | null> = {
  UPSTREAM: null,
  MIDSTREAM: '5,1 29,1 33,5 33,15 29,19 5,19 1,15 1,5', // cut-rectangle
  DOWNSTREAM: '7,1 33,1 27,19 1,19', // rhomboid
};

/** Mirrors the status rules of styles.ts: border colour and dash, fill, the pipeline's half fill. */
export function statusSwatch(status: GapStatus): { stroke: string; dash: string | undefined; fill: string; halfFill: string | null } {
  return {
    stroke: status === 'MISSING' ? STATUS_STYLE.missingBorder : defaults.stageColors.MIDSTREAM.border,
    dash: status === 'PIPELINE' ? '5 3' : status === 'MISSING' ? '1.5 2.5' : undefined,
    fill: status === 'PRESENT' ? defaults.stageColors.MIDSTREAM.fill : '#ffffff',
    halfFill: status === 'PIPELINE' ? STATUS_STYLE.pipelineFill : null,
  };
}
