// The widget's styles, inside its shadow root: nothing of the host page's CSS reaches in, and
// nothing here leaks out. Sizes are px, never rem (rem follows the host's <html> font size).
// Brand colours come through CSS custom properties, which do cross the shadow boundary by design:
//   --chain-map-bg, --chain-map-fg, --chain-map-muted, --chain-map-accent, --chain-map-border,
//   --chain-map-canvas (behind the map), --chain-map-font.
import { defaults } from '../graph/defaults';

export const WIDGET_CSS = `
:host { display: block; contain: content; }
:host([hidden]) { display: none; }
.root {
  --bg: var(--chain-map-bg, #ffffff);
  --fg: var(--chain-map-fg, #1f2937);
  --muted: var(--chain-map-muted, #4b5563);
  --accent: var(--chain-map-accent, #0b5cad);
  --border: var(--chain-map-border, #d1d5db);
  --canvas: var(--chain-map-canvas, #ffffff);
  box-sizing: border-box;
  font-family: var(--chain-map-font, ${defaults.fonts.family});
  font-size: 14px;
  font-weight: 400;
  font-style: normal;
  line-height: 1.45;
  letter-spacing: normal;
  text-align: left;
  color: var(--fg);
  background: var(--bg);
  border: 1px solid var(--border);
  border-radius: 8px;
  padding: 10px 12px;
  container-type: inline-size;
}
.root[data-theme='dark'] {
  --bg: var(--chain-map-bg, #111827);
  --fg: var(--chain-map-fg, #f3f4f6);
  --muted: var(--chain-map-muted, #cbd5e1);
  --accent: var(--chain-map-accent, #7cc4ff);
  --border: var(--chain-map-border, #374151);
  /* The map keeps the app's light palette (the same drawing code): on a light panel. */
  --canvas: var(--chain-map-canvas, #e5e7eb);
}
*, *::before, *::after { box-sizing: inherit; font-size: inherit; }
h2 { font-size: 17px; font-weight: 600; margin: 0; }
h3 { font-size: 15px; font-weight: 600; margin: 0 0 4px; }
p { margin: 0; }
a { color: var(--accent); }
button { font: inherit; color: inherit; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 12px; margin-bottom: 6px; }
.meta { color: var(--muted); font-size: 13px; }
.body { display: flex; gap: 10px; align-items: stretch; }
/* Cytoscape's own container rule goes into document.head, which does not reach a shadow root. */
.map { position: relative; flex: 1 1 auto; min-width: 0; background: var(--canvas); border-radius: 6px; overflow: hidden; }
.firms { flex: 0 0 220px; max-height: 100%; overflow: auto; border-left: 1px solid var(--border); padding-left: 10px; }
.firms[hidden] { display: none; }
.firms ul { margin: 4px 0; padding-left: 18px; }
.firms .close { float: right; border: 1px solid var(--border); background: transparent; border-radius: 4px; cursor: pointer; padding: 0 6px; }
@container (max-width: 520px) { .body { flex-direction: column; } .firms { flex-basis: auto; border-left: 0; padding-left: 0; } }
.hint { color: var(--muted); font-size: 12px; margin-top: 4px; }
.status { padding: 24px 8px; text-align: center; color: var(--muted); }
.status.error { color: #b42318; text-align: left; }
.status.error .detail { font-size: 12px; margin-top: 4px; }
.root[data-theme='dark'] .status.error { color: #fda29b; }
details { margin-top: 6px; }
summary { cursor: pointer; font-weight: 600; }
.segments { list-style: none; margin: 4px 0; padding: 0; columns: 2 220px; }
.segments li { break-inside: avoid; }
.segments button { background: none; border: 0; padding: 1px 2px; cursor: pointer; text-align: left; text-decoration: underline dotted; }
.segments button[aria-pressed='true'] { font-weight: 700; }
.segments small { color: var(--muted); font-size: 12px; }
.legend ul { list-style: none; display: flex; flex-wrap: wrap; gap: 4px 14px; margin: 8px 0 0; padding: 0; font-size: 12px; }
.legend li { display: flex; align-items: center; gap: 4px; }
.foot { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 4px 12px; margin-top: 8px; font-size: 12px; color: var(--muted); }
.foot a { white-space: nowrap; }
`;

let sheet: CSSStyleSheet | null | undefined;

/**
 * Puts the styles into a shadow root. A constructed stylesheet where the browser has them (one
 * parsed sheet shared by every widget on the page, and allowed by a strict CSP that forbids
 * inline <style>, as the /embed page's); else a <style> element.
 */
export function adoptStyles(root: ShadowRoot): void {
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(WIDGET_CSS);
    } catch {
      sheet = null;
    }
  }
  if (sheet && 'adoptedStyleSheets' in root) {
    root.adoptedStyleSheets = [sheet];
    return;
  }
  const style = document.createElement('style');
  style.textContent = WIDGET_CSS;
  root.append(style);
}
