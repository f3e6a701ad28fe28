// Loads the synthetic graph (synthetic.ts) into a database that holds no synthetic graph yet:
// the seeds first (the real chain templates, so the app runs on it unchanged), then the chunks
// through the import pipeline's batched statements, one write transaction per chunk.
import type { Executor } from '../db/executor.js';
import { migrate } from '../db/migrate.js';
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
}

export interface GenerateResult {
  nodes: number;
  relationships: number;
  seconds: number;
  nodeSeconds: number;
}

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
  for (const c of synthesize({ seed: o.seed, enterprises: o.enterprises, templates, chunk: o.chunk, parks: o.parks })) {
    const t = performance.now();
    const [row] = await ex.write<{ created: number }>(
      c.kind === 'nodes' ? 'import/create-nodes' : 'import/create-relationships',
      { rows: c.rows },
      { timeoutMs: 300_000 },
    );
    if (row?.created !== c.rows.length)
      throw new Error(
        `generate: created ${row?.created} of ${c.rows.length} ${c.kind === 'nodes' ? 'nodes' : 'relationships (an end is missing)'}`,
      );
    if (c.kind === 'nodes') {
      nodes += c.rows.length;
      nodeMs += performance.now() - t;
      o.onProgress?.(nodes, expected);
    } else relationships += c.rows.length;
  }
  return { nodes, relationships, seconds: (performance.now() - started) / 1000, nodeSeconds: nodeMs / 1000 };
}
