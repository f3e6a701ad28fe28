// Fault drills (`npm run drill`): the real server (`src/main.ts`) on a fresh embedded Neo4j in a
// temp folder, hurt on purpose, then checked:
//
//   1. kill -9 the graph's Neo4j JVM during the first start's seed load;
//   2. kill -9 it during a stream of createEnterprise mutations;
//   3. kill -9 the Node server during such a stream, and start it again (as a process manager would).
//
// After each: the app answers again with no one's help (the supervisor restarts Neo4j; start-up
// retries its idempotent steps), and the graph is consistent: a seed load changes nothing, every
// mutation that was answered OK is there, and every enterprise the drill made has exactly one
// audit record and every audit record its enterprise (an edit and its record are one
// transaction). Prints what it did and what it found; exits 1 if a check failed.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from '../config.js';
import { Executor } from '../db/executor.js';
import { terminate } from '../ops/child-process.js';
import { loadSeeds } from '../seed/load.js';
import { readSeeds } from '../seed/read-seeds.js';
import { freePort } from '../../test/free-port.js';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const findings: Array<{ drill: string; check: string; ok: boolean; detail: string }> = [];
const say = (line: string) => console.log(`[drill] ${line}`);

function check(drill: string, name: string, ok: boolean, detail: string): void {
  findings.push({ drill, check: name, ok, detail });
  say(`  ${ok ? 'ok  ' : 'FAIL'} ${name}: ${detail}`);
}

interface Server {
  proc: ChildProcess;
  output: string[];
  exited: Promise<number | null>;
}

function startServer(env: NodeJS.ProcessEnv): Server {
  // `node --import tsx`: one process, so kill -9 hits the server itself, not a wrapper.
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: serverDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const add = (c: Buffer) =>
    output.push(
      ...c
        .toString()
        .split('\n')
        .filter((l) => l.trim() !== ''),
    );
  proc.stdout!.on('data', add);
  proc.stderr!.on('data', add);
  const exited = new Promise<number | null>((r) => proc.once('exit', (code) => r(code)));
  return { proc, output, exited };
}

async function waitFor(what: string, fn: () => boolean | Promise<boolean>, ms: number, server?: Server): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await fn()) return Date.now() - started;
    if (server && (server.proc.exitCode !== null || server.proc.signalCode !== null)) {
      throw new Error(`the server exited while waiting for ${what}:\n${server.output.slice(-30).join('\n')}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not happen within ${ms / 1000} s${server ? `:\n${server.output.slice(-30).join('\n')}` : ''}`);
}

/** The pid of the Neo4j JVM whose home is `dataDir` (from /proc). */
async function jvmPid(dataDir: string): Promise<number | undefined> {
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = (await readFile(`/proc/${entry}/cmdline`, 'utf8')).split('\0');
      const i = args.indexOf('--data-dir');
      if (args[0]?.endsWith('java') && i >= 0 && args[i + 1] === dataDir) return Number(entry);
    } catch {
      // The process ended while we looked.
    }
  }
  return undefined;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function gql<T>(base: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}

const ready = async (base: string) => {
  try {
    return (await fetch(`${base}/readyz`)).status === 200;
  } catch {
    return false;
  }
};

async function graphExecutor(dataDir: string, boltPort: number): Promise<Executor> {
  const { password } = JSON.parse(await readFile(path.join(dataDir, '.credentials'), 'utf8')) as { password: string };
  return Executor.connect({ uri: `bolt://127.0.0.1:${boltPort}`, username: 'neo4j', password, queryTimeoutMs: 60_000 });
}

async function counts(db: Executor) {
  const [row] = await db.read<{ nodes: number; rels: number }>('drill/counts');
  return row!;
}

type Counts = Awaited<ReturnType<typeof counts>>;

/** After a crash under a stream of creates: every acknowledged write kept, with its audit record. */
function checkWritesKept(drill: string, ok: string[], a: Awaited<ReturnType<typeof audit>>, before: Counts, after: Counts): void {
  check(
    drill,
    'acknowledged writes kept',
    a.missingAcknowledged.length === 0,
    `${ok.length} answered OK, ${a.missingAcknowledged.length} missing`,
  );
  check(
    drill,
    'edit and audit record together',
    a.withOneChange === a.enterprises && a.orphanChanges === 0,
    `${a.enterprises} enterprises, ${a.withOneChange} with exactly one audit record, ${a.orphanChanges} records without their enterprise`,
  );
  check(
    drill,
    'counts add up',
    after.nodes - before.nodes === a.enterprises * 2,
    `nodes ${before.nodes} → ${after.nodes} (+${after.nodes - before.nodes} = ${a.enterprises} enterprises + ${a.enterprises} records); relationships ${before.rels} → ${after.rels}`,
  );
}

