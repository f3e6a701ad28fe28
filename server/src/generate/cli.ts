// Loads a synthetic national graph (synthetic.ts) into its OWN embedded database folder:
//
//   npm run generate -- --scale 100k --data .data/synthetic-100k [--seed 15] [--chunk 5000]
//
// The folder is required and may not be the real graph's (.data/neo4j, or NEO4J_DATA_DIR):
// synthetic firms never mix with the seeded data. The seeds are loaded first (the real chain
// templates, sources and parks), so the app runs on the folder unchanged:
//   NEO4J_DATA_DIR=.data/synthetic-100k npm start
// Writes go through the import pipeline's batched statements (import/create-nodes,
// import/create-relationships), one transaction per chunk; prints a progress line and nodes/s.
import path from 'node:path';
import { loadConfig, repoRoot } from '../config.js';
import { connectGraph } from '../db/connect.js';
import { migrate } from '../db/migrate.js';
import { progressBar } from '../import/progress.js';
import { runCli } from '../run-cli.js';
import { loadSeeds } from '../seed/load.js';
import { readSeeds } from '../seed/read-seeds.js';
import { parseScale, synthesize, type ChainTemplate } from './synthetic.js';

const usage = 'usage: npm run generate -- --scale <tiny|10k|100k|1m|N> --data <folder> [--seed N] [--chunk N]';

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

export async function main(argv: string[]): Promise<number> {
  const scale = option(argv, '--scale');
  const data = option(argv, '--data');
  if (!scale || !data) {
    console.error(usage);
    return 1;
  }
  const enterprises = parseScale(scale);
  const seed = Number(option(argv, '--seed') ?? 15);
  const chunk = Number(option(argv, '--chunk') ?? 5000);
  if (!Number.isInteger(seed) || !Number.isInteger(chunk) || chunk < 1) {
    console.error(`--seed and --chunk must be whole numbers (got ${seed}, ${chunk})`);
    return 1;
  }
  const dataDir = path.resolve(repoRoot, data);
  const real = path.resolve(repoRoot, process.env.NEO4J_DATA_DIR ?? '.data/neo4j');
  if (process.env.NEO4J_URI) {
    console.error('generate: NEO4J_URI is set; the synthetic graph only goes into its own embedded folder (--data)');
    return 1;
  }
  if (dataDir === real && !process.env.NEO4J_DATA_DIR) {
    console.error(`generate: --data ${data} is the real graph's folder; pick another (e.g. .data/synthetic-${scale})`);
    return 1;
  }
  process.env.NEO4J_DATA_DIR = dataDir;
  const config = loadConfig();
  const db = await connectGraph(config, (line) => console.error(line));
  try {
    const ex = db.executor;
    await migrate(ex);
    const [{ n: already } = { n: 0 }] = await ex.read<{ n: number }>('generate/synthetic-count');
    if (already) {
      console.error(`generate: ${data} already holds a synthetic graph; delete the folder to generate again`);
      return 1;
    }
    const seeded = await loadSeeds(ex, readSeeds(config.seedsDir));
    console.error(`seeds loaded (${Math.round(seeded.ms)} ms)`);
    const templates = await ex.read<ChainTemplate>('generate/templates');
    // Enterprises, a project per five, ~3,250 parks, ~2,900 figures, regions and generated chains.
    const expected = enterprises + Math.ceil(enterprises / 5) + 3250 + 2900 + 341 + 40 * 26;
    const bar = progressBar(expected, `synthetic ${scale}`);
    const started = performance.now();
    let nodes = 0;
    let rels = 0;
    let nodeMs = 0;
    for (const c of synthesize({ seed, enterprises, templates, chunk })) {
      const t = performance.now();
      if (c.kind === 'nodes') {
        const [row] = await ex.write<{ created: number }>('import/create-nodes', { rows: c.rows }, { timeoutMs: 300_000 });
        if (row?.created !== c.rows.length) throw new Error(`generate: created ${row?.created} of ${c.rows.length} nodes`);
        nodes += c.rows.length;
        nodeMs += performance.now() - t;
        bar.update(nodes);
      } else {
        const [row] = await ex.write<{ created: number }>('import/create-relationships', { rows: c.rows }, { timeoutMs: 300_000 });
        if (row?.created !== c.rows.length) throw new Error(`generate: created ${row?.created} of ${c.rows.length} relationships (an end is missing)`);
        rels += c.rows.length;
      }
    }
    bar.done();
    const s = (performance.now() - started) / 1000;
    console.log(
      `synthetic graph (seed ${seed}, ${enterprises} enterprises) in ${data}: ${nodes} nodes and ${rels} relationships in ${s.toFixed(1)} s — ` +
        `${Math.round(nodes / s)} nodes/s, ${Math.round((nodes + rels) / s)} nodes+relationships/s ` +
        `(nodes ${(nodeMs / 1000).toFixed(1)} s, relationships ${(s - nodeMs / 1000).toFixed(1)} s)`,
    );
    return 0;
  } finally {
    await db.stop();
  }
}

runCli(main);
