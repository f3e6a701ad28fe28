// Measures what holds against analyst Cypher that builds huge strings (issue 9): one query
// doubling a string n times (`reduce`), on a fresh embedded Neo4j with the app's settings
// (heap NEO4J_HEAP or 1g, db.memory.transaction.max 128m, dbms.memory.transaction.total.max
// 512m). For each n it prints the outcome — answered, refused (MEMORY_LIMIT: the tracker, or the
// JVM's own OutOfMemoryError that Neo4j turns into a failed transaction), timed out, or the JVM
// exited — how long it took, and whether the database answers `RETURN 1` right after. Not a
// test: figures.
//
//   cd server && npx tsx src/drill/string-allocation.ts [--heap 1g] [--from 24] [--to 30]
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../db/embedded.js';
import { Executor } from '../db/executor.js';
import { freePort } from '../../test/free-port.js';

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    heap: { type: 'string', default: process.env.NEO4J_HEAP ?? '1g' },
    from: { type: 'string', default: '24' },
    to: { type: 'string', default: '30' },
  },
});

async function start(dataDir: string): Promise<{ neo: EmbeddedNeo4j; db: Executor }> {
  const neo = await startEmbeddedNeo4j({ dataDir, boltPort: await freePort(), heap: args.heap, pagecache: '64m' });
  const db = Executor.connect({ uri: neo.uri, username: neo.username, password: neo.password, queryTimeoutMs: 60_000 });
  return { neo, db };
}

async function ping(db: Executor): Promise<string> {
  const t = performance.now();
  try {
    await db.read({ name: 'drill/ping', text: 'RETURN 1 AS one' });
    return `answered in ${Math.round(performance.now() - t)} ms`;
  } catch (e) {
    return `failed: ${(e as { code?: string }).code ?? (e as Error).name}`;
  }
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'chain-graph-string-drill-'));
  let { neo, db } = await start(dataDir);
  console.log(`Embedded Neo4j, heap ${args.heap}; one query per line: RETURN size(reduce(s = 'x', i IN range(1, n) | s + s))`);
  try {
    for (let n = Number(args.from); n <= Number(args.to); n++) {
      let exited = false;
      void neo.exited.then(() => (exited = true));
      const t = performance.now();
      let outcome: string;
      try {
        const [row] = await db.read<{ n: number }>(
          { name: 'drill/string', text: 'RETURN size(reduce(s = "x", i IN range(1, $n) | s + s)) AS n' },
          { n },
        );
        outcome = `answered (${row!.n} characters)`;
      } catch (e) {
        await new Promise((r) => setTimeout(r, 2000));
        outcome = exited
          ? `JVM exited (${(e as { code?: string }).code ?? (e as Error).name})`
          : `refused: ${(e as { code?: string }).code ?? (e as Error).name}`;
      }
      const took = Math.round(performance.now() - t);
      const after = exited ? 'JVM gone' : await ping(db);
      console.log(`  n=${n} (${(2 ** n / 2 ** 20).toFixed(0)} Mi characters): ${outcome} in ${took} ms; then RETURN 1: ${after}`);
      if (exited) {
        await db.close();
        ({ neo, db } = await start(dataDir));
      }
    }
  } finally {
    await db.close();
    await neo.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
