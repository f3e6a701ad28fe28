// Opens the database the configuration names: an external Neo4j (NEO4J_URI), or the embedded
// one, started and supervised here (restarted when its JVM dies, see supervisor.ts) and stopped
// by the returned `stop`.
import path from 'node:path';
import { repoRoot, type Config } from '../config.js';
import { consoleQueryLogger, Executor, type ExecutorOptions } from './executor.js';
import { superviseEmbeddedNeo4j, type SupervisedNeo4j } from './supervisor.js';

export interface Connection {
  executor: Executor;
  /** Human-readable description for start-up logs (no password). */
  describe: string;
  /** The supervised embedded database (unset with an external Neo4j). */
  embedded?: SupervisedNeo4j;
  stop(): Promise<void>;
}

export async function connectDatabase(
  config: Config,
  log: (line: string) => void = console.log,
  /** Driver settings for tools with special needs (backups keep integers lossless). */
  driverConfig?: ExecutorOptions['driverConfig'],
): Promise<Connection> {
  const onQuery = config.logQueries ? consoleQueryLogger : undefined;
  const n = config.neo4j;
  if (n.mode === 'external') {
    const executor = Executor.connect({ ...n, queryTimeoutMs: config.queryTimeoutMs, onQuery, driverConfig });
    await executor.verifyConnectivity();
    return { executor, describe: `external Neo4j at ${n.uri}`, stop: () => executor.close() };
  }
  const dataDir = path.relative(repoRoot, n.dataDir) || n.dataDir;
  log(`Starting embedded Neo4j (data in ${dataDir}, Bolt on 127.0.0.1:${n.boltPort}) …`);
  const db = await superviseEmbeddedNeo4j(
    { dataDir: n.dataDir, boltPort: n.boltPort, heap: n.heap, pagecache: n.pagecache, log: (line) => log(`[neo4j] ${line}`) },
    { log },
  );
  const executor = Executor.connect({
    uri: db.uri,
    username: db.username,
    password: db.password,
    database: n.database,
    queryTimeoutMs: config.queryTimeoutMs,
    onQuery,
    isUp: () => db.isUp(),
    driverConfig,
  });
  return {
    executor,
    embedded: db,
    describe: `embedded Neo4j at ${db.uri}`,
    stop: async () => {
      await executor.close();
      await db.stop();
    },
  };
}
