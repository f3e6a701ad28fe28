// Soak: many concurrent clients for a bounded time against the real server, loopback only.
//
//   npx -y pnpm@10 --filter @chain-graph/server soak -- --clients 64 --seconds 300
//   … -- --url http://127.0.0.1:4000 --password <admin password>   (a running server instead)
//
// Without --url it starts `src/main.ts` as a child process on a fresh embedded Neo4j in a temp
// folder (seeded on start), signs in as admin, then runs the clients: anonymous chain maps,
// signed-in gap reports and analyst Cypher. It prints errors by code (intended refusals apart),
// p50/p99 latency per kind, the server's and Neo4j's RSS every 10 s, and whether memory stayed
// flat. Not a test: figures, not assertions.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../src/config.js';
import { freePort } from '../test/free-port.js';

const { values: args } = parseArgs({
  // pnpm passes the `--` separator through.
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    clients: { type: 'string', default: '64' },
    seconds: { type: 'string', default: '300' },
    url: { type: 'string' },
    password: { type: 'string' },
    'default-budgets': { type: 'boolean', default: false },
    'think-ms': { type: 'string', default: '50' },
  },
});
const clients = Math.min(Math.max(Number(args.clients), 1), 256);
const seconds = Math.min(Math.max(Number(args.seconds), 5), 3600);
const thinkMs = Math.max(Number(args['think-ms']), 0);
/** Refusals the limits are meant to give under load; anything else counts as an error. */
const intended = new Set(['RATE_LIMITED', 'QUERY_TOO_COSTLY', 'SERVER_BUSY', 'ANALYST_BUSY']);

type Kind = 'chainMap (anonymous)' | 'gapReport (signed in)' | 'cypher (analyst)';
const CHAIN_MAP = `query ChainMap($chainId: ID!, $parkId: ID) { chainMap(chainId: $chainId, parkId: $parkId, includeEnterprises: true, includeProjects: true) {
  truncated nodes { id type label status parentId data } edges { id source target type } } }`;
const GAP_REPORT = `query GapReport($chainId: ID!, $parkId: ID) { gapReport(chainId: $chainId, parkId: $parkId) {
  completeness { score present pipeline missing } segments { segment { id name } status
  enterprises { enterprise { id name } counts } projects { project { id name status } counts } } } }`;
const CYPHER = `query Cypher($query: String!) { cypher(query: $query) { rowCount truncated } }`;
const cypherTexts = [
  'MATCH (s:Segment)<-[:IN_SEGMENT]-(e:Enterprise) RETURN s.name AS segment, count(e) AS firms ORDER BY firms DESC LIMIT 20',
  'MATCH (p:Park)<-[:IN_PARK]-(pj:Project) RETURN p.name AS park, count(pj) AS projects, sum(pj.investmentCny) AS cny ORDER BY cny DESC',
  'MATCH path = (a:Segment)-[:FEEDS*1..3]->(b:Segment) RETURN length(path) AS hops, count(*) AS n',
];
const scopes = [
  { chainId: 'pv', parkId: 'zs-hitech' },
  { chainId: 'semi', parkId: 'ls-etdz' },
  { chainId: 'film', parkId: 'nb-hitech' },
  { chainId: 'pv', parkId: null },
];

interface Stats {
  latencies: number[];
  ok: number;
  codes: Map<string, number>;
}
const stats = new Map<Kind, Stats>();
const statOf = (k: Kind) => stats.get(k) ?? (stats.set(k, { latencies: [], ok: 0, codes: new Map() }), stats.get(k)!);

function assertLoopback(url: string): void {
  const host = new URL(url).hostname;
  if (!['127.0.0.1', 'localhost', '[::1]', '::1'].includes(host)) throw new Error(`the soak only runs against loopback, not ${host}`);
}

async function gql(
  base: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<{ status: number; body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } }> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(60_000),
  });
  return { status: res.status, body: (await res.json()) as never };
}

