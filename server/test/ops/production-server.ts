// Builds and starts the production server the way `npm run build && npm run serve` does —
// compiled with tsc, run by node, NODE_ENV=production — on the test run's Neo4j (as an external
// NEO4J_URI, so no second database is started), for the tests in this folder.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { repoRoot } from '../../src/config.js';
import { freePort } from '../free-port.js';

export interface RunningServer {
  url: string;
  child: ChildProcess;
  /** Every JSON log line so far. */
  logs: Record<string, unknown>[];
  exited: Promise<number | null>;
}

function must(cmd: string, args: string[], cwd: string): void {
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status})`);
}

/** The client build (when missing), its precompressed copies and a fresh server/dist. */
export function buildForProduction(): void {
  if (!existsSync(path.join(repoRoot, 'client', 'dist', 'index.html'))) {
    must('npx', ['-y', 'pnpm@10', '--filter', '@chain-graph/client', 'build'], repoRoot);
  }
  must(process.execPath, [path.join(repoRoot, 'scripts', 'precompress.mjs')], repoRoot);
  must(
    process.execPath,
    [path.join(repoRoot, 'server', 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
    path.join(repoRoot, 'server'),
  );
}

export async function startProductionServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const n = inject('neo4j');
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(repoRoot, 'server', 'dist', 'main.js')], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEO4J_URI: n.uri,
      NEO4J_USERNAME: n.username,
      NEO4J_PASSWORD: n.password,
      NEO4J_DATABASE: n.database ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let buffer = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    let i: number;
    while ((i = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, i);
      buffer = buffer.slice(i + 1);
      raw.push(line);
      try {
        logs.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        logs.push({ unstructured: line });
      }
    }
  });
  child.stderr!.on('data', (chunk: Buffer) => raw.push(chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const ready = logs.find((l) => typeof l['msg'] === 'string' && (l['msg'] as string).includes('is running'));
      if (ready) {
        clearInterval(timer);
        resolve(String(ready['url']));
      }
    }, 100);
    void exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`the server exited (${code}) before it was ready:\n${raw.join('\n')}`));
    });
  });
  return { url, child, logs, exited };
}
