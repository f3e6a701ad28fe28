#!/usr/bin/env node
// A class-data-sharing archive of the embedded Neo4j launcher (the JDK's dynamic AppCDS): the
// ~10,000 classes a Neo4j start loads, parsed and verified once here instead of at every start.
// Measured on a 10k store, three starts each, alternating: READY after 5.0-5.3 s without it and
// 3.2-3.6 s with it (issue 15). Every embedded start gains it: npm start, the test suites, the
// benchmarks, the offline build. server/src/db/embedded.ts passes it to the JVM only when it is
// newer than the jar; a JVM that cannot use it (another Java) says so and starts without it.
//
// Made by starting the launcher once on a scratch folder with -XX:ArchiveClassesAtExit and
// stopping it cleanly (the JVM writes the archive on exit), into a temporary name renamed at
// the end, so a start never maps a half-written file. Plain Node: it runs during setup.
//
//   node scripts/launcher-archive.mjs [jar]    (default: neo4j-launcher/target/neo4j-launcher.jar)
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const defaultJar = path.join(root, 'neo4j-launcher', 'target', 'neo4j-launcher.jar');

/** Where the archive of `jar` lives: beside it, `.jsa` for `.jar`. */
export const archivePath = (jar = defaultJar) => jar.replace(/\.jar$/, '.jsa');

/** True when the archive exists and was made after the jar was built. */
export function archiveIsCurrent(jar = defaultJar) {
  const archive = archivePath(jar);
  return existsSync(archive) && existsSync(jar) && statSync(archive).mtimeMs >= statSync(jar).mtimeMs;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the launcher once and stops it cleanly so the JVM archives the classes it loaded.
 * Resolves with the archive's path; rejects (leaving no archive) when the launcher fails.
 */
export async function buildLauncherArchive(jar = defaultJar, { timeoutMs = 300_000 } = {}) {
  const archive = archivePath(jar);
  const partial = `${archive}.${process.pid}.partial`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'chain-graph-cds-'));
  const javaBin = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const args = [
    `-XX:ArchiveClassesAtExit=${partial}`,
    '-Xmx512m',
    '-XX:+UseG1GC',
    '-jar',
    jar,
    '--data-dir',
    dataDir,
    '--bolt-port',
    String(await freePort()),
    '--pagecache',
    '64m',
    '--tx-memory',
    '64m',
    '--exit-on-stdin-close',
  ];
  const child = spawn(javaBin, args, {
    cwd: dataDir,
    env: { ...process.env, NEO4J_EMBEDDED_PASSWORD: randomBytes(18).toString('base64url') },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const output = [];
  const keep = (chunk) => {
    output.push(...String(chunk).split('\n').filter(Boolean));
    output.splice(0, Math.max(0, output.length - 30));
  };
  child.stderr.on('data', keep);
  try {
    const code = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`the launcher was not ready within ${timeoutMs / 1000} s`));
      }, timeoutMs);
      let ready = false;
      child.stdout.on('data', (chunk) => {
        keep(chunk);
        // Closing stdin makes the launcher (--exit-on-stdin-close) shut Neo4j down and exit 0.
        if (!ready && String(chunk).includes('NEO4J_READY ')) {
          ready = true;
          child.stdin.end();
        }
      });
      child.once('error', (e) => {
        clearTimeout(timer);
        reject(new Error(`could not run ${javaBin}: ${e.message}`));
      });
      child.once('exit', (c) => {
        clearTimeout(timer);
        if (!ready) reject(new Error(`the launcher exited (${c}) before it was ready`));
        else resolve(c);
      });
    });
    if (code !== 0 || !existsSync(partial)) throw new Error(`the launcher exited with ${code} and wrote no archive`);
    renameSync(partial, archive);
    return archive;
  } catch (e) {
    throw new Error(`launcher class archive: ${e.message}\n${output.join('\n')}`);
  } finally {
    rmSync(partial, { force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const jar = process.argv[2] ? path.resolve(process.argv[2]) : defaultJar;
  const t = performance.now();
  buildLauncherArchive(jar).then(
    (archive) => console.log(`  launcher class archive: ${path.relative(root, archive)} (${((performance.now() - t) / 1000).toFixed(1)} s)`),
    (e) => {
      console.error(e.message);
      process.exit(1);
    },
  );
}
