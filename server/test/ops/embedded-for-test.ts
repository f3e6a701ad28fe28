// A fresh embedded Neo4j in a temp folder for tests that must own their database (backups wipe
// it), and the lossless executors a backup uses.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedNeo4j } from '../../src/db/embedded.js';
import { Executor } from '../../src/db/executor.js';
import { lossless } from '../../src/ops/backup/connect-tool.js';
import { freePort } from '../free-port.js';

export interface OwnNeo4j {
  /** Lossy integers, as the app uses it. */
  app: Executor;
  /** Lossless integers, as the backup uses it. */
  db: Executor;
  system: Executor;
  /** Where it keeps its data (with its .credentials file) and its Bolt port: tools find it there. */
  dataDir: string;
  boltPort: number;
  stop(): Promise<void>;
}

export async function ownNeo4j(): Promise<OwnNeo4j> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'chain-graph-test-neo4j-ops-'));
  const boltPort = await freePort();
  const neo = await startEmbeddedNeo4j({ dataDir, boltPort, heap: '512m', pagecache: '64m', txMemory: '256m' });
  const conn = { uri: neo.uri, username: neo.username, password: neo.password, queryTimeoutMs: 120_000 };
  const app = Executor.connect(conn);
  const db = Executor.connect({ ...conn, driverConfig: lossless });
  return {
    app,
    db,
    system: db.on('system'),
    dataDir,
    boltPort,
    stop: async () => {
      await app.close();
      await db.close();
      await neo.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
