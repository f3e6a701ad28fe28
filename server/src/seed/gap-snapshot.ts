// Prints the gap report of every park × chain it grows (and of each park's region tree for the four
// template chains) for a seeds folder, one line per segment, so two seed versions can be diffed:
//   cd server && npx tsx src/seed/gap-snapshot.ts ../seeds > /tmp/gaps-new.txt
// Starts its own embedded Neo4j in a temporary folder and removes it afterwards.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedNeo4j } from '../db/embedded.js';
import { Executor } from '../db/executor.js';
import { migrate } from '../db/migrate.js';
import { createApp } from '../yoga.js';
import { loadSeeds } from './load.js';
import { readSeeds } from './read-seeds.js';
import { freePort } from '../../test/free-port.js';
import { runCli } from '../run-cli.js';

export async function main(argv: string[]): Promise<number> {
  const dir = path.resolve(argv[0] ?? 'seeds');
  const set = readSeeds(dir);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'gap-snapshot-'));
  const neo = await startEmbeddedNeo4j({
    dataDir,
    boltPort: await freePort(),
    heap: '512m',
    pagecache: '64m',
    txMemory: '256m',
    log: () => {},
  });
  const executor = Executor.connect({
    uri: neo.uri,
    username: neo.username,
    password: neo.password,
    database: undefined,
    queryTimeoutMs: 60_000,
  });
  try {
    await migrate(executor);
    await loadSeeds(executor, set);
    const app = createApp({
      executor,
      authExecutor: executor /* viewerFor: no sign-in */,
      production: false,
      viewerFor: () => ({ role: 'viewer', userId: 'snapshot', name: 'snapshot' }),
    });
    const gql = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
      const res = await app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: T; errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data as T;
    };
    const pairs = new Set<string>();
    for (const p of set.parks) for (const c of p.chains) pairs.add(`${p.id} ${c.chain}`);
    for (const pair of [...pairs].sort()) {
      const [parkId, chainId] = pair.split(' ');
      const r = await gql<{ gapReport: { segments: Array<{ segment: { id: string }; status: string }> } }>(
        'query($c: ID!, $p: ID) { gapReport(chainId: $c, parkId: $p) { segments { segment { id } status } } }',
        { c: chainId, p: parkId },
      );
      for (const s of r.gapReport.segments) console.log(`${parkId}\t${chainId}\t${s.segment.id}\t${s.status}`);
    }
    return 0;
  } finally {
    await executor.close();
    await neo.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

runCli(main);
