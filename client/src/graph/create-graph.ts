import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { defaults } from './defaults';
import { createStylesheet } from './styles';

/**
 * The single place a Cytoscape instance is made, and so the single place
 * extensions get registered (e.g. `cytoscape.use(popper)`), once per page.
 */
let extensionsRegistered = false;
function registerExtensions(): void {
  if (extensionsRegistered) return;
  extensionsRegistered = true;
  // No extensions yet; register them here when a feature needs one.
}

export interface CreateGraphOptions {
  container: HTMLElement | null;
  elements: ElementDefinition[];
  /** No rendering (tests under jsdom, which has no canvas; or server-side use). */
  headless?: boolean;
}

export function createGraph({ container, elements, headless = false }: CreateGraphOptions): Core {
  registerExtensions();
  const { viewport } = defaults;
  const cy = cytoscape({
    ...(headless ? { headless: true, styleEnabled: false } : { container, style: createStylesheet() }),
    elements,
    // Positions come from chain-layout.ts; `preset` just applies them and fits.
    layout: { name: 'preset', fit: !headless, padding: viewport.fitPadding },
    minZoom: viewport.minZoom,
    maxZoom: viewport.maxZoom,
    boxSelectionEnabled: false,
    // One selected node at a time: selection will drive a details panel.
    selectionType: 'single',
  });
  if (!headless && cy.zoom() > viewport.maxFitZoom) {
    cy.zoom(viewport.maxFitZoom);
    cy.center();
  }
  return cy;
}
