// kill -9 the embedded Neo4j under a running app: requests fail fast with DATABASE_UNAVAILABLE,
// /readyz says 503 while /healthz stays 200, and the supervisor brings the database back with
// no one's help. Runs its own supervised instance (the shared test database is not killed).
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Executor } from '../../src/db/executor.js';
import { superviseEmbeddedNeo4j, type SupervisedNeo4j } from '../../src/db/supervisor.js';
import { readinessProbe } from '../../src/health.js';
import { createHttpServer } from '../../src/http.js';
import { createApp } from '../../src/yoga.js';
import { freePort } from '../free-port.js';

const TIMEOUT = 420_000;

let dataDir = '';
let db: SupervisedNeo4j;
let executor: Executor;
let server: Server;
let base = '';
const logs: string[] = [];

async function gql(query: string): Promise<{ ms: number; status: number; body: { data?: any; errors?: any[] } }> {
  const started = performance.now();
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data?: any; errors?: any[] };
  return { ms: performance.now() - started, status: res.status, body };
}

async function get(p: string): Promise<{ status: number; text: string }> {
  const res = await fetch(`${base}${p}`);
  return { status: res.status, text: await res.text() };
}

async function until(what: string, fn: () => Promise<boolean> | boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await fn()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not happen within ${ms} ms\n${logs.slice(-20).join('\n')}`);
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'chain-graph-supervisor-'));
  db = await superviseEmbeddedNeo4j(
    { dataDir, boltPort: await freePort(), heap: '512m', pagecache: '64m', txMemory: '128m', log: (l) => logs.push(l) },
    { log: (l) => logs.push(l), initialBackoffMs: 500 },
  );
  executor = Executor.connect({ uri: db.uri, username: db.username, password: db.password, queryTimeoutMs: 10_000, isUp: () => db.isUp() });
  // Anonymous requests only: the throw-away graph doubles as the (unused) credential store.
  server = createHttpServer(createApp({ executor, authExecutor: executor, production: true }), path.join(dataDir, 'no-client'), {
    readiness: readinessProbe({ graph: executor }),
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${port}`;
}, TIMEOUT);

afterAll(async () => {
  server?.close();
  await executor?.close();
  await db?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}, TIMEOUT);

describe('a supervised embedded Neo4j', () => {
  it(
    'fails fast while killed, reports it on /readyz, and comes back by itself',
    async () => {
      // The first ping of a fresh Neo4j can outlast /readyz's 2 s on a loaded machine: ready soon.
      await until('ready before the kill', async () => (await get('/readyz')).status === 200, 30_000);
      const before = await gql('{ chains { id } }');
      expect(before.body.errors).toBeUndefined();
      const firstPid = db.pid!;

      process.kill(firstPid, 'SIGKILL');
      // A request racing the kill: the pooled connection breaks, the driver's short retry gives up.
      const racing = await gql('{ chains { id } }');
      expect(racing.body.errors?.[0]?.extensions).toMatchObject({ code: 'DATABASE_UNAVAILABLE', retryable: true });
      expect(racing.ms).toBeLessThan(10_000);

      await until('the supervisor noticing the exit', () => !db.isUp(), 10_000);
      const down = await gql('{ chains { id } }');
      expect(down.body.errors?.[0]?.extensions).toMatchObject({ code: 'DATABASE_UNAVAILABLE', retryable: true });
      expect(down.ms).toBeLessThan(2_000);
      const ready = await get('/readyz');
      expect(ready.status).toBe(503);
      expect(JSON.parse(ready.text)).toMatchObject({ ready: false, checks: { graph: { ok: false, error: 'DATABASE_UNAVAILABLE' } } });
      expect(await get('/healthz')).toEqual({ status: 200, text: 'ok' });
      console.log(`after kill -9: racing request ${Math.round(racing.ms)} ms, while down ${Math.round(down.ms)} ms (DATABASE_UNAVAILABLE)`);

      const t = performance.now();
      await until('/readyz answering 200', async () => (await get('/readyz')).status === 200, 300_000);
      console.log(`back after ${Math.round((performance.now() - t) / 1000)} s (restart ${db.restarts}, pid ${firstPid} → ${db.pid})`);
      expect(db.restarts).toBe(1);
      expect(db.pid).not.toBe(firstPid);
      const after = await gql('{ chains { id } }');
      expect(after.body.errors).toBeUndefined();
      expect(after.body.data).toEqual(before.body.data);
    },
    TIMEOUT,
  );
});
