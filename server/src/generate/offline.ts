// Builds a synthetic national graph into a FRESH embedded data folder with Neo4j's own bulk
// importer instead of Cypher writes (issue 15): the store files are written directly, with no
// transactions, locks or index maintenance per record.
//
//   1. csv:     the graph as CSV files in a temp folder (csv.ts), templates read from the seeds,
//               each node numbered for the importer (`--id-type=actual`);
//   2. import:  `neo4j-admin database import full neo4j` (org.neo4j.cli.AdminTool, on the
//               launcher's classpath) into <data>/data/databases/neo4j — where the launcher
//               (neo4j_home = <data>) opens its default database;
//   3. start:   the embedded Neo4j as every other command starts it (db/connect.ts);
//   4. migrate: the constraints (built before it returns) and the indexes (left populating),
//               then the wait for the small index the seed load finds seeded nodes by;
//   5. seeds:   the seed load, which also fills in the template placeholders (csv.ts), while
//               the indexes populate;
//   6. indexes: the wait for the rest of the population (the full-text index is the longest).
//
// Only for a folder that does not exist or is empty: the importer cannot add to a store. If any
// step fails, the folder is removed again (or emptied, if it existed), so no half-built database
// is left that a later run or `npm start` would open; the CSV folder always goes.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Config } from '../config.js';
import { connectGraph, type Database } from '../db/connect.js';
import { javaBinary, launcherJarPath } from '../db/embedded.js';
import { awaitIndexes, migrate } from '../db/migrate.js';
import { loadSeeds, seedLoadIndexes } from '../seed/load.js';
import { readSeeds } from '../seed/read-seeds.js';
import { arrayDelimiter, seedTemplates, writeSyntheticCsv } from './csv.js';

export interface OfflineOptions {
  seed: number;
  enterprises: number;
  /** Fewer parks than the national 2,500 (tests). */
  parks?: number;
  chunk: number;
  /** Must be embedded (config.neo4j.mode) and name the folder to build. */
  config: Config;
  onProgress?: (nodes: number, expected: number) => void;
  log?: (line: string) => void;
  /** Extra arguments for the importer (tests make it fail with a missing input file). */
  importArgs?: string[];
}

export interface OfflineResult {
  /** The running database on the new folder; the caller stops it. */
  db: Database;
  nodes: number;
  relationships: number;
  /** Wall time from the start to a database ready to serve (all of `parts`). */
  seconds: number;
  parts: { csv: number; import: number; start: number; migrate: number; seeds: number; indexes: number };
}

/** The folder is not fresh (it holds files): refused before anything is written. */
export class NotFreshError extends Error {}

