// Seeds the database from seeds/*.yaml.
//
//   tsx src/seed/cli.ts           validate, migrate, load; print the counts
//   tsx src/seed/cli.ts --check   validate only (no database)
//
// With NEO4J_URI unset it starts the embedded Neo4j (NEO4J_DATA_DIR, NEO4J_BOLT_PORT, …) for
// the duration of the load. Exit codes: 0 done, 1 invalid seeds (nothing written), 2 other failure.
import { loadConfig } from '../config.js';
import { connectGraph } from '../db/connect.js';
import { migrate } from '../db/migrate.js';
import { formatCounts, loadSeeds } from './load.js';
import { readSeeds, SeedValidationError, type SeedSet } from './read-seeds.js';
import { runCli } from '../run-cli.js';

function summary(set: SeedSet): string {
  const kinds = ['sources', 'regions', 'chains', 'segments', 'flows', 'parks', 'enterprises', 'projects', 'institutions'] as const;
  return kinds.map((k) => `${set[k].length} ${k}`).join(', ');
}

export async function main(argv: string[]): Promise<number> {
  const unknown = argv.filter((a) => a !== '--check');
  if (unknown.length) {
    console.error(`unknown argument(s): ${unknown.join(' ')}\nusage: tsx src/seed/cli.ts [--check]`);
    return 2;
  }
  const checkOnly = argv.includes('--check');

  const config = loadConfig();

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

  const { executor, stop, describe } = await connectGraph(config);
  try {
    console.log(`Connected to ${describe}.`);
    await executor.verifyConnectivity();
    const m = await migrate(executor, { log: (l) => console.log(l) });
    console.log(`Migrations: ${m.applied.length} applied, ${m.alreadyApplied.length} already applied.`);
    const result = await loadSeeds(executor, set);
    console.log(formatCounts(result.counts));
    console.log(
      `${result.relationshipsCreated} relationships written, ${result.segmentLinksMoved} links moved by template migrations, in ${Math.round(result.ms)} ms.`,
    );
    return 0;
  } finally {
    await stop();
  }
}

runCli(main);