async function startServer(): Promise<{ base: string; password: string; child: ChildProcess; stop: () => Promise<void> }> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'chain-graph-soak-neo4j-'));
  const port = await freePort();
  const password = randomBytes(12).toString('base64url');
  const generous = args['default-budgets'] ? {} : { GRAPHQL_CLIENT_BUDGET: '100000000', GRAPHQL_CLIENT_REFILL: '10000000' };
  const env = {
    ...process.env,
    NEO4J_URI: '',
    NEO4J_DATA_DIR: dataDir,
    NEO4J_BOLT_PORT: String(await freePort()),
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    ADMIN_PASSWORD: password,
    ...generous,
  };
  console.log(`Starting the server on a fresh embedded Neo4j (${dataDir}) …`);
  if (!args['default-budgets']) {
    console.log(
      '  Every anonymous soak client shares 127.0.0.1, i.e. ONE client budget: the soak raises GRAPHQL_CLIENT_BUDGET/REFILL (--default-budgets keeps them).',
    );
  }
  const tsx = path.join(repoRoot, 'server', 'node_modules', '.bin', 'tsx');
  const child = spawn(tsx, ['src/main.ts'], { cwd: path.join(repoRoot, 'server'), env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const output: string[] = [];
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 300 s:\n${output.join('')}`)), 300_000);
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      const m = /is running: (http:\/\/\S+?)\/?\s/.exec(output.join(''));
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => output.push(c.toString()));
    child.once('exit', (code) => reject(new Error(`server exited (${code}):\n${output.join('')}`)));
  });
  const stop = async () => {
    if (child.exitCode === null) {
      process.kill(-child.pid!, 'SIGTERM');
      await new Promise((r) => setTimeout(r, 100));
      await Promise.race([new Promise((r) => child.once('exit', r)), new Promise((r) => setTimeout(r, 30_000))]);
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  return { base, password, child, stop };
}

/** The process tree under `pid`: each process with its command line. */
async function tree(pid: number): Promise<{ pid: number; cmd: string; parent: number }[]> {
  const out: { pid: number; cmd: string; parent: number }[] = [];
  const walk = async (p: number, parent: number) => {
    const cmd = (await readFile(`/proc/${p}/cmdline`, 'utf8').catch(() => '')).replaceAll('\0', ' ');
    out.push({ pid: p, cmd, parent });
    for (const task of await readdir(`/proc/${p}/task`).catch(() => [] as string[])) {
      const kids = (await readFile(`/proc/${p}/task/${task}/children`, 'utf8').catch(() => '')).trim();
      for (const k of kids ? kids.split(/\s+/).map(Number) : []) await walk(k, p);
    }
  };
  await walk(pid, 0);
  return out;
}

async function rssMb(pid: number): Promise<number | null> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => null);
  const m = status && /VmRSS:\s+(\d+) kB/.exec(status);
  return m ? Math.round(Number(m[1]) / 1024) : null;
}

const pct = (xs: number[], p: number) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

async function main(): Promise<void> {
  let base: string;
  let password: string | undefined = args.password;
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  if (args.url) {
    base = args.url.replace(/\/$/, '');
    assertLoopback(base);
  } else {
    server = await startServer();
    base = server.base;
    password = server.password;
  }
  assertLoopback(base);
  try {
    await run(base, password, server?.child.pid);
  } finally {
    await server?.stop();
  }
}

async function run(base: string, password: string | undefined, rootPid: number | undefined): Promise<void> {
  // Signed-in clients each get a session of their own (their own budget), as real users would.
  const signedIn = Math.round(clients / 2);
  const tokens: string[] = [];
  if (password) {
    for (let i = 0; i < Math.min(signedIn, 16); i++) {
      const r = await gql(base, 'mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }', {
        u: 'admin',
        p: password,
      });
      const token = (r.body.data as { signIn?: { token: string } } | undefined)?.signIn?.token;
      if (!token) throw new Error(`sign-in failed: ${JSON.stringify(r.body).slice(0, 300)}`);
      tokens.push(token);
    }
  } else {
    console.log('No admin password (--password): only anonymous chain maps.');
  }

  const procs = rootPid ? await tree(rootPid) : [];
  const java = procs.find((p) => /\bjava\b/.test(p.cmd));
  const serverPid = java?.parent ?? procs.filter((p) => p.cmd.includes('main.ts')).at(-1)?.pid;
  console.log(`Soak: ${clients} clients for ${seconds} s against ${base} (server pid ${serverPid ?? '?'}, Neo4j pid ${java?.pid ?? '?'})`);

  const samples: { t: number; server: number | null; neo4j: number | null }[] = [];
  const start = performance.now();
  const deadline = start + seconds * 1000;
  const sample = async () => {
    const t = Math.round((performance.now() - start) / 1000);
    const s = { t, server: serverPid ? await rssMb(serverPid) : null, neo4j: java ? await rssMb(java.pid) : null };
    samples.push(s);
    const done = [...stats.values()].reduce((n, x) => n + x.latencies.length, 0);
    console.log(`  t=${String(t).padStart(4)} s  server RSS ${s.server ?? '?'} MB  Neo4j RSS ${s.neo4j ?? '?'} MB  requests ${done}`);
  };
  await sample();
  const sampler = setInterval(() => void sample(), 10_000);

  const client = async (i: number) => {
    let n = 0;
    while (performance.now() < deadline) {
      n++;
      const pick = (i + n) % 10;
      const token = tokens.length ? tokens[i % tokens.length] : undefined;
      const scope = scopes[(i + n) % scopes.length]!;
      let kind: Kind;
      let request: Promise<Awaited<ReturnType<typeof gql>>>;
      if (!token || pick < 5) {
        kind = 'chainMap (anonymous)';
        request = gql(base, CHAIN_MAP, scope);
      } else if (pick < 8) {
        kind = 'gapReport (signed in)';
        request = gql(base, GAP_REPORT, { chainId: scope.chainId, parkId: scope.parkId ?? 'zs-hitech' }, token);
      } else {
        kind = 'cypher (analyst)';
        request = gql(base, CYPHER, { query: cypherTexts[(i + n) % cypherTexts.length] }, token);
      }
      const s = statOf(kind);
      const t = performance.now();
      try {
        const res = await request;
        s.latencies.push(performance.now() - t);
        const code =
          res.body.errors?.[0]?.extensions?.code ?? (res.body.errors ? 'ERROR' : res.status !== 200 ? `HTTP_${res.status}` : null);
        if (code) s.codes.set(code, (s.codes.get(code) ?? 0) + 1);
        else s.ok++;
      } catch (e) {
        s.latencies.push(performance.now() - t);
        const code = e instanceof Error && e.name === 'TimeoutError' ? 'CLIENT_TIMEOUT' : 'NETWORK';
        s.codes.set(code, (s.codes.get(code) ?? 0) + 1);
      }
      if (thinkMs) await new Promise((r) => setTimeout(r, thinkMs));
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, i) => client(i)));
  clearInterval(sampler);
  await sample();

  console.log('\nPer kind: requests, ok, p50 / p99 latency (ms), intended refusals, errors');
  let errors = 0;
  for (const [kind, s] of stats) {
    const refusals = [...s.codes].filter(([c]) => intended.has(c));
    const bad = [...s.codes].filter(([c]) => !intended.has(c));
    errors += bad.reduce((n, [, v]) => n + v, 0);
    const fmt = (xs: [string, number][]) => (xs.length ? xs.map(([c, v]) => `${c} ${v}`).join(', ') : 'none');
    console.log(
      `  ${kind.padEnd(22)} ${String(s.latencies.length).padStart(6)}  ok ${String(s.ok).padStart(6)}  p50 ${Math.round(pct(s.latencies, 50))}  p99 ${Math.round(pct(s.latencies, 99))}  refusals: ${fmt(refusals)}  errors: ${fmt(bad)}`,
    );
  }
  // Flat: the last third of the samples averages within 15% (or 50 MB) of the middle third.
  const verdict = (key: 'server' | 'neo4j') => {
    const xs = samples.map((s) => s[key]).filter((x): x is number => x !== null);
    if (xs.length < 3) return `${key}: too few samples`;
    const third = Math.floor(xs.length / 3) || 1;
    const avg = (a: number[]) => a.reduce((x, y) => x + y, 0) / a.length;
    const mid = avg(xs.slice(third, 2 * third));
    const end = avg(xs.slice(-third));
    const flat = end - mid < Math.max(50, 0.15 * mid);
    return `${key} RSS ${Math.round(mid)} → ${Math.round(end)} MB (middle → last third): ${flat ? 'flat' : 'GROWING'}`;
  };
  console.log(`\nErrors other than intended refusals: ${errors}`);
  console.log(`Memory: ${verdict('server')}; ${verdict('neo4j')}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
