// Builds the client, then starts the real server (`server/src/main.ts`) on free ports with a
// fresh embedded Neo4j in a temp folder, the way `npm start` does, and waits for its URL.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { terminate } from '../server/src/ops/child-process.js';
import { freePort } from '../server/test/free-port.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** Password of the `admin` account the server creates on its first start. */
    adminPassword: string;
    /** Port of the portal page in the embed tests: its origin is the server's CORS_ORIGINS. */
    embedHostPort: number;
  }
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The build users get although vitest sets NODE_ENV=test: the client's build script sets
  // NODE_ENV=production itself (under `test`, Vite would keep React's development code).
  const build = spawnSync('npx', ['-y', 'pnpm@10', '--filter', '@chain-graph/client', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('building the client failed');

  const adminPassword = randomBytes(12).toString('base64url');
  // A port found free can be taken before the server's databases bind it (another process's
  // connection, a second start on the machine): that start fails with "Address already in use",
  // and a fresh set of ports is tried.
  let started: Started | undefined;
  for (let attempt = 1; !started; attempt++) {
    try {
      started = await startServer(adminPassword);
    } catch (e) {
      if (attempt >= 3 || !/Address already in use/.test(String(e))) throw e;
      console.warn(`[e2e] a port was taken while the server started; trying again with new ports (${attempt}/3)`);
    }
  }
  const { server, baseUrl, embedHostPort, dataDir, authDataDir } = started;
  project.provide('baseUrl', baseUrl);
  project.provide('adminPassword', adminPassword);
  project.provide('embedHostPort', embedHostPort);

  return async () => {
    await terminate(server, 30_000);
    await rm(dataDir, { recursive: true, force: true });
    await rm(authDataDir, { recursive: true, force: true });
  };
}

interface Started {
  server: ChildProcess;
  baseUrl: string;
  embedHostPort: number;
  dataDir: string;
  authDataDir: string;
}

/** The real server on fresh ports and data folders; resolves when it says it is running. */
async function startServer(adminPassword: string): Promise<Started> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'chain-graph-e2e-neo4j-'));
  const authDataDir = await mkdtemp(path.join(os.tmpdir(), 'chain-graph-e2e-neo4j-auth-'));
  const port = await freePort();
  // The embed tests serve a portal page from this port; only its origin may embed the map.
  const embedHostPort = await freePort();
  const env = {
    ...process.env,
    NEO4J_URI: '',
    NEO4J_DATA_DIR: dataDir,
    NEO4J_BOLT_PORT: String(await freePort()),
    NEO4J_HEAP: '768m',
    NEO4J_PAGECACHE: '128m',
    AUTH_NEO4J_URI: '',
    AUTH_NEO4J_DATA_DIR: authDataDir,
    AUTH_NEO4J_BOLT_PORT: String(await freePort()),
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    ADMIN_PASSWORD: adminPassword,
    CORS_ORIGINS: `http://127.0.0.1:${embedHostPort}`,
  };
  const tsx = path.join(root, 'server', 'node_modules', '.bin', 'tsx');
  const server: ChildProcess = spawn(tsx, ['src/main.ts'], { cwd: path.join(root, 'server'), env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 240 s:\n${output.join('')}`)), 240_000);
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      const m = /is running: (http:\/\/\S+)/.exec(output.join(''));
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    server.stdout!.on('data', onData);
    server.stderr!.on('data', (c: Buffer) => output.push(c.toString()));
    server.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before it was ready:\n${output.join('')}`));
    });
  }).catch(async (e: unknown) => {
    server.kill('SIGTERM');
    await rm(dataDir, { recursive: true, force: true });
    await rm(authDataDir, { recursive: true, force: true });
    throw e;
  });
  return { server, baseUrl, embedHostPort, dataDir, authDataDir };
}
