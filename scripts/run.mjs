#!/usr/bin/env node
// The two front-door commands (see README): `npm start` and `npm test`. Plain Node with no
// dependencies, because it runs before anything is installed. Each step is idempotent and
// cheap when already done, so both commands work on a fresh clone and on the tenth run.
//
//   node scripts/run.mjs setup   install packages, build the Neo4j launcher
//   node scripts/run.mjs start   setup + build the client + serve the app (embedded Neo4j);
//                                with NODE_ENV=production: build + serve, as below
//   node scripts/run.mjs build   setup + the production build: client (precompressed) + server/dist
//   node scripts/run.mjs serve   the compiled server with node (NODE_ENV=production unless set)
//   node scripts/run.mjs seed    setup + (re)load seeds/ into the database
//   node scripts/run.mjs import … setup + an import (server/src/import/cli.ts; npm run import:listed)
//   node scripts/run.mjs backup [file] [--accounts] | restore <file> [--wipe] [--accounts]   see docs/deploy.md
//   node scripts/run.mjs test    setup + typecheck + client and server lint + widget size budget + every
//                                test suite, with a summary line
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { archiveIsCurrent } from './launcher-archive.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const launcherDir = path.join(root, 'neo4j-launcher');
const launcherJar = path.join(launcherDir, 'target', 'neo4j-launcher.jar');
const resultsDir = path.join(root, '.data', 'test-results');

function fail(message) {
  console.error(`\n✖ ${message}`);
  process.exit(1);
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
  if (r.error) fail(`${cmd} could not be run: ${r.error.message}`);
  return r.status ?? 1;
}

/**
 * Runs the long-lived server in its own process group and is the only one to signal it: Ctrl-C
 * in a terminal, or a SIGTERM sent to this process alone (a process manager), reaches the server
 * and its database once, and this process exits with the server's status when they have stopped.
 */
function serve(cmd, args) {
  const child = spawn(cmd, args, { stdio: 'inherit', cwd: root, detached: true });
  child.on('error', (e) => fail(`${cmd} could not be run: ${e.message}`));
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // Already gone.
      }
    });
  }
  child.on('exit', (code, signal) => process.exit(code ?? 128 + (os.constants.signals[signal] ?? 0)));
}

// Each step says how long it took, so the CI run's budget (30 minutes) can be kept step by step.
function must(cmd, args, what, opts) {
  const started = performance.now();
  if (run(cmd, args, opts) !== 0) fail(`${what} failed (${[cmd, ...args].join(' ')})`);
  console.log(`  ⏱ ${what}: ${Math.round((performance.now() - started) / 1000)} s`);
}

function has(cmd, args = ['--version']) {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  return !r.error && r.status === 0;
}

// pnpm: use an installed pnpm 10, else fetch it through npx (corepack's signature check fails
// on these machines, npx does not).
function pnpmCommand() {
  const r = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (!r.error && r.status === 0 && r.stdout.trim().startsWith('10.')) return ['pnpm'];
  return ['npx', '-y', 'pnpm@10'];
}
const pnpmCmd = pnpmCommand();
const pnpm = (args, what, opts) => must(pnpmCmd[0], [...pnpmCmd.slice(1), ...args], what, opts);

function newestMtime(dir) {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    if (name === 'target') continue;
    const p = path.join(dir, name);
    const st = statSync(p);
    newest = Math.max(newest, st.isDirectory() ? newestMtime(p) : st.mtimeMs);
  }
  return newest;
}

function buildLauncher() {
  // External graph and credential store need no launcher; either one embedded does.
  if (process.env.NEO4J_URI && process.env.AUTH_NEO4J_URI) return;
  if (existsSync(launcherJar) && statSync(launcherJar).mtimeMs >= newestMtime(launcherDir)) return;
  if (!has('java', ['-version'])) fail('Java 17+ is needed for the embedded Neo4j (or set NEO4J_URI and AUTH_NEO4J_URI to use external ones).');
  if (!has('mvn', ['-v'])) fail('Maven 3.8+ is needed to fetch the embedded Neo4j (or set NEO4J_URI and AUTH_NEO4J_URI to use external ones).');
  console.log('▸ Building the embedded Neo4j launcher (Maven fetches Neo4j 5.26 from Maven Central) …');
  must('mvn', ['-q', '-B', '-f', path.join(launcherDir, 'pom.xml'), 'package', '-DskipTests'], 'Building the Neo4j launcher');
}