const CREATE = `mutation($input: CreateEnterpriseInput!, $source: ID) {
  createEnterprise(input: $input, source: $source) { enterprise { id } errors { field message } }
}`;

/**
 * Sends `total` createEnterprise mutations, `parallel` at a time, and calls `hurt` once `after`
 * have been answered. Returns the ids answered OK and how the others ended.
 */
async function mutationStream(
  base: string,
  token: string,
  source: string,
  tag: string,
  opts: { total: number; parallel: number; after: number; hurt: () => Promise<void> },
) {
  const ok: string[] = [];
  const failed: Record<string, number> = {};
  let answered = 0;
  let hurt: Promise<void> | undefined;
  let next = 0;
  const worker = async () => {
    while (next < opts.total) {
      const i = next++;
      try {
        const r = await gql<{ createEnterprise: { enterprise: { id: string } | null } }>(
          base,
          CREATE,
          { input: { name: `演练企业 ${tag}-${i}`, nameEn: `Drill ${tag} ${i}` }, source },
          token,
        );
        const id = r.data?.createEnterprise?.enterprise?.id;
        if (id) ok.push(id);
        else {
          const code = r.errors?.[0]?.extensions?.code ?? 'NO_ENTERPRISE';
          failed[code] = (failed[code] ?? 0) + 1;
        }
      } catch (e) {
        const code = `HTTP_${(e as Error & { cause?: { code?: string } }).cause?.code ?? 'ERROR'}`;
        failed[code] = (failed[code] ?? 0) + 1;
      }
      answered++;
      if (answered === opts.after) hurt = opts.hurt();
    }
  };
  await Promise.all(Array.from({ length: opts.parallel }, worker));
  await hurt;
  return { ok, failed };
}

/** The drill's enterprises and their audit records, as the graph holds them now. */
async function audit(db: Executor, tag: string, okIds: string[]) {
  const rows = await db.read<{ id: string; changes: number }>('drill/enterprises', { prefix: `Drill ${tag} ` });
  const [orphans] = await db.read<{ n: number }>('drill/orphan-changes', { idPrefix: `e.drill-${tag}-` });
  const present = new Set(rows.map((r) => r.id));
  return {
    enterprises: rows.length,
    withOneChange: rows.filter((r) => r.changes === 1).length,
    missingAcknowledged: okIds.filter((id) => !present.has(id)),
    orphanChanges: orphans?.n ?? 0,
  };
}