/** A data folder the importer can build: missing, or an empty directory. */
export function isFresh(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

export async function buildOffline(o: OfflineOptions): Promise<OfflineResult> {
  const started = performance.now();
  const log = o.log ?? (() => {});
  const n = o.config.neo4j;
  if (n.mode !== 'embedded') throw new Error('offline build: only into an embedded data folder (NEO4J_URI is set)');
  const dataDir = n.dataDir;
  if (!isFresh(dataDir))
    throw new NotFreshError(`${dataDir} is not empty; the offline build only writes a new database (use --online to add to it)`);
  const created = !existsSync(dataDir);
  const csvDir = mkdtempSync(path.join(os.tmpdir(), 'chain-graph-offline-'));
  const parts = { csv: 0, import: 0, start: 0, migrate: 0, seeds: 0, indexes: 0 };
  let t = performance.now();
  const lap = (part: keyof typeof parts) => {
    const now = performance.now();
    parts[part] = (now - t) / 1000;
    t = now;
    log(`offline build: ${part} ${parts[part].toFixed(1)} s`);
  };
  let db: Database | undefined;
  try {
    const set = readSeeds(o.config.seedsDir);
    const templates = seedTemplates(set);
    // Same estimate as load.ts: enterprises, a project per five, parks, figures, regions, chains.
    const expected = o.enterprises + Math.ceil(o.enterprises / 5) + 3250 + 2900 + 341 + 40 * 26;
    const csv = writeSyntheticCsv(csvDir, { seed: o.seed, enterprises: o.enterprises, templates, chunk: o.chunk, parks: o.parks }, (done) =>
      o.onProgress?.(done, expected),
    );
    lap('csv');
    mkdirSync(dataDir, { recursive: true });
    const imported = await runImport(dataDir, csvDir, [...csv.importArgs, ...(o.importArgs ?? [])], n.pagecache, log);
    if (imported.nodes !== csv.nodes + csv.placeholders || imported.relationships !== csv.relationships)
      throw new Error(
        `offline import: the importer reports ${imported.nodes} nodes and ${imported.relationships} relationships, ` +
          `the CSV files hold ${csv.nodes + csv.placeholders} and ${csv.relationships}`,
      );
    rmSync(csvDir, { recursive: true, force: true });
    lap('import');
    db = await connectGraph(o.config, log);
    lap('start');
    // The seeds load while the new indexes (the full-text one above all) populate over the
    // imported nodes: they need only the uniqueness constraints, which are built before
    // migrate returns, and the small index of the seeded nodes. Ready to serve once all are done.
    await migrate(db.executor, { awaitIndexes: false, log });
    for (const index of seedLoadIndexes) await awaitIndexes(db.executor, { seconds: 600, index, log });
    lap('migrate');
    await loadSeeds(db.executor, set, { timeoutMs: 600_000 });
    lap('seeds');
    await awaitIndexes(db.executor, { seconds: 3600, log });
    lap('indexes');
    return { db, nodes: csv.nodes, relationships: csv.relationships, seconds: (performance.now() - started) / 1000, parts };
  } catch (e) {
    await db?.stop();
    // Only what this build made: the folder was missing or empty before.
    if (created) rmSync(dataDir, { recursive: true, force: true });
    else for (const f of existsSync(dataDir) ? readdirSync(dataDir) : []) rmSync(path.join(dataDir, f), { recursive: true, force: true });
    throw e;
  } finally {
    rmSync(csvDir, { recursive: true, force: true });
  }
}

/** Runs the importer; resolves with the counts its summary prints, rejects on a non-zero exit. */
async function runImport(
  dataDir: string,
  csvDir: string,
  inputs: string[],
  memory: string,
  log: (line: string) => void,
): Promise<{ nodes: number; relationships: number }> {
  const lib = path.join(path.dirname(launcherJarPath()), 'lib');
  const javaBin = javaBinary();
  const args = [
    '-Xmx1g',
    // A batch job: the throughput collector spends less of the two cores than G1 (the import at
    // 1M 19.0 / 17.8 / 19.0 -> 16.7 / 17.9 / 17.4 s, wall, alternating).
    '-XX:+UseParallelGC',
    '-cp',
    `${launcherJarPath()}${path.delimiter}${path.join(lib, '*')}`,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    // The database name first: --nodes/--relationships take several values and would swallow it.
    'neo4j',
    `--array-delimiter=${arrayDelimiter}`,
    `--report-file=${path.join(csvDir, 'import.report')}`,
    // The importer takes 90% of free memory by default; this machine is shared, so it gets the
    // page cache budget the database gets (NEO4J_PAGECACHE).
    `--max-off-heap-memory=${memory}`,
    ...inputs,
  ];
  // NEO4J_HOME is the data folder, as neo4j_home is for the launcher: the store lands in
  // <data>/data/databases/neo4j and its transaction log in <data>/data/transactions/neo4j.
  const child = spawn(javaBin, args, { cwd: dataDir, env: { ...process.env, NEO4J_HOME: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] });
  const tail: string[] = [];
  let nodes = -1;
  let relationships = -1;
  const onLine = (line: string) => {
    tail.push(line);
    if (tail.length > 30) tail.shift();
    const m = /^\s*(\d+) (nodes|relationships)$/.exec(line);
    if (m?.[2] === 'nodes') nodes = Number(m[1]);
    else if (m) relationships = Number(m[1]);
    // The stage lines and the summary; the importer's dotted progress would flood the log.
    if (/^\((\d)\/\d\)|IMPORT (DONE|FAILED)|^Imported:|^\s*\d+ (nodes|relationships|properties)$|Error|Exception/.test(line))
      log(`[import] ${line.trim()}`);
  };
  createInterface({ input: child.stdout }).on('line', onLine);
  createInterface({ input: child.stderr }).on('line', onLine);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', (e) =>
      reject(new Error(`offline import: could not run ${javaBin} (${e.message}); install Java 17+ or set JAVA_HOME`)),
    );
    child.once('close', resolve);
  });
  if (code !== 0) throw new Error(`offline import: neo4j-admin database import exited with ${code}:\n${tail.join('\n')}`);
  return { nodes, relationships };
}