// Optional: without the archive every Neo4j start only takes ~1.7 s longer.
function archiveLauncher() {
  if ((process.env.NEO4J_URI && process.env.AUTH_NEO4J_URI) || archiveIsCurrent(launcherJar)) return;
  console.log('▸ Archiving the launcher\'s classes so each Neo4j start is quicker (one start and stop) …');
  if (run(process.execPath, [path.join(root, 'scripts', 'launcher-archive.mjs'), launcherJar]) !== 0)
    console.log('  No class archive: the embedded Neo4j starts without it.');
}

function setup() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) fail(`Node 20.19+ is needed (this is ${process.version}).`);
  console.log('▸ Installing packages (pnpm, from the lockfile) …');
  pnpm(['install', '--frozen-lockfile', '--reporter=append-only'], 'Installing packages');
  buildLauncher();
  archiveLauncher();
}

// UI tests drive Debian's Chromium. Install it when missing and we may (root, apt available).
function ensureChromium() {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(chromium)) return;
  if (process.getuid?.() === 0 && has('apt-get', ['--version'])) {
    console.log('▸ Installing Debian chromium for the browser tests …');
    must('apt-get', ['update', '-qq'], 'apt-get update');
    must('apt-get', ['install', '-y', '-qq', 'chromium'], 'Installing chromium', { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    return;
  }
  fail(`The browser tests need Chromium at ${chromium}: install Debian's chromium package (or set CHROMIUM_PATH).`);
}

/**
 * Screenshots of a Chinese-first UI are only worth looking at with a CJK font: without one,
 * Debian's chromium draws every Chinese label as a box. Installed when root (Debian package
 * fonts-noto-cjk); otherwise a hint, since the tests themselves do not read glyphs.
 */
function ensureCjkFont() {
  const found = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (found.status === 0 && found.stdout.trim()) return;
  if (process.getuid?.() === 0 && has('apt-get', ['--version'])) {
    console.log('▸ Installing a CJK font (fonts-noto-cjk) so screenshots show Chinese text …');
    must('apt-get', ['update', '-qq'], 'apt-get update');
    must('apt-get', ['install', '-y', '-qq', 'fonts-noto-cjk'], 'Installing fonts-noto-cjk', { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    return;
  }
  console.log('  Hint: no CJK font found (fc-list :lang=zh); screenshots will show Chinese as boxes. Install fonts-noto-cjk (Debian) to see them.');
}

function summarise() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const f of existsSync(resultsDir) ? readdirSync(resultsDir) : []) {
    const r = JSON.parse(readFileSync(path.join(resultsDir, f), 'utf8'));
    passed += r.numPassedTests ?? 0;
    // A suite that fails to load has no failed tests of its own: count it once.
    failed += (r.numFailedTests ?? 0) || (r.numFailedTestSuites ?? 0);
    skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  }
  return { passed, failed, skipped };
}

/**
 * Runs the steps one after another with their output held; prints each step's output whole when
 * it ends, with how long it took. Resolves to the failed step's name, or null.
 */
async function lane(steps) {
  for (const [what, [cmd, ...args], opts = {}] of steps) {
    const out = [];
    const started = performance.now();
    const status = await new Promise((resolve) => {
      const child = spawn(cmd, args, { cwd: root, ...opts, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.on('data', (d) => out.push(d));
      child.stderr.on('data', (d) => out.push(d));
      child.on('error', (e) => {
        out.push(Buffer.from(`${cmd} could not be run: ${e.message}\n`));
        resolve(1);
      });
      child.on('close', (code) => resolve(code ?? 1));
    });
    const took = Math.round((performance.now() - started) / 1000);
    process.stdout.write(`  ${status === 0 ? '✓' : '✖'} ${what} (${took} s)\n${Buffer.concat(out).toString()}`);
    if (status !== 0) return what;
  }
  return null;
}

async function test() {
  const testStarted = performance.now();
  setup();
  ensureChromium();
  ensureCjkFont();
  rmSync(resultsDir, { recursive: true, force: true });
  mkdirSync(resultsDir, { recursive: true });
  // Two lanes on the two cores CI has: type-checking beside the linters, each lane's output
  // printed whole when it ends.
  console.log('▸ Type-checking, and linting client and server (ESLint, Prettier; zero warnings) …');
  const lanes = await Promise.all([
    lane([['Type-checking', [...pnpmCmd, '-r', 'typecheck']]]),
    lane([
      ['Linting the client', [...pnpmCmd, '--filter', '@chain-graph/client', 'lint']],
      ['Linting the server', [...pnpmCmd, '--filter', '@chain-graph/server', 'lint']],
    ]),
  ]);
  const failedLane = lanes.find((l) => l !== null);
  if (failedLane) fail(`${failedLane} failed`);
  const shared = path.join(root, '..', 'shared', 'tools', 'source-echo.mjs');
  if (existsSync(shared)) {
    console.log('▸ Checking that no source sentence is copied …');
    must('node', [shared, root], 'The source-sentence check');
  }
  console.log('▸ Building the embeddable widget and checking its size budget (160 kB gzip) …');
  pnpm(['--filter', '@chain-graph/client', 'build:widget'], 'The widget build and size budget');
  console.log('▸ Running the test suites …');
  const suitesStarted = performance.now();
  const status = run(pnpmCmd[0], [...pnpmCmd.slice(1), '-r', '--workspace-concurrency=1', '--no-bail', 'test'], {
    env: { ...process.env, TEST_RESULTS_DIR: resultsDir },
  });
  console.log(`  ⏱ The test suites: ${Math.round((performance.now() - suitesStarted) / 1000)} s`);
  const { passed, failed, skipped } = summarise();
  console.log(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  // A suite whose setup failed (a server that did not start) reports no test at all.
  if (status !== 0 && failed === 0) console.error('✖ a test suite stopped before its tests ran: see its output above');
  if (status !== 0 || failed > 0) process.exit(status || 1);
  if (passed === 0) fail('No test ran.');
  await benchOnce();
  console.log(`⏱ npm test: ${Math.round((performance.now() - testStarted) / 1000)} s`);
}

// Each benchmark once at tiny scale, so the scripts cannot rot (figures are printed, not checked),
// then the fault drills and a short soak: the synthetic graph goes into a temporary folder on a
// port of its own, removed afterwards. Two lanes on the two cores: the benchmarks of the generated
// graph one after another (one Neo4j opens a folder at a time); beside them the client's and the
// server's own benchmarks, the drills and the soak, each on folders and ports of its own. Each
// step's output is printed whole when it ends.
//
// Their JVMs live 10–60 s each, too short for C2's compiled code to pay back its compiler
// threads, which took a third of the CPU: with C1 only, both lanes ran in 248 s instead of 363
// (the same machine, one after the other). The figures printed here are not comparable to full
// runs, which keep the JVM's default.
async function benchOnce() {
  console.log('▸ Benchmarks, fault drills and a short soak once, in two lanes (bench/README.md, docs/security.md) …');
  const started = performance.now();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'chain-graph-bench-'));
  const port = () => String(20000 + Math.floor(Math.random() * 20000));
  const env = (more = {}) => {
    const e = { ...process.env, NEO4J_BOLT_PORT: port(), JAVA_TOOL_OPTIONS: '-XX:TieredStopAtLevel=1', ...more };
    delete e.NEO4J_URI;
    return { env: e };
  };
  const graph = path.join(dir, 'graph');
  const tsx = path.join(root, 'server', 'node_modules', '.bin', 'tsx');
  const inServer = (more) => ({ ...env(more), cwd: path.join(root, 'server') });
  // The bundle sizes read the build the e2e suite made.
  if (!existsSync(path.join(root, 'client', 'dist', 'index.html'))) buildClient();
  try {
    const lanes = await Promise.all([
      lane([
        ['The growth benchmark', [tsx, 'bench/growth.ts', '--data', graph, '--generate', 'tiny', '--runs', '1'], env()],
        // Every query the client sends, on the same graph: fails when one answers with an error.
        ['The client tour', [tsx, 'bench/tour.ts', '--data', graph, '--runs', '1'], env()],
        // On the graph growth just generated (no second load): the server from its sources in
        // production mode (no compile in CI), each API answer checked against the raw Cypher one.
        ['The API-vs-floor benchmark', [tsx, 'bench/api-vs-floor.ts', '--data', graph, '--sources', '--concurrency', '1,2', '--requests', '3'], env()],
        // Our API against @neo4j/graphql on the same graph: fails when a pair's answers differ.
        ['The peer benchmark', [tsx, 'bench/peer.ts', '--data', graph, '--sources', '--concurrency', '1,2', '--requests', '3'], env()],
        // The widget's first map from a server on the same graph (fails when a map does not draw).
        ['The widget benchmark', [tsx, 'bench/widget.ts', '--data', graph, '--sources', '--runs', '1'], env()],
        // The PROFILE plans behind gapReport and targets, printed (no --out: nothing is written).
        ['The plans benchmark', [tsx, 'bench/profile.ts', '--data', graph], env()],
        // Fails when targets ranked with the targets index differ from ranking every candidate.
        ['The targets-index benchmark', [tsx, 'bench/targets-index.ts', '--data', graph, '--parks', '10'], env()],
        // Last: --facts writes properties on the temporary graph's firms.
        ['The targets-floor benchmark', [tsx, 'bench/targets-floor.ts', '--data', graph, '--runs', '1', '--facts'], env()],
      ]),
      lane([
        // The client's: the layout alone in Node, the chain map in Chromium at one small size
        // (fails when it never becomes interactive), the bundle sizes.
        ['The layout benchmark', ['node', 'client/bench/run.mjs'], env({ BENCH_RUNS: '1' })],
        ['The browser benchmark', ['node', 'client/bench/browser-bench.mjs'], env({ BENCH_CASES: 'fishbone/canvas', BENCH_SIZES: '100', BENCH_RUNS: '1' })],
        ['The bundle sizes', ['node', 'client/bench/bundle-sizes.mjs'], env()],
        // The server's own: a staff sheet of 500 rows (read, dry run, commit, undo) on a seeded
        // graph of its own, and the listed-company import (undone afterwards) with targets on
        // every seeded park, on another.
        ['The sheet-import benchmark', [tsx, 'bench/sheet-import.ts', '--data', path.join(dir, 'sheet'), '--rows', '500', '--commit'], inServer()],
        ['The import-and-targets benchmark', [tsx, 'bench/import-targets.ts', '--runs', '1'], inServer({ NEO4J_DATA_DIR: path.join(dir, 'listed') })],
        // Each kill -9 and its checks (exits 1 when one fails), and a short soak, each on a fresh
        // embedded Neo4j in a temporary folder of its own.
        ['The fault drills', [...pnpmCmd, '--filter', '@chain-graph/server', 'drill'], env()],
        ['The soak', [...pnpmCmd, '--filter', '@chain-graph/server', 'soak', '--', '--clients', '4', '--seconds', '10'], env()],
      ]),
    ]);
    const failed = lanes.find((l) => l !== null);
    if (failed) fail(`${failed} failed`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`  ⏱ The benchmarks, drills and soak: ${Math.round((performance.now() - started) / 1000)} s`);
}

function buildClient() {
  console.log('▸ Building the client …');
  pnpm(['--filter', '@chain-graph/client', 'build'], 'Building the client');
  must('node', [path.join(root, 'scripts', 'precompress.mjs')], 'Precompressing the client');
}

function build() {
  setup();
  buildClient();
  console.log('▸ Compiling the server (server/dist) …');
  rmSync(path.join(root, 'server', 'dist'), { recursive: true, force: true });
  pnpm(['--filter', '@chain-graph/server', 'build'], 'Compiling the server');
}

function serveCompiled() {
  const main = path.join(root, 'server', 'dist', 'main.js');
  if (!existsSync(main)) fail('The server is not compiled (server/dist/main.js is missing): run `npm run build` first.');
  if (!existsSync(path.join(root, 'client', 'dist', 'index.html'))) fail('The client is not built: run `npm run build` first.');
  process.env.NODE_ENV ||= 'production';
  console.log(`▸ Starting the compiled server (NODE_ENV=${process.env.NODE_ENV}) …`);
  serve(process.execPath, ['--enable-source-maps', main]);
}

const command = process.argv[2];
switch (command) {
  case 'setup':
    setup();
    break;
  case 'start':
    if (process.env.NODE_ENV === 'production') {
      build();
      serveCompiled();
      break;
    }
    setup();
    buildClient();
    console.log('▸ Starting the server …');
    serve(pnpmCmd[0], [...pnpmCmd.slice(1), '--filter', '@chain-graph/server', 'start']);
    break;
  case 'build':
    build();
    break;
  case 'backup':
  case 'restore':
    // The compiled tool when there is a production build, else the sources through tsx.
    setup();
    process.exit(
      process.env.NODE_ENV === 'production' && existsSync(path.join(root, 'server', 'dist', 'ops', 'backup', 'cli.js'))
        ? run(process.execPath, [path.join(root, 'server', 'dist', 'ops', 'backup', 'cli.js'), command, ...process.argv.slice(3)])
        : run(pnpmCmd[0], [...pnpmCmd.slice(1), '--filter', '@chain-graph/server', command, ...process.argv.slice(3)]),
    );
    break;
  case 'serve':
    serveCompiled();
    break;
  case 'seed':
    setup();
    process.exit(run(pnpmCmd[0], [...pnpmCmd.slice(1), '--filter', '@chain-graph/server', 'seed', ...process.argv.slice(3)]));
    break;
  case 'import':
    setup();
    process.exit(run(pnpmCmd[0], [...pnpmCmd.slice(1), '--filter', '@chain-graph/server', 'import', ...process.argv.slice(3)]));
    break;
  case 'test':
    await test();
    break;
  default:
    fail(`usage: node scripts/run.mjs setup|start|build|serve|seed|import|backup|restore|test (got ${command ?? 'nothing'})`);
}
