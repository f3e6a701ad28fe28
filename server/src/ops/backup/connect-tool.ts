// How the backup tools reach a database: the graph (NEO4J_*) or, with --accounts, the credential
// store (AUTH_NEO4J_*). External: that server. Embedded: the running app's Neo4j if there is one
// (Bolt on its port with the data folder's password), so a backup needs no downtime; otherwise
// the tool starts that embedded Neo4j itself.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config.js';
import { connectAccounts, connectGraph, type Database } from '../../db/connect.js';
import { Executor } from '../../db/executor.js';

/** Integers stay neo4j Integers: a backup must tell 1 (INTEGER) from 1.0 (FLOAT). */
export const lossless = { disableLosslessIntegers: false } as const;

export interface ToolConnection extends Database {
  /** The same server's system database (transaction ids, default database name). */
  system: Executor;
}

export type Store = 'graph' | 'accounts';

async function runningEmbedded(config: Config, store: Store): Promise<Database | undefined> {
  const n = store === 'graph' ? config.neo4j : config.accounts;
  if (n.mode !== 'embedded') return undefined;
  const file = path.join(n.dataDir, '.credentials');
  if (!existsSync(file)) return undefined;
  const { password } = JSON.parse(readFileSync(file, 'utf8')) as { password: string };
  const uri = `bolt://127.0.0.1:${n.boltPort}`;
  const executor = Executor.connect({ uri, username: 'neo4j', password, database: n.database, driverConfig: lossless });
  try {
    await executor.verifyConnectivity();
  } catch {
    await executor.close();
    return undefined;
  }
  return { executor, describe: `the running embedded Neo4j at ${uri}`, stop: () => executor.close() };
}

export async function connectTool(config: Config, log: (line: string) => void, store: Store = 'graph'): Promise<ToolConnection> {
  const connect = store === 'graph' ? connectGraph : connectAccounts;
  const connection = (await runningEmbedded(config, store)) ?? (await connect(config, log, lossless));
  return { ...connection, system: connection.executor.on('system') };
}
