/**
 * Starts and stops the embedded Neo4j (neo4j-launcher/, a small JVM program around
 * Neo4j Community's DatabaseManagementServiceBuilder) as a child process, so the server
 * can use a real Bolt endpoint without a separate Neo4j installation.
 *
 * The jar is built by `npm run setup`; this module never builds it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { allowedProcedures } from '../analyst-cypher/guard.js';
import { isRunning, terminate } from '../ops/child-process.js';

export interface EmbeddedOptions {
  dataDir: string;
  boltPort: number;
  /** JVM heap, used for both -Xms and -Xmx, e.g. '1g'. */
  heap?: string;
  /** Neo4j page cache size, e.g. '512m'. */
  pagecache?: string;
  /** Total memory all transactions together may use, e.g. '512m'. */
  txMemory?: string;
  /** Extra Neo4j settings, passed as `--config key=value`; they override `defaultNeo4jConfig`. */
  config?: Record<string, string>;
  /** Password for user neo4j; defaults to `<dataDir>/.credentials`, generated on first use. */
  password?: string;
  /** Receives the launcher's diagnostic output (stderr and any stray stdout), line by line. */
  log?: (line: string) => void;
}

export interface EmbeddedNeo4j {
  uri: string;
  username: 'neo4j';
  password: string;
  /** The JVM's process id (fault drills kill it). */
  pid: number;
  /** Settles when the JVM has exited, for whatever reason (a supervisor watches it). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<void>;
}

// Sized for a 2-core / 24 GiB machine that also runs Node, the client build and tests.
const DEFAULT_HEAP = '1g';
const DEFAULT_PAGECACHE = '512m';
const DEFAULT_TX_MEMORY = '512m';

/**
 * Security settings every embedded database gets (callers' `config` overrides them):
 * - `db.memory.transaction.max`: one transaction may use at most this much memory (the
 *   analyst endpoint's memory limit; Community has no per-transaction setting on the driver
 *   side). The seed load and the API's queries need a few MB.
 * - `dbms.security.procedures.allowlist`: only these plugin procedures/functions load at all.
 *   Built-in procedures are not affected (Neo4j always loads them), which is why the analyst
 *   endpoint also checks every CALL against the same list (analyst-cypher/guard.ts).
 * - `dbms.security.allow_csv_import_from_file_urls=false`: LOAD CSV cannot read local files
 *   (the analyst endpoint refuses LOAD CSV outright; this covers everything else).
 */
export const defaultNeo4jConfig: Readonly<Record<string, string>> = {
  'db.memory.transaction.max': '128m',
  'dbms.security.procedures.allowlist': allowedProcedures.join(','),
  'dbms.security.allow_csv_import_from_file_urls': 'false',
  // The server-side backstop for transactions that set no timeout of their own (every app query
  // sets one). The launcher's first statement (setting the password) runs under it too, and on
  // a loaded machine that has taken over the launcher's default of 60 s.
  'db.transaction.timeout': '300s',
  // Neo4j keys its plan cache on the size of each list and string parameter too (buckets of 1,
  // up to 10, 100, more): a park with sub-parks, a longer search, a chain with more gaps each
  // planned the same statement again, 1–2.5 s apiece for the large ones (targets, the chain
  // map), paid by whichever request came first. Our plans start from index seeks on ids, which
  // the sizes do not change (scale-plans.test.ts; bench/README.md "One plan per statement").
  'internal.cypher.use_parameter_size': 'false',
};

// Generous: on a loaded 2-core machine a JVM start has taken over two minutes.
const START_TIMEOUT_MS = 300_000;
const STOP_TIMEOUT_MS = 30_000;
const STDERR_TAIL_LINES = 40;
const READY_PREFIX = 'NEO4J_READY ';
const CREDENTIALS_FILE = '.credentials';

const here = path.dirname(fileURLToPath(import.meta.url));
// server/src/db -> repo root; the same depth holds for a compiled server/dist/db.
const repoRoot = path.resolve(here, '..', '..', '..');

export function launcherJarPath(): string {
  return path.join(repoRoot, 'neo4j-launcher', 'target', 'neo4j-launcher.jar');
}

/** The java command: JAVA_HOME's when set, else the one on PATH (the launcher, the importer). */
export function javaBinary(): string {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** The launcher's class-data-sharing archive (scripts/launcher-archive.mjs, made at setup). */
export function launcherArchivePath(): string {
  return launcherJarPath().replace(/\.jar$/, '.jsa');
}

/** `-XX:SharedArchiveFile` when the archive was made from the current jar (as in the script). */
function archiveArgs(): string[] {
  const archive = launcherArchivePath();
  try {
    return statSync(archive).mtimeMs >= statSync(launcherJarPath()).mtimeMs ? [`-XX:SharedArchiveFile=${archive}`] : [];
  } catch {
    return [];
  }
}

export function isLauncherBuilt(): boolean {
  const jar = launcherJarPath();
  // The jar alone is useless without the dependency jars its manifest points at.
  return existsSync(jar) && existsSync(path.join(path.dirname(jar), 'lib'));
}

export async function startEmbeddedNeo4j(opts: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  if (!isLauncherBuilt()) {
    throw new Error(`Embedded Neo4j launcher not found at ${launcherJarPath()}. Run \`npm run setup\` first to build it.`);
  }
  if (!Number.isInteger(opts.boltPort) || opts.boltPort < 1 || opts.boltPort > 65535) {
    throw new Error(`boltPort must be an integer 1-65535, got ${String(opts.boltPort)}`);
  }
  const heap = opts.heap ?? DEFAULT_HEAP;
  if (!/^\d+[kmg]?$/i.test(heap)) {
    throw new Error(`heap must look like 512m or 1g, got '${heap}'`);
  }

  const dataDir = path.resolve(opts.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const password = opts.password ?? loadOrCreatePassword(dataDir);
  const log = opts.log ?? (() => {});

  const javaArgs = [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    '-XX:+UseG1GC',
    // No -XX:+ExitOnOutOfMemoryError (nor does Neo4j's own configuration set it): a value built
    // inside one expression (an analyst's string doubled by `reduce`) is not seen by the
    // transaction memory tracker, and with that flag one such query ended the JVM for everyone.
    // Without it Neo4j fails that transaction with Neo.TransientError.General.OutOfMemoryError
    // (MEMORY_LIMIT) and keeps serving (docs/security.md, "Database"); a JVM that stops
    // answering after all is killed and restarted by the supervisor's watchdog.
    // Stops per-thread NIO buffer caches from growing off-heap memory unnoticed (Neo4j's own default).
    '-Djdk.nio.maxCachedBufferSize=1024',
    ...archiveArgs(),
    '-jar',
    launcherJarPath(),
    '--data-dir',
    dataDir,
    '--bolt-port',
    String(opts.boltPort),
    '--pagecache',
    opts.pagecache ?? DEFAULT_PAGECACHE,
    '--tx-memory',
    opts.txMemory ?? DEFAULT_TX_MEMORY,
    '--exit-on-stdin-close',
  ];
  // `neo4j://` (routing) clients are sent to the advertised address: make it the real one, not
  // Neo4j's default localhost:7687, so routing works on any port.
  const advertised = { 'server.bolt.advertised_address': `127.0.0.1:${opts.boltPort}` };
  for (const [key, value] of Object.entries({ ...advertised, ...defaultNeo4jConfig, ...opts.config })) {
    javaArgs.push('--config', `${key}=${value}`);
  }

  const javaBin = javaBinary();
  const child = spawn(javaBin, javaArgs, {
    cwd: dataDir,
    env: { ...process.env, NEO4J_EMBEDDED_PASSWORD: password },
    // stdin stays an open pipe on purpose: when this process dies the pipe closes and
    // the launcher (--exit-on-stdin-close) shuts the database down.
    stdio: ['pipe', 'pipe', 'pipe'],
  });

  // A permanent listener so a late 'error' (e.g. a failed kill) is logged, not thrown.
  child.on('error', (err) => log(`embedded neo4j process error: ${err.message}`));
  const exitInfo = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const exited = exitInfo.then(() => undefined);
  const killOnExit = (): void => {
    // 'exit' handlers must be synchronous: just signal; the JVM's shutdown hook then
    // closes the store cleanly on its own even though we are gone.
    if (isRunning(child)) child.kill('SIGTERM');
  };
  process.on('exit', killOnExit);
  void exited.then(() => process.off('exit', killOnExit));

  const stderrTail: string[] = [];
  createInterface({ input: child.stderr }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > STDERR_TAIL_LINES) stderrTail.shift();
    log(line);
  });

  let uri: string;
  try {
    uri = await waitForReady(child, child.stdout, javaBin, stderrTail, log);
    await verifyBolt(uri, password);
  } catch (err) {
    await stopJvm(child, exited);
    throw err;
  }

  return {
    uri,
    username: 'neo4j',
    password,
    pid: child.pid!,
    exited: exitInfo,
    stop: () => stopJvm(child, exited),
  };
}

function loadOrCreatePassword(dataDir: string): string {
  const file = path.join(dataDir, CREDENTIALS_FILE);
  if (existsSync(file)) {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'password' in parsed &&
      typeof parsed.password === 'string' &&
      parsed.password.length > 0
    ) {
      return parsed.password;
    }
    throw new Error(`${file} has no "password" string; delete it to generate a new one`);
  }
  // base64url keeps it shell- and URI-safe; 24 bytes is well above Neo4j's 8-char minimum.
  const password = randomBytes(24).toString('base64url');
  writeFileSync(file, JSON.stringify({ username: 'neo4j', password }, null, 2) + '\n', { mode: 0o600 });
  // mode only applies when the file is created; be explicit in case of a restrictive umask race.
  chmodSync(file, 0o600);
  return password;
}

