/**
 * Chain-map layout benchmark: `pnpm --filter @chain-graph/client bench`
 * (bench/run.mjs loads this file through Vite, so it runs the same TypeScript
 * as the app, without a build and without an extra dependency).
 *
 * For synthetic chains of ~500, ~1,000 and ~2,000 elements — segments in
 * three stages, flows between them, and enterprise nodes hanging off the
 * segments (each with its link), as an expanded chain map shows them — it
 * times, as medians over several runs:
 *
 *   layout      layoutChain() alone (the deterministic layered layout)
 *   elements    buildChainElements(): layout + Cytoscape element definitions
 *   cy preset   a headless Cytoscape instance with the stylesheet, given those
 *               elements with preset positions, plus the lane bands and the
 *               extent to fit (what createGraph does on load, minus drawing)
 *   ours total  elements + cy preset
 *   cy bfs      the same instance made without positions, then Cytoscape's
 *               built-in `breadthfirst` layout on it (directed, no animation),
 *               plus the same extent to fit
 *
 * Headless means no canvas: the first paint in a browser comes on top of
 * both columns alike. Environment: BENCH_RUNS (default 21). Every size is
 * measured twice and the second pass reported, so JIT warm-up of the first
 * size does not skew it.
 */
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { layoutChain } from '../src/graph/chain-layout';
import { chainBounds, laneRects } from '../src/graph/create-graph';
import { chainLabels } from '../src/shared/i18n/chain-labels';
import { buildChainElements } from '../src/graph/elements';
import { createStylesheet } from '../src/graph/styles';
import { syntheticChain } from './synthetic-chain';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 21);
const WARMUP = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function time(fn: () => void, runs: number): number {
  for (let i = 0; i < WARMUP; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

const style = createStylesheet();
const headless = (elements: ElementDefinition[], layout: cytoscape.LayoutOptions) =>
  cytoscape({ headless: true, styleEnabled: true, style, elements, layout });

const withoutPositions = (els: ElementDefinition[]) =>
  els.map((e) => (e.group === 'nodes' ? { group: e.group, data: e.data, classes: e.classes } : e));

function measure(target: number, runs = RUNS): Record<string, string> {
  const chain = syntheticChain(target, target);
  const elements = buildChainElements(chain, { lang: 'zh', labels: chainLabels('zh') });
  const nodes = elements.filter((e) => e.group === 'nodes').length;
  const edges = elements.length - nodes;
  const bare = withoutPositions(elements);

  const layoutMs = time(() => layoutChain(chain.segments, chain.flows), runs);
  const elementsMs = time(() => buildChainElements(chain, { lang: 'zh', labels: chainLabels('zh') }), runs);
  const presetMs = time(() => {
    const cy = headless(elements, { name: 'preset', fit: false });
    chainBounds(cy, laneRects(cy));
    cy.destroy();
  }, runs);
  const bfsMs = time(() => {
    const cy = headless(bare, { name: 'breadthfirst', directed: true, animate: false, fit: false });
    chainBounds(cy, []);
    cy.destroy();
  }, runs);
  const ours = elementsMs + presetMs;

  return {
    elements: String(elements.length),
    'nodes/edges': `${nodes}/${edges}`,
    'layout ms': layoutMs.toFixed(2),
    'layout ms/element': (layoutMs / elements.length).toFixed(4),
    'elements ms': elementsMs.toFixed(2),
    'cy preset ms': presetMs.toFixed(2),
    'ours total ms': ours.toFixed(2),
    'cy bfs ms': bfsMs.toFixed(2),
    'bfs / ours': `${(bfsMs / ours).toFixed(1)}×`,
  };
}

// Two passes; the first only warms up the JIT for all sizes.
for (const target of [500, 1000, 2000]) measure(target, 1);
const rows = [500, 1000, 2000].map((target) => measure(target));

console.log(`chain-map layout benchmark — medians of ${RUNS} runs after ${WARMUP} warm-up, Node ${process.version}`);
const headers = Object.keys(rows[0]!);
const widths = headers.map((h) => Math.max(h.length, ...rows.map((r) => String(r[h]).length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i]!)).join(' | ')} |`;
console.log(line(headers));
console.log(`|${widths.map((w) => '-'.repeat(w + 1) + ':').join('|')}|`);
for (const r of rows) console.log(line(headers.map((h) => String(r[h]))));
