import cytoscape from 'cytoscape';
import cytoscapeSvg from 'cytoscape-svg';

/**
 * The single place Cytoscape extensions are registered (e.g. `cytoscape.use(popper)`). Cytoscape
 * keeps them in its own module, so this runs once per page however many graphs are made; every
 * factory of the core calls it before creating an instance.
 */
let registered = false;
export function registerExtensions(): void {
  if (registered) return;
  registered = true;
  // cy.svg(): the SVG export (graph/export-lanes.ts).
  cytoscape.use(cytoscapeSvg);
}
