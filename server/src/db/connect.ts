// Opens the databases the configuration names: the graph (an external Neo4j with NEO4J_URI, else
// the embedded one) and the credential store (AUTH_NEO4J_URI, else a second, small embedded
// Neo4j). Embedded ones are started and supervised here (restarted when their JVM dies, see
// supervisor.ts) and stopped by the returned `stop`.
import path from 'node:path';
import { repoRoot, type Config, type EmbeddedNeo4jConfig, type ExternalNeo4jConfig } from '../config.js';
import { consoleQueryLogger, Executor, type ExecutorOptions } from './executor.js';
import { superviseEmbeddedNeo4j, type SupervisedNeo4j } from './supervisor.js';

export interface Database {
  executor: Executor;
  /** Human-readable description for start-up logs (no password). */
  describe: string;
  /** The supervised embedded database (unset with an external Neo4j). */
  embedded?: SupervisedNeo4j;
  stop(): Promise<void>;
}

export interface Connection extends Database {
  /** The credential store: accounts, sessions, token hashes. Only src/auth/ uses it. */
  accounts: Database;
}

type Log = (line: string) => void;

async function open(
  what: 'graph' | 'accounts',
  n: ExternalNeo4jConfig | EmbeddedNeo4jConfig,
  config: Config,
  log: Log,
  driverConfig?: ExecutorOptions['driverConfig'],
): Promise<Database> {
  const onQuery = config.logQueries ? consoleQueryLogger : undefined;
  const label = what === 'graph' ? 'Neo4j' : 'credential store (Neo4j)';
  if (n.mode === 'external') {
    const executor = Executor.connect({
      ...n,
      queryTimeoutMs: config.queryTimeoutMs,
      onQuery,
      driverConfig,
      marksWrites: what === 'graph',
    });
    await executor.verifyConnectivity();
    return { executor, describe: `external ${label} at ${n.uri}`, stop: () => executor.close() };
  }
  const dataDir = path.relative(repoRoot, n.dataDir) || n.dataDir;
  log(`Starting embedded ${label} (data in ${dataDir}, Bolt on 127.0.0.1:${n.boltPort}) …`);
  const prefix = what === 'graph' ? '[neo4j]' : '[neo4j-auth]';
  const db = await superviseEmbeddedNeo4j(
    {
      dataDir: n.dataDir,
      boltPort: n.boltPort,
      heap: n.heap,
      pagecache: n.pagecache,
      // The credential store holds a few hundred small nodes: a small transaction budget.
      // The launcher's own first statement runs under db.transaction.timeout; a small JVM on a
      // loaded machine has needed over a minute for it. Every app query sets its own timeout.
      ...(what === 'accounts' ? { txMemory: '64m', config: { 'db.memory.transaction.max': '32m', 'db.transaction.timeout': '300s' } } : {}),
      log: (line) => log(`${prefix} ${line}`),
    },
    { log: (line) => log(`${prefix} ${line}`) },
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
    marksWrites: what === 'graph',
  });
  return {
    executor,
    embedded: db,
    describe: `embedded ${label} at ${db.uri}`,
    stop: async () => {
      await executor.close();
      await db.stop();
    },
  };
}

/**
 * The graph only (seed loading and backups need no accounts); `driverConfig` for tools with
 * special needs (backups keep integers lossless).
 */
export function connectGraph(config: Config, log: Log = console.log, driverConfig?: ExecutorOptions['driverConfig']): Promise<Database> {
  return open('graph', config.neo4j, config, log, driverConfig);
}

/** The credential store only (its backups): the same connection the app opens for accounts. */
export function connectAccounts(config: Config, log: Log = console.log, driverConfig?: ExecutorOptions['driverConfig']): Promise<Database> {
  return open('accounts', config.accounts, config, log, driverConfig);
}

/** The graph and the credential store, started side by side. */
export async function connectDatabase(config: Config, log: Log = console.log): Promise<Connection> {
  const [graph, accounts] = await Promise.allSettled([
    open('graph', config.neo4j, config, log),
    open('accounts', config.accounts, config, log),
  ]);
  if (graph.status === 'rejected' || accounts.status === 'rejected') {
    if (graph.status === 'fulfilled') await graph.value.stop();
    if (accounts.status === 'fulfilled') await accounts.value.stop();
    throw graph.status === 'rejected' ? graph.reason : (accounts as PromiseRejectedResult).reason;
  }
  const g = graph.value;
  const a = accounts.value;
  return {
    ...g,
    accounts: a,
    stop: async () => {
      await Promise.all([g.stop(), a.stop()]);
    },
  };
}