async function main(): Promise<number> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'chain-graph-drill-'));
  const dataDir = path.join(tmp, 'neo4j');
  const boltPort = await freePort();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const adminPassword = randomBytes(12).toString('base64url');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_URI: '',
    AUTH_NEO4J_URI: '',
    NEO4J_DATA_DIR: dataDir,
    NEO4J_BOLT_PORT: String(boltPort),
    AUTH_NEO4J_DATA_DIR: path.join(tmp, 'neo4j-auth'),
    AUTH_NEO4J_BOLT_PORT: String(await freePort()),
    NEO4J_HEAP: process.env.NEO4J_HEAP ?? '768m',
    NEO4J_PAGECACHE: process.env.NEO4J_PAGECACHE ?? '128m',
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    ADMIN_PASSWORD: adminPassword,
  };
  let server: Server | undefined;
  let db: Executor | undefined;
  const startedAt = Date.now();
  try {
    // ── 1. kill -9 the JVM during the first start's seed load ────────────────────────────────
    say('1. kill -9 the graph Neo4j during the seed load');
    server = startServer(env);
    const s1 = server;
    await waitFor('the seed load starting', () => s1.output.some((l) => l.includes('loading seeds')), 600_000, s1);
    await new Promise((r) => setTimeout(r, 300));
    const pid1 = await jvmPid(dataDir);
    if (!pid1) throw new Error('no Neo4j JVM found for the drill data folder');
    process.kill(pid1, 'SIGKILL');
    say(`   killed Neo4j (pid ${pid1}) 0.3 s into the seed load; waiting for the app …`);
    const back1 = await waitFor('the app answering', () => ready(base), 600_000, s1);
    const seedRuns = s1.output.filter((l) => l.includes('loading seeds')).length;
    check(
      'seed',
      'app back without help',
      true,
      `ready ${Math.round(back1 / 1000)} s after the kill; seed load started ${seedRuns} time(s)`,
    );
    db = await graphExecutor(dataDir, boltPort);
    const before1 = await counts(db);
    const reseed = await loadSeeds(db, readSeeds(path.join(repoRoot, 'seeds')));
    const changed = Object.values(reseed.counts).reduce((s, c) => s + c.created + c.updated + c.deleted, 0);
    const after1 = await counts(db);
    check(
      'seed',
      'no partial seed',
      changed === 0 && before1.nodes === after1.nodes && before1.rels === after1.rels,
      `a second seed load changed ${changed} node(s); nodes ${before1.nodes} → ${after1.nodes}, relationships ${before1.rels} → ${after1.rels}`,
    );

    // ── 2. kill -9 the JVM during mutations ─────────────────────────────────────────────────
    say('2. kill -9 the graph Neo4j during createEnterprise mutations');
    const signIn = await gql<{ signIn: { token: string } }>(
      base,
      'mutation($p: String!) { signIn(username: "admin", password: $p) { token } }',
      { p: adminPassword },
    );
    const token = signIn.data!.signIn.token;
    const [src] = await db.read<{ id: string }>('drill/a-source');
    const before2 = await counts(db);
    const s2 = server;
    const run2 = await mutationStream(base, token, src!.id, 'jvm', {
      total: 60,
      parallel: 4,
      after: 15,
      hurt: async () => {
        const pid = await jvmPid(dataDir);
        if (pid) process.kill(pid, 'SIGKILL');
        say(`   killed Neo4j (pid ${pid}) after 15 answers`);
      },
    });
    say(`   answers: ${run2.ok.length} ok, ${JSON.stringify(run2.failed)}`);
    const back2 = await waitFor('the app answering', () => ready(base), 600_000, s2);
    check('mutation/jvm', 'app back without help', true, `ready again ${Math.round(back2 / 1000)} s after the stream ended`);
    const a2 = await audit(db, 'jvm', run2.ok);
    const after2 = await counts(db);
    checkWritesKept('mutation/jvm', run2.ok, a2, before2, after2);
    const probe = await gql<{ createEnterprise: { enterprise: { id: string } | null } }>(
      base,
      CREATE,
      { input: { name: '演练企业 probe', nameEn: 'Drill probe 0' }, source: src!.id },
      token,
    );
    check(
      'mutation/jvm',
      'a new mutation works',
      Boolean(probe.data?.createEnterprise?.enterprise?.id),
      probe.errors?.[0]?.message ?? 'created',
    );

    // ── 3. kill -9 the Node server during mutations ─────────────────────────────────────────
    say('3. kill -9 the Node server during createEnterprise mutations');
    const before3 = await counts(db);
    const jvmBefore = await jvmPid(dataDir);
    const s3 = server;
    const run3 = await mutationStream(base, token, src!.id, 'node', {
      total: 40,
      parallel: 4,
      after: 10,
      hurt: async () => {
        s3.proc.kill('SIGKILL');
        say(`   killed the server (pid ${s3.proc.pid}) after 10 answers`);
      },
    });
    await s3.exited;
    say(`   answers: ${run3.ok.length} ok, ${JSON.stringify(run3.failed)}`);
    // Its Neo4j follows it down (the launcher exits when its stdin, the server's pipe, closes).
    const jvmGone = await waitFor('the orphaned Neo4j to exit', () => !jvmBefore || !alive(jvmBefore), 120_000).then(
      (ms) => ms,
      () => -1,
    );
    check(
      'mutation/node',
      'Neo4j not left behind',
      jvmGone >= 0,
      jvmGone >= 0 ? `JVM ${jvmBefore} exited ${Math.round(jvmGone / 1000)} s after the server` : `JVM ${jvmBefore} still running`,
    );
    await db.close();
    db = undefined;
    server = startServer(env);
    const s4 = server;
    const back3 = await waitFor('the restarted app answering', () => ready(base), 600_000, s4);
    check(
      'mutation/node',
      'app back after a restart',
      true,
      `ready ${Math.round(back3 / 1000)} s after the process manager (this drill) started it again`,
    );
    db = await graphExecutor(dataDir, boltPort);
    const a3 = await audit(db, 'node', run3.ok);
    const after3 = await counts(db);
    checkWritesKept('mutation/node', run3.ok, a3, before3, after3);
    const session = await gql<{ signIn: { token: string } }>(
      base,
      'mutation($p: String!) { signIn(username: "admin", password: $p) { token } }',
      { p: adminPassword },
    );
    check('mutation/node', 'accounts intact', Boolean(session.data?.signIn?.token), session.errors?.[0]?.message ?? 'admin signs in');
  } finally {
    await db?.close();
    if (server) await terminate(server.proc, 60_000);
    // Nothing of ours may outlive the drill.
    for (const dir of [dataDir, path.join(tmp, 'neo4j-auth')]) {
      const pid = await jvmPid(dir);
      if (pid) process.kill(pid, 'SIGKILL');
    }
    await rm(tmp, { recursive: true, force: true });
  }
  const failed = findings.filter((f) => !f.ok);
  say(`done in ${Math.round((Date.now() - startedAt) / 1000)} s: ${findings.length - failed.length}/${findings.length} checks passed`);
  return failed.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`[drill] aborted: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  },
);
