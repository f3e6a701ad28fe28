// How the backup tools reach the database. With NEO4J_URI: that server. Embedded: the running
// app's Neo4j if there is one (Bolt on NEO4J_BOLT_PORT with the data folder's password), so a
// backup needs no downtime; otherwise the tool starts the embedded Neo4j itself.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config.js';
import { connectGraph, type Database } from '../../db/connect.js';
import { Executor } from '../../db/executor.js';

/** Integers stay neo4j Integers: a backup must tell 1 (INTEGER) from 1.0 (FLOAT). */
export const lossless = { disableLosslessIntegers: false } as const;

export interface ToolConnection extends Database {
  /** The same server's system database (transaction ids, default database name). */
  system: Executor;
}

async function runningEmbedded(config: Config): Promise<Database | undefined> {
  if (config.neo4j.mode !== 'embedded') return undefined;
  const file = path.join(config.neo4j.dataDir, '.credentials');
  if (!existsSync(file)) return undefined;
  const { password } = JSON.parse(readFileSync(file, 'utf8')) as { password: string };
  const uri = `bolt://127.0.0.1:${config.neo4j.boltPort}`;
  const executor = Executor.connect({ uri, username: 'neo4j', password, database: config.neo4j.database, driverConfig: lossless });
  try {
    await executor.verifyConnectivity();
  } catch {
    await executor.close();
    return undefined;
  }
  return { executor, describe: `the running embedded Neo4j at ${uri}`, stop: () => executor.close() };
}

export async function connectTool(config: Config, log: (line: string) => void): Promise<ToolConnection> {
  const connection = (await runningEmbedded(config)) ?? (await connectGraph(config, log, lossless));
  return { ...connection, system: connection.executor.on('system') };
}
