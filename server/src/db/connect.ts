// Opens the database the configuration names: an external Neo4j (NEO4J_URI), or the embedded
// one, started here and stopped by the returned `stop`.
import path from 'node:path';
import { repoRoot, type Config } from '../config.js';
import { startEmbeddedNeo4j } from './embedded.js';
import { consoleQueryLogger, Executor, type ExecutorOptions } from './executor.js';

export interface Connection {
  executor: Executor;
  /** Human-readable description for start-up logs (no password). */
  describe: string;
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
  const db = await startEmbeddedNeo4j({ dataDir: n.dataDir, boltPort: n.boltPort, heap: n.heap, pagecache: n.pagecache });
  const executor = Executor.connect({
    uri: db.uri,
    username: db.username,
    password: db.password,
    database: n.database,
    queryTimeoutMs: config.queryTimeoutMs,
    onQuery,
    driverConfig,
  });
  return {
    executor,
    describe: `embedded Neo4j at ${db.uri}`,
    stop: async () => {
      await executor.close();
      await db.stop();
    },
  };
}
