// Loads a synthetic national graph (synthetic.ts) into its OWN embedded database folder:
//
//   npm run generate -- --scale 100k --data .data/synthetic-100k [--seed 15] [--chunk 10000] [--offline|--online]
//
// The folder is required and may not be the real graph's (.data/neo4j, or NEO4J_DATA_DIR):
// synthetic firms never mix with the seeded data. The seeds are loaded first (the real chain
// templates, sources and parks), so the app runs on the folder unchanged:
//   NEO4J_DATA_DIR=.data/synthetic-100k npm start
// Two ways in, the same graph:
//   - offline (the default for a folder that does not exist or is empty; --offline insists and
//     refuses any other): CSV files and Neo4j's bulk importer, then start, migrations and seeds
//     (offline.ts). The rate is over the whole wall time up to a database ready to serve.
//   - online (the default for a folder that already holds a database; --online forces it): the
//     import pipeline's bulk path (import/bulk.ts), one transaction per chunk, the non-unique
//     indexes rebuilt after the load (load.ts). The rate is over the load itself: nodes,
//     relationships and the index rebuild, after the start, migrations and seeds.
// Either prints a progress line, nodes/s and nodes+relationships/s, and the parts.
// `npm run generate` runs it with --max-semi-space-size=64: the generator makes millions of
// short-lived rows and strings, and with V8's default young generation a quarter of the CSV
// step was garbage collection (1M: the CSV alone 6.7 → 5.6 s, bench/README.md).
import path from 'node:path';
import { loadConfig, repoRoot } from '../config.js';
import { connectGraph } from '../db/connect.js';
import { progressBar } from '../import/progress.js';
import { runCli } from '../run-cli.js';
import { AlreadyGeneratedError, loadSynthetic } from './load.js';
import { buildOffline, isFresh, NotFreshError } from './offline.js';
import { parseScale } from './synthetic.js';

const usage = 'usage: npm run generate -- --scale <tiny|10k|100k|1m|N> --data <folder> [--seed N] [--chunk N] [--offline|--online]';

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
  const chunk = Number(option(argv, '--chunk') ?? 10000);
  if (!Number.isInteger(seed) || !Number.isInteger(chunk) || chunk < 1) {
    console.error(`--seed and --chunk must be whole numbers (got ${seed}, ${chunk})`);
    return 1;
  }
  const dataDir = path.resolve(repoRoot, data);
  const real = path.resolve(repoRoot, '.data/neo4j');
  if (process.env.NEO4J_URI) {
    console.error('generate: NEO4J_URI is set; the synthetic graph only goes into its own embedded folder (--data)');
    return 1;
  }
  if (dataDir === real) {
    console.error(`generate: --data ${data} is the real graph's folder; pick another (e.g. .data/synthetic-${scale})`);
    return 1;
  }
  if (argv.includes('--offline') && argv.includes('--online')) {
    console.error('generate: --offline and --online exclude each other');
    return 1;
  }
  process.env.NEO4J_DATA_DIR = dataDir;
  const config = loadConfig();
  const offline = argv.includes('--offline') || (!argv.includes('--online') && isFresh(dataDir));
  if (offline) return generateOffline(config, { data, scale, seed, enterprises, chunk });
  const db = await connectGraph(config, (line) => console.error(line));
  let bar: ReturnType<typeof progressBar> | undefined;
  try {
    const r = await loadSynthetic(db.executor, {
      seed,
      enterprises,
      chunk,
      seedsDir: config.seedsDir,
      onProgress: (done, expected) => (bar ??= progressBar(expected, `synthetic ${scale}`)).update(done),
      log: (line) => console.error(line),
    });
    bar?.done();
    console.log(
      `synthetic graph (seed ${seed}, ${enterprises} enterprises) in ${data}: ${r.nodes} nodes and ${r.relationships} relationships in ${r.seconds.toFixed(1)} s — ` +
        `${Math.round(r.nodes / r.seconds)} nodes/s, ${Math.round((r.nodes + r.relationships) / r.seconds)} nodes+relationships/s ` +
        `(nodes ${r.nodeSeconds.toFixed(1)} s, relationships ${(r.seconds - r.nodeSeconds - r.indexSeconds).toFixed(1)} s, ` +
        `indexes ${r.indexSeconds.toFixed(1)} s)`,
    );
    return 0;
  } catch (e) {
    if (!(e instanceof AlreadyGeneratedError)) throw e;
    console.error(`generate: ${data}: ${e.message}`);
    return 1;
  } finally {
    await db.stop();
  }
}

async function generateOffline(
  config: ReturnType<typeof loadConfig>,
  a: { data: string; scale: string; seed: number; enterprises: number; chunk: number },
): Promise<number> {
  let bar: ReturnType<typeof progressBar> | undefined;
  let r;
  try {
    r = await buildOffline({
      seed: a.seed,
      enterprises: a.enterprises,
      chunk: a.chunk,
      config,
      onProgress: (done, expected) => (bar ??= progressBar(expected, `synthetic ${a.scale} → CSV`)).update(done),
      log: (line) => {
        bar?.done();
        bar = undefined;
        console.error(line);
      },
    });
  } catch (e) {
    bar?.done();
    if (!(e instanceof NotFreshError)) throw e;
    console.error(`generate: --offline: ${e.message}`);
    return 1;
  }
  await r.db.stop();
  const p = r.parts;
  console.log(
    `synthetic graph (seed ${a.seed}, ${a.enterprises} enterprises) in ${a.data}, offline: ${r.nodes} nodes and ${r.relationships} relationships ` +
      `ready in ${r.seconds.toFixed(1)} s — ${Math.round(r.nodes / r.seconds)} nodes/s, ${Math.round((r.nodes + r.relationships) / r.seconds)} nodes+relationships/s ` +
      `(csv ${p.csv.toFixed(1)} s, import ${p.import.toFixed(1)} s, start ${p.start.toFixed(1)} s, ` +
      `migrations ${p.migrate.toFixed(1)} s, seeds ${p.seeds.toFixed(1)} s, the rest of the index population ${p.indexes.toFixed(1)} s); ` +
      // The rate of the writing alone, beside the one to a database that can serve: the gap is
      // the JVM start, building the constraints and the full-text index, and the seeds.
      `the store itself (csv + import) at ${Math.round(r.nodes / (p.csv + p.import))} nodes/s`,
  );
  return 0;
}

runCli(main);
