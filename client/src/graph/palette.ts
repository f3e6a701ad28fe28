// The gap-first palette: ONE place that says how a segment's status looks, read by the chain
// map's stylesheet (styles.ts), the legend swatches (legend-swatches.ts, React legend and the
// widget's DOM legend), the status cells of tables and the exports. Plain data, no React, no
// i18n, no API: the embeddable widget imports it too.
//
// Why these choices: staff open the map to find what is missing, so MISSING is the loudest
// mark (strong red, solid thick border, a tinted fill and a × glyph in the label) rather than
// the faint grey dotted outline it used to be. PIPELINE is amber (the expected date goes in the
// label or tooltip), PRESENT is green. Stage is told by lane and shape, not by fill, so a present
// upstream node is no longer blue and the legend's 已有 swatch no longer equals 中游's orange.
// Every status also has a glyph and a border style, so none depends on colour alone.
import type { GapStatus } from './types';

export interface StatusLook {
  /** Node fill. */
  fill: string;
  /** Node border (and table-cell accent). */
  border: string;
  /** Label text colour on that fill (contrast ≥ 4.5:1, palette.test.ts). */
  text: string;
  borderStyle: 'solid' | 'dashed';
  borderWidth: number;
  /** Prefixed to the label: status readable without colour, in exports and in greyscale. */
  glyph: string;
  /** SVG stroke-dasharray for swatches and exports; undefined: solid. */
  dash: string | undefined;
  /** Drawing order: higher is more prominent (exports draw gaps last, on top). */
  prominence: number;
}

export const STATUS_LOOK: Readonly<Record<GapStatus, StatusLook>> = {
  MISSING: {
    fill: '#fde2e1',
    border: '#c81e1e',
    text: '#7f1010',
    borderStyle: 'solid',
    borderWidth: 5,
    glyph: '×',
    dash: undefined,
    prominence: 3,
  },
  PIPELINE: {
    fill: '#fff1c2',
    border: '#b45309',
    text: '#5c2a03',
    borderStyle: 'dashed',
    borderWidth: 3,
    glyph: '◐',
    dash: '5 3',
    prominence: 2,
  },
  PRESENT: {
    fill: '#dcf2e3',
    border: '#1b7f3b',
    text: '#0b3d1c',
    borderStyle: 'solid',
    borderWidth: 2,
    glyph: '●',
    dash: undefined,
    prominence: 1,
  },
};

/** The look of one status (single lookup so callers never branch on status themselves). */
export function statusLook(status: GapStatus): StatusLook {
  return STATUS_LOOK[status];
}

/** A node label with its status glyph; the pipeline's expected date, when known, follows. */
export function statusLabel(name: string, status: GapStatus | undefined, expected?: string | null): string {
  if (!status) return name;
  const date = status === 'PIPELINE' && expected ? ` (${expected})` : '';
  return `${STATUS_LOOK[status].glyph} ${name}${date}`;
}

/** WCAG relative-luminance contrast ratio of two #rrggbb colours (tests and the legend use it). */
export function contrastRatio(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
