// A completeness percent as one of three bands drawn in the gap-first palette of the chain map
// (graph/palette.ts): the low band takes MISSING's red, the middle PIPELINE's amber, the high
// PRESENT's green, each with its glyph so a tile never says it by colour alone. The cut points
// split the scale in thirds: a reading aid, not a rule — the percent itself is always shown.
import { STATUS_LOOK, type StatusLook } from '../../graph/palette';

export const BANDS = ['low', 'mid', 'high'] as const;
export type Band = (typeof BANDS)[number];

export function bandOf(percent: number): Band {
  if (percent < 34) return 'low';
  return percent < 67 ? 'mid' : 'high';
}

export function bandLook(band: Band): StatusLook {
  return STATUS_LOOK[band === 'low' ? 'MISSING' : band === 'mid' ? 'PIPELINE' : 'PRESENT'];
}