function waitForReady(
  child: ChildProcess,
  stdout: Readable,
  javaBin: string,
  stderrTail: string[],
  log: (line: string) => void,
): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const describeFailure = (what: string): Error => {
      const tail = stderrTail.join('\n').trim();
      return new Error(`Embedded Neo4j ${what}${tail ? `:\n${tail}` : ' (no stderr output)'}`);
    };
    const cleanup = (): void => {
      clearTimeout(timer);
      child.off('close', onClose);
      child.off('error', onError);
    };
    // 'close' rather than 'exit': it comes after stderr is fully read, so the tail is complete.
    const onClose = (code: number | null, signal: NodeJS.Signals | null): void => {
      cleanup();
      reject(describeFailure(`exited before becoming ready (code ${code ?? 'none'}, signal ${signal ?? 'none'})`));
    };
    const onError = (err: Error): void => {
      cleanup();
      reject(new Error(`Could not run ${javaBin} (${err.message}); install Java 17+ or set JAVA_HOME`));
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(describeFailure(`did not become ready within ${START_TIMEOUT_MS / 1000} s`));
    }, START_TIMEOUT_MS);

    child.once('close', onClose);
    child.once('error', onError);

    // Keep reading stdout for the process lifetime so the pipe never fills and blocks the JVM.
    let ready = false;
    createInterface({ input: stdout }).on('line', (line) => {
      if (!ready && line.startsWith(READY_PREFIX)) {
        ready = true;
        cleanup();
        resolve(line.slice(READY_PREFIX.length).trim());
      } else {
        log(line);
      }
    });
  });
}

async function verifyBolt(uri: string, password: string): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password));
  try {
    await driver.verifyConnectivity();
  } finally {
    await driver.close();
  }
}

/** SIGTERM, and SIGKILL when the JVM has not stopped within STOP_TIMEOUT_MS. */
async function stopJvm(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if ((await terminate(child, STOP_TIMEOUT_MS)) || !isRunning(child)) return;
  child.kill('SIGKILL');
  await exited;
}
