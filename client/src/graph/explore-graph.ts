// Keeps one Cytoscape instance in step with the Explore model: adds and removes the difference
// (in one batch), places new nodes next to a neighbour already drawn, and runs layouts.
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import { renderOptions } from './create-graph';
import { defaults } from './defaults';
import { exploreDefaults, layoutOptions, type ExploreLayoutName } from './explore-layouts';
import { visibleGraph, type ExploreState } from './explore-model';
import { createExploreStylesheet, PIN_MARK } from './explore-styles';
import { registerExtensions } from './extensions';
import { localName, type GraphLang } from './types';
import { defaultMeasure, fitLabel } from './label-fit';

export function createExploreGraph(container: HTMLElement | null, headless: boolean): Core {
  registerExtensions();
  return cytoscape({
    ...(headless ? { headless: true, styleEnabled: false } : { container, style: createExploreStylesheet() }),
    minZoom: defaults.viewport.minZoom,
    maxZoom: defaults.viewport.maxZoom,
    boxSelectionEnabled: false,
    selectionType: 'single',
    // Explorations grow to hundreds of nodes: the same big-graph trade-offs as the chain map
    // (edges hidden and a cached texture while panning), decided once at the ceiling size.
    ...(headless ? {} : renderOptions(exploreDefaults.bigGraphElements)),
  });
}

/** The label under an explore node: wrapped to the label width and cut with … after three
 *  lines (label-fit.ts), so a long project name cannot reach the row below (layered-rows.ts). */
function displayLabel(name: string, nameEn: string | null, pinned: boolean, lang: GraphLang): string {
  const text = localName({ name, nameEn }, lang);
  const { labelMaxWidth, labelSize, labelLines } = exploreDefaults.node;
  const fitted = fitLabel([pinned ? `${PIN_MARK} ${text}` : text], {
    maxWidth: labelMaxWidth,
    fontSize: labelSize,
    maxLines: labelLines,
    measure: defaultMeasure(defaults.fonts.family),
  });
  return fitted.lines.join('\n');
}

/**
 * Makes the canvas show `state`'s visible graph. Returns the ids of the nodes it added, so the
 * caller knows whether a layout is worth running.
 */
export function syncGraph(cy: Core, state: ExploreState, lang: GraphLang, relLabel: (type: string) => string = (t) => t): string[] {
  const { nodes, edges } = visibleGraph(state);
  const wantNodes = new Set(nodes.map((n) => n.id));
  const wantEdges = new Set(edges.map((e) => e.id));
  const pinned = new Set(state.pinned);
  const added: string[] = [];
  cy.batch(() => {
    cy.edges()
      .filter((e) => !wantEdges.has(e.id()))
      .remove();
    cy.nodes()
      .filter((n) => !wantNodes.has(n.id()))
      .remove();
    const toAdd: ElementDefinition[] = [];
    for (const n of nodes) {
      if (cy.getElementById(n.id).nonempty()) continue;
      added.push(n.id);
      toAdd.push({
        group: 'nodes',
        data: { id: n.id, type: n.type, name: n.label, nameEn: n.labelEn },
        position: startPosition(cy, state, n.id, added.length),
      });
    }
    for (const e of edges) {
      if (cy.getElementById(e.id).nonempty()) continue;
      toAdd.push({
        group: 'edges',
        data: { id: e.id, source: e.source, target: e.target, type: e.type, crossChain: !!e.crossChain, inferred: !!e.inferred },
      });
    }
    cy.add(toAdd);
    cy.nodes().forEach((node) => {
      const isPinned = pinned.has(node.id());
      node.data(
        'fullLabel',
        localName({ name: node.data('name') as string, nameEn: (node.data('nameEn') as string | null) ?? null }, lang),
      );
      node.data('display', displayLabel(node.data('name') as string, (node.data('nameEn') as string | null) ?? null, isPinned, lang));
      node.toggleClass('pinned', isPinned);
      node.toggleClass('focus', node.id() === state.focus);
      if (isPinned) node.lock();
      else node.unlock();
    });
    cy.edges().forEach((edge) => {
      edge.data('display', relLabel(edge.data('type') as string));
    });
  });
  return added;
}

/** Next to a drawn neighbour (so cose starts from a sensible place), fanned out by index. */
function startPosition(cy: Core, state: ExploreState, id: string, index: number): { x: number; y: number } {
  let anchor: NodeSingular | null = null;
  for (const e of Object.values(state.edges)) {
    const other = e.source === id ? e.target : e.target === id ? e.source : null;
    if (!other) continue;
    const node = cy.getElementById(other);
    if (node.nonempty() && node.isNode()) {
      anchor = node;
      break;
    }
  }
  const base = anchor?.position() ?? { x: 0, y: 0 };
  // A golden-angle spiral: deterministic, and no two new nodes start on top of each other.
  const angle = index * 2.39996;
  const radius = 60 + 12 * Math.sqrt(index);
  return { x: base.x + radius * Math.cos(angle), y: base.y + radius * Math.sin(angle) };
}

/** Runs `name` over the whole canvas; resolves when it has stopped (animations included). */
export function runLayout(cy: Core, name: ExploreLayoutName, focusId: string | null): Promise<void> {
  if (cy.nodes().empty()) return Promise.resolve();
  const focusNode = focusId ? cy.getElementById(focusId) : undefined;
  const layout = cy.layout(
    layoutOptions(name, {
      focusId,
      elementCount: cy.elements().length,
      focusNode: focusNode && focusNode.nonempty() ? (focusNode as NodeSingular) : undefined,
      cy,
    }),
  );
  const done = layout.promiseOn('layoutstop').then(() => {
    if (!cy.destroyed()) fitClamped(cy);
  });
  layout.run();
  return done;
}

/**
 * Fits the graph, but never zooms in past `maxFitZoom`: three nodes fitted to a 750 px canvas
 * would otherwise become giant shapes with giant labels.
 */
export function fitClamped(cy: Core): void {
  const { padding } = exploreDefaults.common;
  const w = cy.width();
  const h = cy.height();
  const bb = cy.elements().boundingBox();
  if (!(w > 0 && h > 0 && bb.w >= 0 && bb.h >= 0) || cy.nodes().empty()) return;
  const zoom = Math.max(
    cy.minZoom(),
    Math.min(exploreDefaults.maxFitZoom, (w - 2 * padding) / Math.max(bb.w, 1), (h - 2 * padding) / Math.max(bb.h, 1)),
  );
  cy.viewport({ zoom, pan: { x: w / 2 - zoom * (bb.x1 + bb.w / 2), y: h / 2 - zoom * (bb.y1 + bb.h / 2) } });
}

/** Highlights one path (nodes in order) and fades the rest; null clears the highlight. */
export function highlightPath(cy: Core, nodeIds: string[] | null, edgeIds: string[] = []): void {
  cy.batch(() => {
    cy.elements().removeClass('on-path faded');
    if (!nodeIds) return;
    const on = new Set([...nodeIds, ...edgeIds]);
    cy.elements().forEach((el) => {
      el.addClass(on.has(el.id()) ? 'on-path' : 'faded');
    });
  });
}
