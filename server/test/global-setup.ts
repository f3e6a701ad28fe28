// Starts ONE Neo4j for the whole test run, applies the migrations and loads the real seeds,
// then hands the connection to the tests through vitest's provide/inject (see test/db.ts).
//
// With NEO4J_TEST_URI (+ NEO4J_TEST_USERNAME, NEO4J_TEST_PASSWORD, optional NEO4J_TEST_DATABASE)
// the tests use that server instead. It must be a throw-away database: the seed load deletes
// seeded nodes that are not in seeds/.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { repoRoot } from '../src/config.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../src/db/embedded.js';
import { Executor } from '../src/db/executor.js';
import { migrate } from '../src/db/migrate.js';
import { loadSeeds } from '../src/seed/load.js';
import { readSeeds } from '../src/seed/read-seeds.js';
import { freePort } from './free-port.js';

export interface TestNeo4j {
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
  /** The seeds folder the database was loaded from. */
  seedsDir: string;
  /** Milliseconds for start, migrations and seed load (reported in the log). */
  setupMs: { start: number; migrate: number; seed: number };
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}


export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const seedsDir = path.resolve(repoRoot, process.env.SEEDS_DIR ?? 'seeds');
  let t = performance.now();
  let embedded: EmbeddedNeo4j | undefined;
  let dataDir: string | undefined;
  let conn: Omit<TestNeo4j, 'seedsDir' | 'setupMs'>;

  if (process.env.NEO4J_TEST_URI) {
    conn = {
      uri: process.env.NEO4J_TEST_URI,
      username: process.env.NEO4J_TEST_USERNAME ?? 'neo4j',
      password: process.env.NEO4J_TEST_PASSWORD ?? '',
      database: process.env.NEO4J_TEST_DATABASE || undefined,
    };
  } else {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'chain-graph-test-neo4j-'));
    const stderr: string[] = [];
    embedded = await startEmbeddedNeo4j({
      dataDir,
      boltPort: await freePort(),
      heap: '768m',
      pagecache: '128m',
      txMemory: '256m',
      log: (line) => stderr.push(line),
    });
    // NEO4J_TEST_ROUTING=1: every test talks to it through neo4j:// (routing), as to a cluster.
    const uri = process.env.NEO4J_TEST_ROUTING === '1' ? embedded.uri.replace(/^bolt:/, 'neo4j:') : embedded.uri;
    conn = { uri, username: embedded.username, password: embedded.password, database: undefined };
  }
  const start = performance.now() - t;

  const stop = async () => {
    await embedded?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };

  const executor = Executor.connect({ ...conn, queryTimeoutMs: 60_000 });
  try {
    t = performance.now();
    await migrate(executor);
    const migrateMs = performance.now() - t;
    t = performance.now();
    await loadSeeds(executor, readSeeds(seedsDir));
    const seedMs = performance.now() - t;
    const setupMs = { start: Math.round(start), migrate: Math.round(migrateMs), seed: Math.round(seedMs) };
    console.log(
      `[global-setup] Neo4j ${embedded ? 'embedded' : 'external'} at ${conn.uri}: start ${setupMs.start} ms, ` +
        `migrate ${setupMs.migrate} ms, seed ${setupMs.seed} ms`,
    );
    project.provide('neo4j', { ...conn, seedsDir, setupMs });
  } catch (e) {
    await executor.close();
    await stop();
    throw e;
  }
  await executor.close();
  return stop;
}
