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
import { accountMigrationsDir } from '../src/auth/move-credentials.js';
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

/** The credential store for the run (accounts, sessions, token hashes): a Neo4j of its own. */
export interface TestAuthNeo4j {
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
    authNeo4j: TestAuthNeo4j;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const seedsDir = path.resolve(repoRoot, process.env.SEEDS_DIR ?? 'seeds');
  let t = performance.now();
  let embedded: EmbeddedNeo4j | undefined;
  let dataDir: string | undefined;
  let conn: Omit<TestNeo4j, 'seedsDir' | 'setupMs'>;
  let authEmbedded: EmbeddedNeo4j | undefined;
  let authDataDir: string | undefined;

  // The credential store starts beside the graph (small: a few accounts), unless given.
  const authStarting: Promise<TestAuthNeo4j> = (async () => {
    if (process.env.NEO4J_TEST_AUTH_URI) {
      return {
        uri: process.env.NEO4J_TEST_AUTH_URI,
        username: process.env.NEO4J_TEST_AUTH_USERNAME ?? 'neo4j',
        password: process.env.NEO4J_TEST_AUTH_PASSWORD ?? '',
        database: process.env.NEO4J_TEST_AUTH_DATABASE || undefined,
      };
    }
    authDataDir = await mkdtemp(path.join(os.tmpdir(), 'chain-graph-test-neo4j-auth-'));
    authEmbedded = await startEmbeddedNeo4j({
      dataDir: authDataDir,
      boltPort: await freePort(),
      heap: '256m',
      pagecache: '16m',
      txMemory: '64m',
      // The launcher's own first statement (setting the password) runs under this timeout; on a
      // loaded machine a small JVM's first query has taken over a minute.
      config: { 'db.memory.transaction.max': '32m', 'db.transaction.timeout': '300s' },
    });
    return { uri: authEmbedded.uri, username: authEmbedded.username, password: authEmbedded.password, database: undefined };
  })();
  // Settled here so a failure of the graph's start does not leave an unhandled rejection.
  const authSettled = authStarting.then(
    (v) => ({ ok: true as const, v }),
    (e: unknown) => ({ ok: false as const, e }),
  );

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
      heap: '1g',
      pagecache: '128m',
      txMemory: '256m',
      // See the credential store below: the launcher's first statement runs under this timeout.
      config: { 'db.transaction.timeout': '300s' },
      log: (line) => stderr.push(line),
    });
    // NEO4J_TEST_ROUTING=1: every test talks to it through neo4j:// (routing), as to a cluster.
    const uri = process.env.NEO4J_TEST_ROUTING === '1' ? embedded.uri.replace(/^bolt:/, 'neo4j:') : embedded.uri;
    conn = { uri, username: embedded.username, password: embedded.password, database: undefined };
  }
  const stop = async () => {
    await Promise.all([embedded?.stop(), authEmbedded?.stop()]);
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    if (authDataDir) await rm(authDataDir, { recursive: true, force: true });
  };
  const auth = await authSettled;
  if (!auth.ok) {
    await stop();
    throw auth.e;
  }
  const authConn: TestAuthNeo4j = auth.v;
  const start = performance.now() - t;

  const executor = Executor.connect({ ...conn, queryTimeoutMs: 60_000 });
  const authExecutor = Executor.connect({ ...authConn, queryTimeoutMs: 60_000 });
  try {
    await migrate(authExecutor, { dir: accountMigrationsDir });
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
    project.provide('authNeo4j', authConn);
  } catch (e) {
    await executor.close();
    await authExecutor.close();
    await stop();
    throw e;
  }
  await executor.close();
  await authExecutor.close();
  return stop;
}
