// Loads the synthetic graph (synthetic.ts) into a database that holds no synthetic graph yet:
// the seeds first (the real chain templates, so the app runs on it unchanged), then the chunks
// through the import pipeline's bulk path (import/bulk.ts: static-label statements, ends found by
// elementId, the non-unique indexes rebuilt after the load), one write transaction per chunk.
import type { Executor } from '../db/executor.js';
import { migrate } from '../db/migrate.js';
import { BulkLoader, withDeferredIndexes } from '../import/bulk.js';
import { loadSeeds } from '../seed/load.js';
import { readSeeds } from '../seed/read-seeds.js';
import { synthesize, type ChainTemplate } from './synthetic.js';

export interface GenerateOptions {
  seed: number;
  enterprises: number;
  chunk: number;
  /** Fewer parks than the national 2,500 (the CI's tiny run). */
  parks?: number;
  seedsDir: string;
  onProgress?: (nodes: number, expected: number) => void;
  log?: (line: string) => void;
}

export interface GenerateResult {
  nodes: number;
  relationships: number;
  seconds: number;
  nodeSeconds: number;
  /** Rebuilding the deferred indexes after the load (part of `seconds`). */
  indexSeconds: number;
}

/** Every relationship type synthesize() writes. */
const relationshipTypes = [
  'PART_OF',
  'HAS_FIGURE',
  'OF_CHAIN',
  'FEEDS',
  'IN_REGION',
  'GROWS',
  'SUB_PARK_OF',
  'LOCATED_IN',
  'IN_CHAIN',
  'IN_SEGMENT',
  'SUPPLIES',
  'IN_PARK',
  'BY',
  'FOR_SEGMENT',
];

export class AlreadyGeneratedError extends Error {}

export async function loadSynthetic(ex: Executor, o: GenerateOptions): Promise<GenerateResult> {
  await migrate(ex);
  const [{ n: already } = { n: 0 }] = await ex.read<{ n: number }>('generate/synthetic-count');
  if (already) throw new AlreadyGeneratedError('the database already holds a synthetic graph; delete its folder to generate again');
  await loadSeeds(ex, readSeeds(o.seedsDir));
  const templates = await ex.read<ChainTemplate>('generate/templates');
  // Enterprises, a project per five, ~3,250 parks, ~2,900 figures, regions and generated chains.
  const expected = o.enterprises + Math.ceil(o.enterprises / 5) + 3250 + 2900 + 341 + 40 * 26;
  const started = performance.now();
  let nodes = 0;
  let relationships = 0;
  let nodeMs = 0;
  let loadedAt = started;
  const bulk = new BulkLoader(ex, { relationshipTypes, timeoutMs: 300_000 });
  await withDeferredIndexes(
    ex,
    async () => {
      for (const c of synthesize({ seed: o.seed, enterprises: o.enterprises, templates, chunk: o.chunk, parks: o.parks })) {
        if (c.kind === 'nodes') {
          const t = performance.now();
          nodes += await bulk.nodes(c.rows as Parameters<BulkLoader['nodes']>[0]);
          nodeMs += performance.now() - t;
          o.onProgress?.(nodes, expected);
        } else relationships += await bulk.relationships(c.rows);
      }
      loadedAt = performance.now();
    },
    o.log,
  );
  const now = performance.now();
  return { nodes, relationships, seconds: (now - started) / 1000, nodeSeconds: nodeMs / 1000, indexSeconds: (now - loadedAt) / 1000 };
}
