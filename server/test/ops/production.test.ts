// The production build (tsc → node, NODE_ENV=production): the UI and the API on one port, with
// precompressed static files, compressed API responses, cache and security headers, request ids
// in and out and in the JSON logs.
import { readFileSync, readdirSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, createUser, deleteUser } from '../../src/auth/accounts.js';
import { repoRoot } from '../../src/config.js';
import { restoreGraphAfterAll, testExecutor } from '../db.js';
import { buildForProduction, startProductionServer, type RunningServer } from './production-server.js';

const db = testExecutor();
// The enterprises the shutdown test creates are removed after the file, and the graph must then
// be as it was (registered first so that it runs last, after the account is deleted).
const made = restoreGraphAfterAll(db);
const username = `t-ops-${randomBytes(4).toString('hex')}`;
let token: string;
let server: RunningServer;
const dist = path.join(repoRoot, 'client', 'dist');

beforeAll(async () => {
  // An editor with an API token, made before the server starts (so it creates no admin).
  const user = await createUser(db, { username, password: 'a fine test password', role: 'editor' });
  token = (await createApiToken(db, { userId: user.id, name: 'shutdown test', role: 'editor' })).secret;
  buildForProduction();
  server = await startProductionServer();
}, 600_000);

afterAll(async () => {
  if (server && server.child.exitCode === null) server.child.kill('SIGTERM');
  await server?.exited;
  await deleteUser(db, username);
});

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A request whose body is returned as sent (node:http does not decompress). */
function request(pathname: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request(new URL(pathname, server.url), { method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

const decode = (r: Raw) =>
  r.headers['content-encoding'] === 'br'
    ? brotliDecompressSync(r.body)
    : r.headers['content-encoding'] === 'gzip'
      ? gunzipSync(r.body)
      : r.body;

describe('the production build', () => {
  it('serves the UI: index.html revalidated, under a CSP, for the app’s own paths too', async () => {
    const html = readFileSync(path.join(dist, 'index.html'));
    for (const p of ['/', '/?view=park&park=zs-hitech']) {
      const r = await request(p, { headers: { 'accept-encoding': 'identity' } });
      expect(r.status).toBe(200);
      expect(r.headers['content-type']).toMatch(/^text\/html/);
      expect(r.body.equals(html)).toBe(true);
      expect(r.headers['cache-control']).toBe('no-cache');
      expect(r.headers['content-security-policy']).toContain("script-src 'self'");
      expect(r.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(r.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('sends hashed assets precompressed (brotli, gzip) and immutable; the bytes decode to the file', async () => {
    const assets = readdirSync(path.join(dist, 'assets')).filter((f) => /\.(js|css)$/.test(f));
    expect(assets.length).toBeGreaterThan(0);
    for (const file of assets) {
      const original = readFileSync(path.join(dist, 'assets', file));
      for (const [accept, expected] of [
        ['br, gzip', 'br'],
        ['gzip', 'gzip'],
        ['identity', undefined],
      ] as const) {
        const r = await request(`/assets/${file}`, { headers: { 'accept-encoding': accept } });
        expect(r.status).toBe(200);
        expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
        if (original.length >= 2048) expect(r.headers['content-encoding'], `${file} for ${accept}`).toBe(expected);
        expect(r.headers['vary']).toMatch(/accept-encoding/i);
        expect(decode(r).equals(original)).toBe(true);
      }
    }
    expect((await request('/assets/no-such-file.js')).status).toBe(404);
  });

  it('answers GraphQL on the same port, compressed when large, with the request id in and out and in the log', async () => {
    const body = JSON.stringify({ query: 'query ChainsForTest { chains { id name segments { id name } } }' });
    const headers = { 'content-type': 'application/json', 'accept-encoding': 'gzip', 'x-request-id': 'prod-test-42' };
    const r = await request('/graphql', { method: 'POST', headers, body });
    expect(r.status).toBe(200);
    expect(r.headers['x-request-id']).toBe('prod-test-42');
    expect(r.headers['content-encoding']).toBe('gzip');
    const json = JSON.parse(decode(r).toString('utf8')) as { data: { chains: { id: string }[] } };
    expect(json.data.chains.length).toBeGreaterThan(0);
    expect(r.body.length).toBeLessThan(decode(r).length / 2);

    // A generated id when none (or an unusable one) is given.
    const other = await request('/graphql', { method: 'POST', headers: { ...headers, 'x-request-id': 'bad id with spaces' }, body });
    expect(other.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);

    await new Promise((r) => setTimeout(r, 200));
    const line = server.logs.find((l) => l['reqId'] === 'prod-test-42' && l['msg'] === 'request');
    expect(line).toMatchObject({ level: 'info', method: 'POST', path: '/graphql', status: 200, app: 'chain-graph' });
    expect(typeof line!['ms']).toBe('number');
  });

  it('masks errors and turns GraphiQL off', async () => {
    const r = await request('/graphql', { headers: { accept: 'text/html' } });
    expect(r.headers['content-type'] ?? '').not.toMatch(/text\/html/);
  });
});

describe('graceful shutdown', () => {
  it('under a stream of writes: SIGTERM finishes the requests in flight, and every acknowledged write is in the database', async () => {
    const run = `t${Date.now().toString(36)}`;
    const acknowledged: { id: string; at: number }[] = [];
    const failures: string[] = [];
    let signalledAt = Infinity;
    let n = 0;
    const write = async (): Promise<void> => {
      const i = n++;
      const body = JSON.stringify({
        query: 'mutation ($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { enterprise { id } errors { code } } }',
        variables: { input: { slug: `${run}-${i}`, name: `停机测试${i}`, nameEn: `Shutdown Test ${i}` } },
      });
      try {
        const r = await request('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, connection: 'close' },
          body,
        });
        const json = JSON.parse(r.body.toString('utf8')) as { data?: { createEnterprise: { enterprise: { id: string } | null } } };
        const id = json.data?.createEnterprise.enterprise?.id;
        if (r.status === 200 && id) {
          made.add(id);
          acknowledged.push({ id, at: performance.now() });
        } else failures.push(`HTTP ${r.status}: ${r.body.toString('utf8').slice(0, 200)}`);
      } catch (e) {
        // Refused or cut before a response: never acknowledged, so nothing was promised.
        const code = (e as NodeJS.ErrnoException).code ?? '';
        if (!['ECONNREFUSED', 'ECONNRESET'].includes(code)) failures.push(`${code}: ${(e as Error).message}`);
      }
    };
    // Eight writers, each sending its next write when the last is answered, until the server is gone.
    const writers = Array.from({ length: 8 }, async () => {
      while (server.child.exitCode === null && n < 400) await write();
    });
    while (acknowledged.length < 12) await new Promise((r) => setTimeout(r, 20));
    signalledAt = performance.now();
    server.child.kill('SIGTERM');
    const code = await server.exited;
    await Promise.all(writers);

    expect(code).toBe(0);
    expect(failures).toEqual([]);
    // Requests that were in flight when the signal came were answered after it.
    expect(acknowledged.filter((a) => a.at > signalledAt).length).toBeGreaterThan(0);
    const ids = acknowledged.map((a) => a.id);
    const [row] = await db.read<{ found: number }>(
      { name: 'test/acknowledged', text: 'MATCH (e:Enterprise) WHERE e.id IN $ids RETURN count(e) AS found' },
      { ids },
    );
    expect(row!.found).toBe(ids.length);
    const stopped = server.logs.find((l) => l['msg'] === 'HTTP server closed');
    expect(stopped).toMatchObject({ forced: false });
    expect(server.logs.some((l) => l['msg'] === 'stopped')).toBe(true);
  });
});
