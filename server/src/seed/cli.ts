// Seeds the database from seeds/*.yaml.
//
//   tsx src/seed/cli.ts           validate, migrate, load; print the counts
//   tsx src/seed/cli.ts --check   validate only (no database)
//
// With NEO4J_URI unset it starts the embedded Neo4j (NEO4J_DATA_DIR, NEO4J_BOLT_PORT, …) for
// the duration of the load. Exit codes: 0 done, 1 invalid seeds (nothing written), 2 other failure.
import path from 'node:path';
import { ConfigError, loadConfig, repoRoot, type Config } from '../config.js';
import { startEmbeddedNeo4j } from '../db/embedded.js';
import { consoleQueryLogger, Executor } from '../db/executor.js';
import { migrate } from '../db/migrate.js';
import { formatCounts, loadSeeds } from './load.js';
import { readSeeds, SeedValidationError, type SeedSet } from './read-seeds.js';

function displayPath(p: string): string {
  const rel = path.relative(repoRoot, p);
  return rel && !rel.startsWith('..') ? rel : p;
}

function summary(set: SeedSet): string {
  const kinds = ['sources', 'regions', 'chains', 'segments', 'flows', 'parks', 'enterprises', 'projects', 'institutions'] as const;
  return kinds.map((k) => `${set[k].length} ${k}`).join(', ');
}

async function connect(config: Config): Promise<{ executor: Executor; stop: () => Promise<void> }> {
  const onQuery = config.logQueries ? consoleQueryLogger : undefined;
  const n = config.neo4j;
  if (n.mode === 'external') {
    const executor = Executor.connect({ ...n, queryTimeoutMs: config.queryTimeoutMs, onQuery });
    return { executor, stop: () => executor.close() };
  }
  console.log(`Starting embedded Neo4j (data ${displayPath(n.dataDir)}, bolt port ${n.boltPort})…`);
  const db = await startEmbeddedNeo4j({ dataDir: n.dataDir, boltPort: n.boltPort, heap: n.heap, pagecache: n.pagecache });
  const executor = Executor.connect({
    uri: db.uri,
    username: db.username,
    password: db.password,
    database: n.database,
    queryTimeoutMs: config.queryTimeoutMs,
    onQuery,
  });
  return {
    executor,
    stop: async () => {
      await executor.close();
      await db.stop();
    },
  };
}

export async function main(argv: string[]): Promise<number> {
  const unknown = argv.filter((a) => a !== '--check');
  if (unknown.length) {
    console.error(`unknown argument(s): ${unknown.join(' ')}\nusage: tsx src/seed/cli.ts [--check]`);
    return 2;
  }
  const checkOnly = argv.includes('--check');

  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      return 2;
    }
    throw e;
  }

  let set: SeedSet;
  try {
    set = readSeeds(config.seedsDir);
  } catch (e) {
    if (e instanceof SeedValidationError) {
      console.error(e.message);
      console.error('Nothing was written.');
      return 1;
    }
    throw e;
  }
  console.log(`Seeds OK: ${set.files.length} files; ${summary(set)}.`);
  if (checkOnly) return 0;

  const { executor, stop } = await connect(config);
  try {
    await executor.verifyConnectivity();
    const m = await migrate(executor, { log: (l) => console.log(l) });
    console.log(`Migrations: ${m.applied.length} applied, ${m.alreadyApplied.length} already applied.`);
    const result = await loadSeeds(executor, set);
    console.log(formatCounts(result.counts));
    console.log(`${result.relationshipsCreated} relationships written in ${Math.round(result.ms)} ms.`);
    return 0;
  } finally {
    await stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e instanceof Error ? `${e.name}: ${e.message}` : e);
    process.exitCode = 2;
  },
);
