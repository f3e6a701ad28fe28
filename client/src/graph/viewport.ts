// Zoom, fit and reset for any graph of the core (chain map, explore, analyst result), as the
// map controls and their keyboard shortcuts use them. Plain functions on a Core: the React
// controls (shared/ui/MapControls.tsx) only call these.
import type { Core } from 'cytoscape';
import { fitChain } from './create-graph';
import { defaults } from './defaults';

export type MapAction = 'zoomIn' | 'zoomOut' | 'fit' | 'reset';

/** Zooms by `factor` around the centre of the canvas (not the pointer: buttons have none). */
export function zoomBy(cy: Core, factor: number): void {
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
  cy.zoom({ level: zoom, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  // Cytoscape's own gestures say the user moved the view; so do the controls.
  cy.emit('usermoved');
}

/** 100% zoom, centred where the view is centred now: labels at their true size (≥ 12 px). */
export function resetZoom(cy: Core): void {
  zoomBy(cy, 1 / cy.zoom());
}

export function runMapAction(cy: Core, action: MapAction): void {
  const step = defaults.viewport.zoomStep;
  if (action === 'zoomIn') zoomBy(cy, step);
  else if (action === 'zoomOut') zoomBy(cy, 1 / step);
  else if (action === 'reset') resetZoom(cy);
  else fitChain(cy);
}

/** The keyboard shortcuts of a focused map: + / = zoom in, - zoom out, 0 or f fit, 1 100%. */
export function mapActionForKey(key: string): MapAction | null {
  switch (key) {
    case '+':
    case '=':
      return 'zoomIn';
    case '-':
    case '_':
      return 'zoomOut';
    case '0':
    case 'f':
    case 'F':
      return 'fit';
    case '1':
      return 'reset';
    default:
      return null;
  }
}
