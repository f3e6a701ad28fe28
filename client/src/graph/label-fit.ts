// Fits a node's label into its box before Cytoscape draws it: lines broken where a reader
// would break them (between CJK characters, at spaces, never inside a Latin word such as the
// "TOPCon" of "TOPCon电池"), measured by glyph width, and cut with "…" past a line limit (the
// whole text goes to the tooltip). Cytoscape's own wrapping only knows spaces, or breaks
// anywhere, which split Latin words and let labels spill out of their nodes.

/** Width in px of `text` drawn at `fontSize` px. */
export type MeasureText = (text: string, fontSize: number) => number;

/** Wide (full-width) characters: CJK ideographs, kana, hangul, full-width forms and punctuation. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
const NARROW_THIN = /[iljtfrI.,:;'|!()[\] ]/;
const NARROW_WIDE = /[mwMW@%]/;

/**
 * Width estimate without a canvas (tests, headless): wide characters are 1 em, Latin letters
 * ~0.55 em (thin ones 0.32, wide ones 0.85). Deliberately on the generous side, so a label
 * fitted by it also fits when the real font draws it.
 */
export const estimateWidth: MeasureText = (text, fontSize) => {
  let em = 0;
  for (const ch of text) {
    if (WIDE.test(ch)) em += 1;
    else if (NARROW_THIN.test(ch)) em += 0.32;
    else if (NARROW_WIDE.test(ch)) em += 0.85;
    else if (/[A-Z0-9]/.test(ch)) em += 0.64;
    else em += 0.56;
  }
  return em * fontSize;
};

/**
 * A measurer on an OffscreenCanvas in the given font family when the page has one (browsers);
 * the estimate otherwise (jsdom, Node). Takes the larger of the two per text (the estimate a
 * little discounted), so a fallback font measured narrower than the drawn one cannot make a
 * label overflow later.
 */
export function canvasMeasure(fontFamily: string): MeasureText {
  let ctx: OffscreenCanvasRenderingContext2D | null;
  try {
    ctx = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
  } catch {
    ctx = null;
  }
  if (!ctx) return estimateWidth;
  const context = ctx;
  const cache = new Map<string, number>();
  return (text, fontSize) => {
    const key = `${fontSize}|${text}`;
    let w = cache.get(key);
    if (w === undefined) {
      context.font = `${fontSize}px ${fontFamily}`;
      w = Math.max(context.measureText(text).width, estimateWidth(text, fontSize) * 0.85);
      cache.set(key, w);
    }
    return w;
  };
}

let pageMeasure: MeasureText | undefined;
/** The page's measurer in the map font, made once. */
export function defaultMeasure(fontFamily: string): MeasureText {
  return (pageMeasure ??= canvasMeasure(fontFamily));
}

/**
 * Break opportunities: a token is a Latin word (letters, digits and what joins them, with a
 * trailing space), or one wide character (with closing punctuation kept on it).
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const re =
    /[^\s\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]+\s*|[^\s]\s*|\s+/gu;
  for (const m of text.matchAll(re)) {
    const t = m[0];
    // Closing punctuation never starts a line: glue it to the token before.
    if (tokens.length > 0 && /^[，。、；：！？）》」』】,.;:!?)\]]/.test(t)) tokens[tokens.length - 1] += t;
    else tokens.push(t);
  }
  return tokens;
}

export interface FittedLabel {
  lines: string[];
  /** Some text did not fit in `maxLines` and was cut with "…". */
  truncated: boolean;
}

/** Cuts `line` so that it plus "…" fits `maxWidth`. */
function ellipsize(line: string, maxWidth: number, fontSize: number, measure: MeasureText): string {
  const chars = [...line.trimEnd()];
  while (chars.length > 0 && measure(`${chars.join('')}…`, fontSize) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/**
 * Greedy line breaking of one paragraph into lines no wider than `maxWidth`. A single token
 * wider than a whole line (a long Latin word) is broken by characters: better than overflowing.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, measure: MeasureText = estimateWidth): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (s: string) => measure(s.trimEnd(), fontSize) <= maxWidth;
  for (const token of tokenize(text.trim())) {
    if (fits(line + token)) {
      line += token;
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    line = '';
    if (fits(token)) {
      line = token;
      continue;
    }
    for (const ch of token) {
      if (!fits(line + ch) && line) {
        lines.push(line.trimEnd());
        line = '';
      }
      line += ch;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/**
 * Fits paragraphs (the segment name, its firm line, its project line) into at most `maxLines`
 * lines. Each paragraph gets at least one line; the name gets what is left over first.
 */
export function fitLabel(
  paragraphs: readonly string[],
  opts: { maxWidth: number; fontSize: number; maxLines: number; measure?: MeasureText },
): FittedLabel {
  const { maxWidth, fontSize, maxLines } = opts;
  const measure = opts.measure ?? estimateWidth;
  const wrapped = paragraphs.filter((p) => p.trim()).map((p) => wrapText(p, maxWidth, fontSize, measure));
  // Budget: one line each, then the rest to the paragraphs in order (the name first).
  const budget = wrapped.map(() => 1);
  let spare = Math.max(0, maxLines - wrapped.length);
  wrapped.forEach((lines, i) => {
    const extra = Math.min(spare, lines.length - 1);
    budget[i]! += extra;
    spare -= extra;
  });
  let truncated = wrapped.length > maxLines;
  const lines: string[] = [];
  wrapped.slice(0, maxLines).forEach((p, i) => {
    const keep = p.slice(0, budget[i]);
    if (keep.length < p.length) {
      truncated = true;
      keep[keep.length - 1] = ellipsize(keep[keep.length - 1]!, maxWidth, fontSize, measure);
    }
    lines.push(...keep);
  });
  return { lines, truncated };
}
